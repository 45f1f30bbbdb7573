"""A subject's claims as groups: by day where a count holds for one day, and agreed or not compared."""

from __future__ import annotations

import datetime as dt

from ..lexicon import Lexicon
from ..models import Claim, Group
from .wording import date_label, written_value


def several(part: list[Claim]) -> bool:
    """Claims from two outlets or two speakers: enough to agree or disagree."""
    return len({c.document for c in part}) >= 2 or len({c.speaker for c in part}) >= 2


def groups_of(
    subject: str,
    part: list[Claim],
    flagged: set[str],
    compared: set[str],
    ruled: bool,
    story: str | None,
    odd: set[str],
) -> list[Group]:
    """A subject's claims of one time as groups: when a rule found some of them consistent and
    could not compare the others (no time to compare them at), the ones it compared are an
    agreement and the others are listed apart as not compared; else one group (:func:`_group`)."""
    agreeing = [c for c in part if c.id in compared]
    rest = [c for c in part if c.id not in compared]
    if any(c.id in flagged for c in part) or not rest or not several(agreeing):
        return [_group(subject, part, flagged, compared, ruled, story, odd)]
    return [
        _group(subject, agreeing, flagged, compared, ruled, story, odd),
        _group(subject, rest, flagged, compared, ruled, story, odd),
    ]


def _group(
    subject: str,
    part: list[Claim],
    flagged: set[str],
    compared: set[str],
    ruled: bool,
    story: str | None,
    odd: set[str],
) -> Group:
    """A subject's claims of one time: a conflict when any was flagged; an agreement only when a
    rule compared every claim and found them consistent; else not compared, and why."""
    in_conflict = any(c.id in flagged for c in part)
    every = all(c.id in compared for c in part)
    reason = ""
    if not in_conflict and not every:
        reason = "no rule compares these claims" if ruled is False else "their times are unknown or too far apart"
        if any(c.id in odd for c in part):
            reason = "a rule found figures at odds that no finding sets against each other (one speaker's sentence)"
    return Group(
        subject=subject,
        subject_label=part[0].subject_label,
        status="conflict" if in_conflict else "consistent",
        sources=sorted({f"{c.source} ({date_label(c)})" for c in part}),
        claims=part,
        story=story,
        compared=in_conflict or every,
        reason=reason,
        value=written_value(part[0]),
    )


_DAY_GAP = 1  # counts that hold for one day: a gap of more than this starts another day's group


def by_day(claims: list[Claim], lex: Lexicon, recurring: set[str]) -> list[list[Claim]]:
    """A subject's claims as groups: one group, except for counts that hold for one day (a crowd,
    the missing), whose claims group by day (a strike day's crowd is not the next week's), and
    dates of an act that recurs, one group a day (a statement on Wednesday is not one on the 18th)."""
    q = claims[0].quantity
    if claims[0].kind == "date" and _act(claims[0]) in recurring:
        days: dict[dt.date | None, list[Claim]] = {}
        for c in claims:
            days.setdefault(c.time.start, []).append(c)
        return list(days.values())
    if q is None or q.measure not in lex.measure_classes["snapshot"]:
        return [claims]
    out: list[list[Claim]] = []
    last: dt.date | None = None
    for c in claims:  # sorted by time
        day = c.time.start or c.published
        if out and day is not None and last is not None and (day - last).days <= _DAY_GAP:
            out[-1].append(c)
        else:
            out.append([c])
        last = day or last
    return out


def _act(c: Claim) -> str:
    """The act of a clause's date key ("date:say/velmco" -> "say")."""
    return c.subject.removeprefix("date:").split("/", 1)[0]
