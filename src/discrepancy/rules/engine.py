"""Applying rules to grouped claims: pairs within a subject, first matching rule decides."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ..lexicon import Lexicon
from ..models import Claim, Finding, Group
from .kinds import KINDS, Outcome
from .schema import Rule, Selector


def selects(sel: Selector, c: Claim) -> bool:
    if c.kind != sel.kind or c.modality not in sel.modalities:
        return False
    if c.quantity is not None:
        if sel.measures is not None and c.quantity.measure not in sel.measures:
            return False
        if c.quantity.measure in sel.exclude_measures:
            return False
    if c.event is not None and sel.event_types is not None and c.event.type not in sel.event_types:
        return False
    return True


def _pair_selected(sel: Selector, a: Claim, b: Claim) -> bool:
    if sel.cumulative == "either":
        return True
    cum = bool((a.quantity and a.quantity.cumulative) or (b.quantity and b.quantity.cumulative))
    return cum if sel.cumulative == "any" else not cum


def _order_key(c: Claim) -> tuple[dt.date, str, int]:
    return (c.time.start or c.published or dt.date.min, c.document, c.span.start)


def _date(c: Claim) -> str:
    return c.published.isoformat() if c.published else "undated"


def _message(rule: Rule, subject: str, a: Claim, b: Claim, out: Outcome) -> str:
    days = ""
    if a.published and b.published:
        days = str(abs((b.published - a.published).days))
    fields = {
        "subject": subject,
        "a_quote": a.span.quote,
        "a_speaker": a.speaker,
        "a_source": a.source,
        "a_date": _date(a),
        "a_value": a.value_label(),
        "b_quote": b.span.quote,
        "b_speaker": b.speaker,
        "b_source": b.source,
        "b_date": _date(b),
        "b_value": b.value_label(),
        "days": days or "?",
        "reason": out.reason,
    }
    return rule.message.format(**fields)


def evaluate(buckets: dict[str, list[Claim]], rules: Iterable[Rule], lex: Lexicon) -> tuple[list[Finding], list[Group]]:
    rules = list(rules)
    findings: dict[tuple[str, str], Finding] = {}
    groups: list[Group] = []
    for subject in sorted(buckets):
        claims = sorted(buckets[subject], key=_order_key)
        docs = {c.document for c in claims}
        speakers = {c.speaker for c in claims}
        if len(claims) < 2:
            continue
        applicable = [r for r in rules if selects(r.applies_to, claims[0])]
        conflict_ids: set[str] = set()
        for i, a in enumerate(claims):
            for b in claims[i + 1 :]:
                if a.document == b.document and a.span.sentence == b.span.sentence:
                    continue  # one sentence does not contradict itself ("30 miles (48 km)")
                for rule in applicable:
                    if not (selects(rule.applies_to, b) and _pair_selected(rule.applies_to, a, b)):
                        continue
                    out = KINDS[rule.kind].compare(a, b, rule.params, lex)
                    if out is None:
                        continue
                    if out.conflict:
                        conflict_ids.update((a.id, b.id))
                        label = claims[0].subject_label
                        key = (rule.id, a.id)
                        if key in findings:
                            findings[key].conflicts_with.append(b)
                            findings[key].arithmetic += f" | {out.arithmetic}"
                        else:
                            findings[key] = Finding(
                                rule=rule.id,
                                severity=(out.severity or rule.severity),  # type: ignore[arg-type]
                                subject=subject,
                                subject_label=label,
                                message=_message(rule, label, a, b, out),
                                claim=a,
                                conflicts_with=[b],
                                arithmetic=out.arithmetic,
                            )
                    break
        if len(docs) >= 2 or len(speakers) >= 2:
            groups.append(
                Group(
                    subject=subject,
                    subject_label=claims[0].subject_label,
                    status="conflict" if conflict_ids else "consistent",
                    sources=sorted({f"{c.source} ({_date(c)})" for c in claims}),
                    claims=claims,
                )
            )
    ordered = sorted(findings.values(), key=lambda f: (f.subject, _order_key(f.claim), f.rule))
    groups.sort(key=lambda g: (g.status != "conflict", g.subject))
    return ordered, groups
