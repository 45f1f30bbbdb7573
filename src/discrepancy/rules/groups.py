"""A subject's claims as groups: by day where a count holds for one day, and agreed or not compared."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..lexicon import Lexicon
from ..models import Claim, Group, QuantityValue
from .kinds.common import placed_only
from .wording import source_label, written_value


def several(part: list[Claim]) -> bool:
    """Claims from two outlets or two speakers: enough to agree or disagree."""
    return len({c.document for c in part}) >= 2 or len({c.speaker for c in part}) >= 2


@dataclass(frozen=True)
class Marks:
    """What the rules found of a subject's claims, by claim id: in a finding (``flagged``), found
    consistent with another or flagged (``compared``), at odds in no finding (``odd``), and the
    cluster of agreeing claims each is in; whether any rule applies (``ruled``); the story."""

    flagged: set[str]
    compared: set[str]
    odd: set[str]
    cluster: dict[str, int]
    ruled: bool
    story: str | None


def groups_of(subject: str, part: list[Claim], marks: Marks) -> list[Group]:
    """A subject's claims of one time as groups: when a rule found some of them consistent and
    could not compare the others (no time to compare them at), the ones it compared are an
    agreement and the others are listed apart as not compared; else one group (:func:`_group`).
    Where a rule found figures at odds that no finding sets against each other (one speaker's
    sentence: "the dead are 36, though reports speak of at least 40"), each cluster of agreeing
    claims is an agreement of its own (:func:`_by_cluster`)."""
    flagged = marks.flagged
    if not any(c.id in flagged for c in part) and any(c.id in marks.odd for c in part):
        return _by_cluster(subject, part, marks)
    compared = marks.compared - marks.odd
    agreeing = [c for c in part if c.id in compared]
    rest = [c for c in part if c.id not in compared]
    if any(c.id in flagged for c in part) or not rest or not several(agreeing):
        return [_group(subject, part, marks, compared)]
    return [_group(subject, agreeing, marks, compared), _group(subject, rest, marks, compared)]


def _by_cluster(subject: str, part: list[Claim], marks: Marks) -> list[Group]:
    """The claims of one time that a rule compared, by the cluster of agreeing claims each is in
    (no two of a cluster at odds): one agreement each, of two outlets or speakers; the others
    (compared with nothing, or a cluster of one voice) listed apart as not compared."""
    members: dict[int, list[Claim]] = {}
    for c in part:
        if c.id in marks.compared:
            members.setdefault(marks.cluster[c.id], []).append(c)
    agreeing = [m for m in members.values() if several(m)]
    done = {c.id for m in agreeing for c in m}
    rest = [c for c in part if c.id not in done]
    out = [_group(subject, m, marks, marks.compared, odd=set()) for m in agreeing]
    if several(rest) or (rest and not out):
        out.append(_group(subject, rest, marks, set()))
    return out


def _group(subject: str, part: list[Claim], marks: Marks, compared: set[str], odd: set[str] | None = None) -> Group:
    """A subject's claims of one time: a conflict when any was flagged; an agreement only when a
    rule compared every claim (of ``compared``) and found them consistent; else not compared, and
    why (``odd``: the claims at odds in no finding, the marks' unless given)."""
    in_conflict = any(c.id in marks.flagged for c in part)
    every = all(c.id in compared for c in part)
    reason = ""
    if not in_conflict and not every:
        reason = "no rule compares these claims" if marks.ruled is False else "their times are unknown or too far apart"
        if any(c.id in (marks.odd if odd is None else odd) for c in part):
            reason = "a rule found figures at odds that no finding sets against each other (one speaker's sentence)"
    return Group(
        subject=subject,
        subject_label=part[0].subject_label,
        status="conflict" if in_conflict else "consistent",
        sources=sorted({source_label(c) for c in part}),
        claims=part,
        story=marks.story,
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
    return _placed_by_figure(out)


def _placed_by_figure(days: list[list[Claim]]) -> list[list[Claim]]:
    """A claim whose day is only its undated article's placing in its story may be of any of the
    story's days: where no other article gives its figure on that day and one other day's group
    does (the nearest, if several), it joins that day ("95 pilgrims in hospital", undated, beside
    another outlet's 95 two days before)."""
    if len(days) < 2:
        return days
    given = [{(_value(c), c.document) for c in part} for part in days]
    for k, part in enumerate(days):
        for c in [c for c in part if placed_only(c)]:
            if any(v == _value(c) and d != c.document for v, d in given[k]):
                continue
            found = [j for j, g in enumerate(given) if j != k and any(v == _value(c) and d != c.document for v, d in g)]
            if found:
                j = min(found, key=lambda j: abs(j - k))
                part.remove(c)
                days[j].append(c)
    return [part for part in days if part]


def _value(c: Claim) -> tuple[object, ...]:
    q = c.quantity
    return (q.figure, q.figure2, q.qualifier) if q is not None else ()


def _act(c: Claim) -> str:
    """The act of a clause's date key ("date:say/velmco" -> "say")."""
    return c.subject.removeprefix("date:").split("/", 1)[0]


def with_hedged(groups: list[Group], claims: list[Claim]) -> list[Group]:
    """A forecast or a possibility ("turnout would be above 60%", "the deal could lift pay 30%")
    is never compared, but where it gives the figure an agreement of its subject holds it is listed
    in that group: outlets agree on it. It joins one group only, of its own days, and raises no
    finding (the group's status is what its asserted claims found)."""
    hedged = [c for c in claims if c.modality == "hedged" and c.subject and c.quantity is not None]
    if not hedged:
        return groups
    by_subject: dict[str, list[Group]] = {}
    for g in groups:
        if g.status == "consistent" and g.compared:
            for s in {g.subject, *(c.subject for c in g.claims)}:
                by_subject.setdefault(s, []).append(g)
    joined: dict[int, list[Claim]] = {}
    for c in hedged:
        fits = [g for g in by_subject.get(c.subject, []) if _agrees(c, g.claims)]
        if len(fits) == 1:
            joined.setdefault(id(fits[0]), []).append(c)
    return [_joined(g, joined[id(g)]) if id(g) in joined else g for g in groups]


def _joined(g: Group, more: list[Claim]) -> Group:
    claims = [*g.claims, *more]
    sources = sorted({*g.sources, *(source_label(c) for c in more)})
    return g.model_copy(update={"claims": claims, "sources": sources})


def _agrees(c: Claim, group: list[Claim]) -> bool:
    """The claim's figure meets every figure of the group, on a day within a day of theirs."""
    days = [o.time.start for o in group if o.time.start is not None]
    if c.time.start is None or not days or not min(days) - _ONE_DAY <= c.time.start <= max(days) + _ONE_DAY:
        return False
    return all(o.quantity is not None and _overlap(c.quantity, o.quantity) for o in group)


_ONE_DAY = dt.timedelta(days=1)


def _overlap(a: QuantityValue | None, b: QuantityValue) -> bool:
    lo_a, hi_a = _bounds(a)
    lo_b, hi_b = _bounds(b)
    return lo_a <= hi_b and lo_b <= hi_a


def _bounds(q: QuantityValue | None) -> tuple[float, float]:
    """The figures a claim states, open where it leaves a side open ("more than 60")."""
    low, high = (q.low, q.high) if q is not None else (None, None)
    return (low if low is not None else float("-inf"), high if high is not None else float("inf"))
