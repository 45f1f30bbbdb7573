"""Applying rules to grouped claims: pairs within a subject, first matching rule decides. What the
conflicts make is in ``findings`` (said as in ``wording``), how the claims group in ``groups``."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator

from ..lexicon import Lexicon
from ..models import PUBLICATION_DATE, Claim, Finding, Group
from .findings import Edge, clusters, order_key, subject_findings
from .groups import Marks, by_day, groups_of, several
from .kinds import KINDS, Outcome
from .kinds.common import midpoint, period_span, placed_only
from .schema import Rule, Selector


def selects(sel: Selector, c: Claim) -> bool:
    if c.kind != sel.kind or c.modality not in sel.modalities:
        return False
    if c.quantity is not None:
        if sel.measures is not None and c.quantity.measure not in sel.measures:
            return False
        if c.quantity.measure in sel.exclude_measures:
            return False
        if sel.anchors is not None and c.quantity.anchor not in sel.anchors:
            return False
    if c.event is not None and sel.event_types is not None and c.event.type not in sel.event_types:
        return False
    if c.event is not None and c.event.type in sel.exclude_event_types:
        return False
    return True


def _pair_selected(sel: Selector, a: Claim, b: Claim) -> bool:
    if sel.cumulative == "either":
        return True
    cum = bool((a.quantity and a.quantity.running) or (b.quantity and b.quantity.running))
    return cum if sel.cumulative == "any" else not cum


def _signature(c: Claim, unknown: set[str]) -> tuple[object, ...]:
    """What a comparison looks at: claims with the same signature compare the same way (a count of
    a day no one knows, ``unknown``, only within its own article)."""
    t = (c.time.start, c.time.end, c.time.since, c.time.granularity, c.time.resolved)
    if c.quantity is not None:
        q = c.quantity
        own = c.document if c.id in unknown else None
        return (*t, q.figure, q.figure2, q.qualifier, q.unit, q.ulp, q.round_figure, q.running, q.direction, own)
    if c.event is not None:
        return (*t, c.event.type, c.event.agent, c.event.patient)
    # a date: its time of day too, and how it was written ("11 pm" is an hour, "11.11 p.m." a minute)
    return (*t, c.time.clock, c.time.expression, c.span.quote if c.time.clock is not None else "")


def unknown_days(buckets: dict[str, list[Claim]], lex: Lexicon) -> set[str]:
    """The counts that change by the day (``day_to_day``: the missing, those in hospital) whose day
    is only their undated article's placing in its story, in an article that names that day in
    none of its claims ("on Tuesday"): they may be of any of the story's days, so they are set
    against no other article's count."""
    moments = lex.measure_classes.get("day_to_day", ())
    claims = [c for part in buckets.values() for c in part if c.time_inferred]
    named = {
        c.document
        for c in claims
        if c.time.start is not None and c.time.start == c.published and c.time.expression != PUBLICATION_DATE
    }
    return {
        c.id
        for c in claims
        if c.quantity is not None and c.quantity.measure in moments and placed_only(c) and c.document not in named
    }


def finding_order(f: Finding) -> tuple[str, dt.date, str, int, str]:
    return (f.subject, *order_key(f.claim), f.rule)


def evaluate(
    buckets: dict[str, list[Claim]], rules: Iterable[Rule], lex: Lexicon, story: str | None = None
) -> tuple[list[Finding], list[Group]]:
    """Findings and groups. Within a subject, claims that say the same thing at the same time form
    one class and are compared once (many outlets repeating one figure cost one comparison), and
    classes are swept in time order: when every applicable rule has a time window, a class is only
    compared with those inside it."""
    rules = list(rules)
    findings: list[Finding] = []
    groups: list[Group] = []
    unknown = unknown_days(buckets, lex)
    for subject in sorted(buckets):
        claims = sorted(buckets[subject], key=order_key)
        if len(claims) < 2:
            continue
        classes: dict[tuple[object, ...], list[Claim]] = {}
        for c in claims:
            classes.setdefault(_signature(c, unknown), []).append(c)
        reps = sorted(classes.values(), key=lambda members: order_key(members[0]))
        applicable = [r for r in rules if selects(r.applies_to, claims[0])]
        edges, agreed, agreements = _compare_classes(reps, applicable, lex, unknown)
        found = subject_findings(subject, claims[0].subject_label, reps, edges, agreements, story)
        cluster_of = clusters(len(reps), edges, agreements)
        cluster = {c.id: cluster_of[k] for k, members in enumerate(reps) for c in members}
        findings.extend(found)
        flagged = {c.id for f in found for c in (f.claim, *f.conflicts_with)}
        # compared: found consistent with another claim, or in a finding (a conflict a finding
        # does not report, such as a headline against another article's body, is not compared)
        compared = {c.id for k in agreed for c in reps[k]} | flagged
        # at odds by a rule, but in no finding (one speaker's one sentence): never an agreement
        odd = {c.id for i, j, *_ in edges for k in (i, j) for c in reps[k]} - flagged
        recurring = {str(a) for r in applicable for a in r.params.get("recurring_acts", [])}
        marks = Marks(flagged, compared, odd, cluster, bool(applicable), story)
        for part in by_day(claims, lex, recurring):
            if several(part):
                groups.extend(groups_of(subject, part, marks))
    findings.sort(key=finding_order)
    groups.sort(key=lambda g: (g.status != "conflict", g.subject))
    return findings, groups


def _compare_classes(
    reps: list[list[Claim]], applicable: list[Rule], lex: Lexicon, unknown: set[str]
) -> tuple[list[Edge], set[int], list[tuple[int, int]]]:
    """Conflicting pairs of classes, and the classes a rule found consistent with another (or,
    for a class of several outlets saying the same thing, with itself). Each class meets only the
    later classes some rule could compare it with (:func:`_reach`), in order."""
    edges: list[Edge] = []
    agreed: set[int] = set()
    agreements: list[tuple[int, int]] = []
    firsts = [members[0] for members in reps]
    # which rules select each class (a subject's claims share kind and measure, not modality)
    chosen = [[r for r in applicable if selects(r.applies_to, b)] for b in firsts]
    for i, members_a in enumerate(reps):
        a = members_a[0]
        twin = next((c for c in members_a[1:] if (c.document, c.speaker) != (a.document, a.speaker)), None)
        if twin is not None:
            out = _first_outcome(applicable, a, twin, lex)
            if out is not None and not out.conflict:
                agreed.add(i)
    for i, j in _reach(firsts, applicable):
        a, b = firsts[i], firsts[j]
        if a.document != b.document and (a.id in unknown or b.id in unknown):
            continue  # a count of a day no one knows (:func:`unknown_days`) meets its own article's only
        found = _first_chosen(chosen[j], a, b, lex)
        if found is None:
            continue
        rule, out = found
        if out.conflict:
            edges.append((i, j, rule, out))
        else:
            agreed.update((i, j))
            agreements.append((i, j))
    return edges, agreed, agreements


# a running total is compared with the dated claims this many places before and after it in time
# (every one, in a subject of fewer dated classes): a toll reported daily for years is checked
# against months of its own history, not every pair of its thousands of reports
_TOTALS_REACH = 150


def _reach(firsts: list[Claim], applicable: list[Rule]) -> Iterator[tuple[int, int]]:
    """The pairs ``i < j`` (in that order) that some rule could compare. A rule with a window
    (``window_days``) compares only claims whose dates lie within it (midpoints, as
    :func:`~.kinds.common.days_apart` measures them) or that are one undated article's; leaving
    out every other pair changes nothing (the kinds would not compare them). A running total (no
    window: it may grow for years) is compared with every dated claim when the subject has at most
    ``_TOTALS_REACH + 1`` dated classes, else with the ``_TOTALS_REACH`` before and after it in
    time. So a subject's cost is its size times the claims in a window and the reach of its totals,
    never its square; without windows (dates, events: few distinct values in a subject) every pair."""
    unbounded = [r for r in applicable if r.kind == "running_total" or "window_days" not in r.params]
    if any(r.applies_to.cumulative != "any" for r in unbounded):
        n = len(firsts)
        yield from ((i, j) for i in range(n) for j in range(i + 1, n))
        return
    windows = [int(r.params["window_days"]) for r in applicable if r not in unbounded]
    horizon = max(windows) if windows else -1  # -1: only running totals compare anything
    if windows:  # a day meets a week's or month's figure from the period's nearer end (days_to_period)
        horizon += max((_half_period(c) for c in firsts), default=0)
    totals = bool(unbounded)  # a rule for running totals, and no window for them
    running = [_running(c) for c in firsts]
    day: list[int | None] = []
    for c in firsts:
        mid = midpoint(c.time) if c.time.resolved else None
        day.append(mid.toordinal() if mid is not None else None)
    timed = sorted((d, k) for k, d in enumerate(day) if d is not None)
    ordinals = [d for d, _ in timed]
    rank = {k: r for r, (_, k) in enumerate(timed)}
    undated: dict[str, list[int]] = defaultdict(list)  # one article's claims that state no time
    for k, c in enumerate(firsts):
        if day[k] is None:
            undated[c.document].append(k)
    for i, a in enumerate(firsts):
        d = day[i]
        if d is None:
            yield from ((i, k) for k in undated[a.document] if k > i)
            continue
        lo, hi = bisect_left(ordinals, d - horizon), bisect_right(ordinals, d + horizon)
        near = {k for _, k in timed[lo:hi] if k > i}
        if totals:
            r = rank[i]
            around = timed[max(0, r - _TOTALS_REACH) : r + _TOTALS_REACH + 1]
            near.update(k for _, k in around if k > i and (running[i] or running[k]))
        yield from ((i, j) for j in sorted(near))


def _half_period(c: Claim) -> int:
    """Half the days of a claim's week, month or quarter and one more (0 for a day or a longer period): at
    least how much nearer its end is than its midpoint."""
    span = period_span(c.time)
    return 0 if span is None else (span[1] - span[0]).days // 2 + 1


def _running(c: Claim) -> bool:
    return bool(c.quantity and c.quantity.running)


def _first_rule(applicable: list[Rule], a: Claim, b: Claim, lex: Lexicon) -> tuple[Rule, Outcome] | None:
    """The first rule that selects both claims and can compare them decides."""
    return _first_chosen([r for r in applicable if selects(r.applies_to, b)], a, b, lex)


def _first_chosen(chosen: list[Rule], a: Claim, b: Claim, lex: Lexicon) -> tuple[Rule, Outcome] | None:
    """:func:`_first_rule` over the rules already known to select ``b``."""
    for rule in chosen:
        if _pair_selected(rule.applies_to, a, b):
            out = KINDS[rule.kind].compare(a, b, rule.params, lex)
            if out is not None:
                return rule, out
    return None


def _first_outcome(applicable: list[Rule], a: Claim, b: Claim, lex: Lexicon) -> Outcome | None:
    found = _first_rule(applicable, a, b, lex)
    return found[1] if found else None
