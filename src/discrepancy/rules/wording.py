"""How findings and groups say a claim: who gives it and when, its value as written, a rule's message."""

from __future__ import annotations

from ..models import Claim
from .kinds import Outcome
from .kinds.common import days_apart
from .schema import Rule


def date_label(c: Claim) -> str:
    if c.published is None:
        return "undated"
    return f"undated, placed at {c.published.isoformat()}" if c.time_inferred else c.published.isoformat()


def source_label(c: Claim) -> str:
    """An outlet and its date, as a group lists who gives it: 'Daily A (2031-05-02)'."""
    return f"{c.source} ({date_label(c)})"


def who(c: Claim) -> str:
    """'Daily A, 2022-02-22', or 'police (in City Wire, 2023-05-02)' when the outlet quotes someone."""
    if c.speaker == c.source:
        return f"{c.source}, {date_label(c)}"
    return f"{c.speaker} (in {c.source}, {date_label(c)})"


def message(rule: Rule, subject: str, a: Claim, b: Claim, out: Outcome) -> str:
    # the days between what the claims state (their dates), as in the working; else between articles
    apart = days_apart(a, b)
    days = str(apart) if apart is not None else ""
    if not days and a.published and b.published:
        days = str(abs((b.published - a.published).days))
    fields = {
        "a_who": who(a),
        "b_who": who(b),
        "subject": subject,
        "a_quote": a.span.quote,
        "a_speaker": a.speaker,
        "a_source": a.source,
        "a_date": date_label(a),
        "a_value": a.value_label(),
        "b_quote": b.span.quote,
        "b_speaker": b.speaker,
        "b_source": b.source,
        "b_date": date_label(b),
        "b_value": b.value_label(),
        "days": days or "?",
        "reason": out.reason,
    }
    return rule.message.format(**fields)


def written_value(c: Claim) -> str:
    return c.span.quote if c.quantity is not None else c.value_label()
