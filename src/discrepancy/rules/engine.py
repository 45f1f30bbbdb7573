"""Applying rules to grouped claims: pairs within a subject, first matching rule decides."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from heapq import heapify, heappop, heappush

from ..lexicon import Lexicon
from ..models import ONE_REPORT, SEVERITY_RANK, Claim, Cluster, Finding, Group
from .kinds import KINDS, Outcome
from .kinds.common import days_apart, midpoint
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
    if c.event is not None and c.event.type in sel.exclude_event_types:
        return False
    return True


def _pair_selected(sel: Selector, a: Claim, b: Claim) -> bool:
    if sel.cumulative == "either":
        return True
    cum = bool((a.quantity and a.quantity.running) or (b.quantity and b.quantity.running))
    return cum if sel.cumulative == "any" else not cum


def _order_key(c: Claim) -> tuple[dt.date, str, int]:
    return (c.time.start or c.published or dt.date.min, c.document, c.span.start)


def _date(c: Claim) -> str:
    if c.published is None:
        return "undated"
    return f"undated, placed at {c.published.isoformat()}" if c.time_inferred else c.published.isoformat()


def _who(c: Claim) -> str:
    """'Daily A, 2022-02-22', or 'police (in City Wire, 2023-05-02)' when the outlet quotes someone."""
    if c.speaker == c.source:
        return f"{c.source}, {_date(c)}"
    return f"{c.speaker} (in {c.source}, {_date(c)})"


def _message(rule: Rule, subject: str, a: Claim, b: Claim, out: Outcome) -> str:
    # the days between what the claims state (their dates), as in the working; else between articles
    apart = days_apart(a, b)
    days = str(apart) if apart is not None else ""
    if not days and a.published and b.published:
        days = str(abs((b.published - a.published).days))
    fields = {
        "a_who": _who(a),
        "b_who": _who(b),
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


def _signature(c: Claim) -> tuple[object, ...]:
    """What a comparison looks at: claims with the same signature compare the same way."""
    t = (c.time.start, c.time.end, c.time.since, c.time.granularity, c.time.resolved)
    if c.quantity is not None:
        q = c.quantity
        return (*t, q.figure, q.figure2, q.qualifier, q.unit, q.ulp, q.round_figure, q.running, q.direction)
    if c.event is not None:
        return (*t, c.event.type, c.event.agent, c.event.patient)
    # a date: its time of day too, and how it was written ("11 pm" is an hour, "11.11 p.m." a minute)
    return (*t, c.time.clock, c.time.expression, c.span.quote if c.time.clock is not None else "")


def finding_order(f: Finding) -> tuple[str, dt.date, str, int, str]:
    return (f.subject, *_order_key(f.claim), f.rule)


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
    for subject in sorted(buckets):
        claims = sorted(buckets[subject], key=_order_key)
        if len(claims) < 2:
            continue
        classes: dict[tuple[object, ...], list[Claim]] = {}
        for c in claims:
            classes.setdefault(_signature(c), []).append(c)
        reps = sorted(classes.values(), key=lambda members: _order_key(members[0]))
        applicable = [r for r in rules if selects(r.applies_to, claims[0])]
        edges, agreed, agreements = _compare_classes(reps, applicable, lex)
        found = _findings(subject, claims[0].subject_label, reps, edges, agreements, story)
        findings.extend(found)
        flagged = {c.id for f in found for c in (f.claim, *f.conflicts_with)}
        # compared: found consistent with another claim, or in a finding (a conflict a finding
        # does not report, such as a headline against another article's body, is not compared)
        compared = {c.id for k in agreed for c in reps[k]} | flagged
        # at odds by a rule, but in no finding (one speaker's one sentence): never an agreement
        odd = {c.id for i, j, *_ in edges for k in (i, j) for c in reps[k]} - flagged
        recurring = {str(a) for r in applicable for a in r.params.get("recurring_acts", [])}
        for part in _by_day(claims, lex, recurring):
            if _several(part):
                groups.extend(_groups(subject, part, flagged, compared - odd, bool(applicable), story, odd))
    findings.sort(key=finding_order)
    groups.sort(key=lambda g: (g.status != "conflict", g.subject))
    return findings, groups


Edge = tuple[int, int, Rule, Outcome]


def _compare_classes(
    reps: list[list[Claim]], applicable: list[Rule], lex: Lexicon
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
        found = _first_chosen(chosen[j], firsts[i], firsts[j], lex)
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


def _running(c: Claim) -> bool:
    return bool(c.quantity and c.quantity.running)


def _first_rule(applicable: list[Rule], a: Claim, b: Claim, lex: Lexicon) -> tuple[Rule, Outcome] | None:
    """The first rule that selects both claims and can compare them decides."""
    for rule in applicable:
        if not (selects(rule.applies_to, b) and _pair_selected(rule.applies_to, a, b)):
            continue
        out = KINDS[rule.kind].compare(a, b, rule.params, lex)
        if out is not None:
            return rule, out
    return None


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


def _several(part: list[Claim]) -> bool:
    """Claims from two outlets or two speakers: enough to agree or disagree."""
    return len({c.document for c in part}) >= 2 or len({c.speaker for c in part}) >= 2


def _groups(
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
    if any(c.id in flagged for c in part) or not rest or not _several(agreeing):
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
        sources=sorted({f"{c.source} ({_date(c)})" for c in part}),
        claims=part,
        story=story,
        compared=in_conflict or every,
        reason=reason,
        value=_value(part[0]),
    )


def _value(c: Claim) -> str:
    return c.span.quote if c.quantity is not None else c.value_label()


_DAY_GAP = 1  # counts that hold for one day: a gap of more than this starts another day's group


def _by_day(claims: list[Claim], lex: Lexicon, recurring: set[str]) -> list[list[Claim]]:
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


def _first_per_document(members: list[Claim]) -> list[Claim]:
    """One claim per outlet: a mention in the body over the headline's (which is dropped when the
    body says the same), a figure over a manner of speaking ("550,000" over "hundreds of
    thousands"), the most explicit one ("22 deaths" over "22"), the first on a tie. An
    outlet that repeats a figure across its own updates (two articles of one source), or quotes two
    speakers who give it, is one claim, not many. A sentence a page prints twice is furniture (a
    photo's caption above and below it), and so is a line with no full stop (a crosshead): both
    give way to the body's own sentence."""
    seen: dict[str, Claim] = {}
    documents: set[str] = set()
    printed = Counter((c.document, c.span.sentence) for c in members)
    for c in sorted(
        members,
        key=lambda c: (
            c.headline,
            _vague(c),
            printed[c.document, c.span.sentence] > 1 or _crosshead(c.span.sentence),
            -len(c.span.quote),
            c.span.start,
        ),
    ):
        if c.headline and c.document in documents:
            continue  # the headline repeats what the body says, with the body's speaker
        seen.setdefault(c.source, c)
        documents.add(c.document)
    return sorted(seen.values(), key=_order_key)


def _crosshead(sentence: str) -> bool:
    """A line that ends without a full stop, question or quote mark: a heading inside the body."""
    return not sentence.rstrip().endswith((".", "!", "?", '"', "”", "’", "'", ")"))


def _vague(c: Claim) -> bool:
    return c.quantity is not None and c.quantity.qualifier == "vague"


_INFERRED = " (an article is undated: its time is inferred from its story)"
_SURE = 1.0  # a key the lexicon names
_PLAUSIBLE = 0.5  # a key read off the open vocabulary through a family: a warning at most


def _weakened(severity: str, confidence: float) -> str:
    """A finding is no surer than the subject keys it rests on: a key read off the open vocabulary
    makes an error a warning, and a weaker one (a bare noun, an unknown verb) a note."""
    if confidence >= _SURE:
        return severity
    if confidence >= _PLAUSIBLE:
        return "warning" if severity == "error" else severity
    return "info"


def _findings(
    subject: str,
    label: str,
    reps: list[list[Claim]],
    edges: list[Edge],
    agreements: list[tuple[int, int]],
    story: str | None,
) -> list[Finding]:
    """One finding per disputed fact. Classes that a rule found consistent (and that nothing inside
    contradicts) form clusters; the cluster at odds with the most others is the finding's claim,
    and every outlet of the clusters that cannot be true with it is in ``conflicts_with``; what
    conflicts remain among the others make the next finding. A finding's edges share one rule and
    severity."""
    cluster_of = _clusters(len(reps), edges, agreements)
    class_of = {c.id: k for k, claims in enumerate(reps) for c in claims}
    members: dict[int, list[Claim]] = defaultdict(list)
    for k, claims in enumerate(reps):
        members[cluster_of[k]].extend(claims)
    firsts = {x: _first_per_document(claims) for x, claims in members.items()}
    class_firsts: dict[int, list[Claim]] = {}
    # conflicts between clusters, by (rule, severity): a pair of classes is at odds at the severity
    # its own claims give (90,000 against "about 20,000" is an error, against 21,000 a warning)
    pending: dict[tuple[str, str], dict[frozenset[int], tuple[Rule, Outcome, str]]] = defaultdict(dict)
    odds_at: dict[tuple[str, str], set[frozenset[int]]] = defaultdict(set)
    for i, j, rule, out in edges:
        for k in (i, j):
            if k not in class_firsts:
                class_firsts[k] = _first_per_document(reps[k])
        pair = _pair(class_firsts[i], class_firsts[j])
        if pair is None:
            continue
        severity = _severity(rule, out, pair)
        pending[(rule.id, severity)].setdefault(frozenset((cluster_of[i], cluster_of[j])), (rule, out, severity))
        odds_at[(rule.id, severity)].add(frozenset((i, j)))
    found: list[Finding] = []
    for (rule_id, severity), by_pair in sorted(pending.items()):
        at_odds = odds_at[(rule_id, severity)]
        # the hub: the cluster at odds with the most others (then the fewest outlets, then the
        # first), taken from a heap of (degree, outlets, cluster) kept as the degrees fall
        near: dict[int, set[int]] = defaultdict(set)
        for x, y in by_pair:
            near[x].add(y)
            near[y].add(x)
        heap = [(-len(ys), len(firsts[x]), x) for x, ys in near.items()]
        heapify(heap)
        while heap:
            degree, _, hub = heappop(heap)
            if -degree != len(near[hub]) or not near[hub]:
                continue  # an entry from before the hub lost a neighbour
            spokes = [(y, by_pair.pop(frozenset((hub, y)))) for y in sorted(near.pop(hub))]
            for y, _v in spokes:
                near[y].discard(hub)
                if near[y]:
                    heappush(heap, (-len(near[y]), len(firsts[y]), y))
            # a hub that several outlets agree on is set against each spoke of one outlet in turn,
            # that outlet's claim against every outlet of the hub ("more than 1,000" against both
            # outlets' 329); spokes of several outlets stay around the hub
            stars = [(hub, spokes)]
            if len(firsts[hub]) > 1:
                several = [(y, v) for y, v in spokes if len(firsts[y]) > 1]
                stars = [(y, [(hub, v)]) for y, v in spokes if len(firsts[y]) == 1]
                stars += [(hub, several)] if several else []
            for centre, rays in stars:
                each = len(firsts[centre]) > 1 and all(len(firsts[y]) > 1 for y, _ in rays)
                found.extend(
                    _star(subject, label, members, firsts, centre, rays, severity, story, class_of, at_odds, each)
                )
    return _once(found)


def _once(found: list[Finding]) -> list[Finding]:
    """Each pair of mentions in one finding only, the most severe: two classes that collapse to
    the same mentions (an outlet's "399" and "399 cases") do not flag a pair twice."""
    seen: set[frozenset[tuple[str, int, int]]] = set()
    out = []
    for f in sorted(found, key=lambda f: -SEVERITY_RANK[f.severity]):
        here = (f.claim.span.path, f.claim.span.start, f.claim.span.end)
        keep = [o for o in f.conflicts_with if frozenset((here, (o.span.path, o.span.start, o.span.end))) not in seen]
        seen.update(frozenset((here, (o.span.path, o.span.start, o.span.end))) for o in keep)
        if keep:
            out.append(f.model_copy(update={"conflicts_with": keep}))
    return out


def _clusters(n: int, edges: list[Edge], agreements: list[tuple[int, int]]) -> list[int]:
    """Classes a rule found consistent join one cluster, unless a conflict would then lie inside
    it (agreement is not transitive: "at least 30" meets 40 and 90, which do not meet). A cluster
    is named by the first class of its first agreement; it keeps the classes at odds with any of
    its members, and the smaller of two joining clusters is merged into the larger."""
    parent = list(range(n))
    name = list(range(n))  # a root's cluster name
    inside: dict[int, set[int]] = {k: {k} for k in range(n)}
    odds: dict[int, set[int]] = {k: set() for k in range(n)}
    for i, j, *_ in edges:
        odds[i].add(j)
        odds[j].add(i)

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for i, j in agreements:
        x, y = root(i), root(j)
        if x == y or not odds[x].isdisjoint(inside[y]):
            continue
        keep, gone = (x, y) if len(inside[x]) >= len(inside[y]) else (y, x)
        parent[gone] = keep
        inside[keep] |= inside.pop(gone)
        odds[keep] |= odds.pop(gone)
        name[keep] = name[x]
    return [name[root(k)] for k in range(n)]


def _pair(firsts_x: list[Claim], firsts_y: list[Claim]) -> tuple[Claim, list[Claim]] | None:
    """The first mention in one class that something in the other contradicts, and those mentions
    (of each class, its first mention per outlet: :func:`_first_per_document`)."""
    for a in firsts_x:
        others = _contradicting(a, firsts_y)
        if others:
            return a, others
    return None


def _contradicting(a: Claim, ys: list[Claim]) -> list[Claim]:
    # one sentence does not contradict itself ("30 miles (48 km)"), unless two speakers in it do;
    # a headline is held to its own article's body; across articles the bodies speak; one speaker's
    # figures of one report's moment (how far a count has got) are that speaker's own updates
    own_updates = a.quantity is not None and a.quantity.anchor == ONE_REPORT
    return [
        b
        for b in ys
        if not (
            a.document == b.document and a.speaker == b.speaker and (own_updates or a.span.sentence == b.span.sentence)
        )
        and not ((a.headline or b.headline) and a.document != b.document)
    ]


def _severity(rule: Rule, out: Outcome, pair: tuple[Claim, list[Claim]]) -> str:
    a, others = pair
    severity = _weakened(out.severity or rule.severity, min(c.confidence for c in (a, *others)))
    if severity == "error" and any(c.time_inferred for c in (a, *others)):
        return "warning"  # an undated article's time is inferred: a finding on it is not sure
    return severity


def _star(
    subject: str,
    label: str,
    members: dict[int, list[Claim]],
    firsts_of: dict[int, list[Claim]],
    hub: int,
    spokes: list[tuple[int, tuple[Rule, Outcome, str]]],
    severity: str,
    story: str | None,
    class_of: dict[str, int],
    at_odds: set[frozenset[int]],
    each: bool = False,
) -> list[Finding]:
    """The hub cluster's claim against every outlet of the clusters that contradict it (of their
    classes that a rule found at odds with the claim's own)."""
    firsts = firsts_of[hub]
    others_of = {y: firsts_of[y] for y, _ in spokes}

    def against(c: Claim) -> list[Claim]:
        out: list[Claim] = []
        seen: set[str] = set()
        for ys in others_of.values():
            odd = [o for o in ys if frozenset((class_of[c.id], class_of[o.id])) in at_odds]
            for o in _contradicting(c, odd):
                if o.id not in seen:
                    seen.add(o.id)
                    out.append(o)
        return out

    # the hub's claim at odds with the most outlets of the spokes; with ``each`` (several outlets
    # on both sides: police against organisers in two papers), every outlet's claim in turn
    claims = firsts if each else [max(firsts, key=lambda c: (len(against(c)), -firsts.index(c)))]
    rule, out, _ = spokes[0][1]
    found = []
    for a in claims:
        conflicts = against(a)
        if not conflicts:
            continue
        inferred = any(c.time_inferred for c in (a, *conflicts))
        found.append(
            Finding(
                rule=rule.id,
                severity=severity,  # type: ignore[arg-type]
                subject=subject,
                subject_label=label,
                message=_message(rule, label, a, conflicts[0], out) + (_INFERRED if inferred else ""),
                claim=a,
                conflicts_with=conflicts,
                arithmetic=" | ".join(o.arithmetic for _, (_, o, _) in spokes),
                story=story,
                clusters=[_cluster(members[hub]), *(_cluster(members[y]) for y, _ in spokes)],
            )
        )
    return found


def _cluster(members: list[Claim]) -> Cluster:
    """Agreeing claims: their values as written (the first few) and who gives each."""
    values = list(dict.fromkeys(_value(c) for c in members))
    value = " / ".join(values[:3]) + (" ..." if len(values) > 3 else "")
    return Cluster(value=value, who=[f"{_who(c)}: {c.span.quote!r}" for c in members], claims=[c.id for c in members])
