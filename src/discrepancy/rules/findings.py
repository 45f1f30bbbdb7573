"""Findings from the conflicting pairs of a subject's classes: clusters of agreeing classes, the
hub at odds with the most others, its claim against every outlet that contradicts it, at the severity
the claims' keys and dates allow."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from difflib import SequenceMatcher
from heapq import heapify, heappop, heappush
from typing import NamedTuple

from ..models import ONE_REPORT, SEVERITY_RANK, Claim, Cluster, Finding
from .kinds import Outcome
from .kinds.common import one_day, period_span
from .schema import Rule
from .wording import message, who, written_value

# two classes of a subject's claims (their indexes, in time order) that a rule found at odds
Edge = tuple[int, int, Rule, Outcome]


class Odds(NamedTuple):
    """Which classes are at odds: at a finding's rule and severity, and by any rule at all."""

    class_of: dict[str, int]
    here: set[frozenset[int]]
    anywhere: set[frozenset[int]]
    odd_anywhere: frozenset[int]  # the classes of ``anywhere``'s pairs

    def pair(self, a: Claim, b: Claim, here: bool = True) -> bool:
        return frozenset((self.class_of[a.id], self.class_of[b.id])) in (self.here if here else self.anywhere)


def order_key(c: Claim) -> tuple[dt.date, str, int]:
    """Claims in time order (then by article and place): how a subject is swept and listed."""
    return (c.time.start or c.published or dt.date.min, c.document, c.span.start)


def _first_per_document(members: list[Claim]) -> list[Claim]:
    """One claim per outlet: a mention in the body over the headline's (which is dropped when the
    body says the same), a figure over a manner of speaking ("550,000" over "hundreds of
    thousands") and over a bound ("107,000" over "at least 100,000"), the most explicit one ("22 deaths" over "22"), the first on a tie. An
    outlet that repeats a figure across its own updates (two articles of one source), or quotes two
    speakers who give it, is one claim, not many. A sentence a page prints twice is furniture (a
    photo's caption above and below it), and so is a line with no full stop (a crosshead): both
    give way to the body's own sentence. Of an outlet's dates for one occurrence, one with a time
    of day ("at 1:55 a.m.") speaks for it over one with the day alone ("struck on Saturday")."""
    seen: dict[str, Claim] = {}
    documents: set[str] = set()
    printed = Counter((c.document, c.span.sentence) for c in members)
    for c in sorted(
        members,
        key=lambda c: (
            c.headline,
            _vague(c),
            _open_bound(c),
            printed[c.document, c.span.sentence] > 1 or _crosshead(c.span.sentence),
            c.kind == "date" and c.time.clock is None,
            _explicit(c),
            c.span.start,
        ),
    ):
        if c.headline and c.document in documents:
            continue  # the headline repeats what the body says, with the body's speaker
        seen.setdefault(c.source, c)
        documents.add(c.document)
    return sorted(seen.values(), key=order_key)


def _explicit(c: Claim) -> int:
    """How much a mention says, the more the earlier: a figure with its noun ("22 deaths") over
    the bare figure ("22"), a date with its month ("Friday, March 31") over the day alone. An
    event's clause says one thing however it is worded ("Velm was ahead", "Velm in the lead"):
    an outlet's first telling of it speaks for it."""
    return 0 if c.kind == "event" else -len(c.span.quote)


def _crosshead(sentence: str) -> bool:
    """A line that ends without a full stop, question or quote mark: a heading inside the body."""
    return not sentence.rstrip().endswith((".", "!", "?", '"', "”", "’", "'", ")"))


def _vague(c: Claim) -> bool:
    return c.quantity is not None and c.quantity.qualifier == "vague"


_OPEN = frozenset({"at_least"})


def _open_bound(c: Claim) -> bool:
    """A lower bound ("at least 100,000"): less explicit than a figure ("107,000")."""
    return c.quantity is not None and c.quantity.qualifier in _OPEN


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


def subject_findings(
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
    cluster_of = clusters(len(reps), edges, agreements)
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
    anywhere = {frozenset((i, j)) for i, j, *_ in edges}
    odd_anywhere = frozenset(k for pair in anywhere for k in pair)
    for (rule_id, severity), by_pair in sorted(pending.items()):
        odds = Odds(class_of, odds_at[(rule_id, severity)], anywhere, odd_anywhere)
        for hub, spokes in _hubs(by_pair, firsts):
            for centre, rays in _stars(hub, spokes, firsts):
                each = len(firsts[centre]) > 1 and all(len(firsts[y]) > 1 for y, _ in rays)
                found.extend(_star(subject, label, members, firsts, centre, rays, severity, story, odds, each))
    return _once(found)


# a cluster at odds with the hub, and the rule, outcome and severity of their conflict
Spoke = tuple[int, tuple[Rule, Outcome, str]]


def _hubs(
    by_pair: dict[frozenset[int], tuple[Rule, Outcome, str]], firsts: dict[int, list[Claim]]
) -> Iterator[tuple[int, list[Spoke]]]:
    """Each hub and its spokes, until no conflict is left: the cluster at odds with the most others
    (then the fewest outlets, then the first), taken from a heap of (degree, outlets, cluster) kept
    as the degrees fall."""
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
        yield hub, spokes


def _stars(hub: int, spokes: list[Spoke], firsts: dict[int, list[Claim]]) -> list[tuple[int, list[Spoke]]]:
    """A hub that several outlets agree on is set against each spoke of one outlet in turn, that
    outlet's claim against every outlet of the hub ("more than 1,000" against both outlets' 329);
    spokes of several outlets stay around the hub."""
    if len(firsts[hub]) <= 1:
        return [(hub, spokes)]
    several = [(y, v) for y, v in spokes if len(firsts[y]) > 1]
    stars = [(y, [(hub, v)]) for y, v in spokes if len(firsts[y]) == 1]
    return stars + ([(hub, several)] if several else [])


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


def clusters(n: int, edges: list[Edge], agreements: list[tuple[int, int]]) -> list[int]:
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
            a.document == b.document
            and a.speaker == b.speaker
            and (own_updates or a.span.sentence == b.span.sentence or _versions(a.span.sentence, b.span.sentence))
        )
        and not ((a.headline or b.headline) and a.document != b.document)
        and not (a.document == b.document and _told_apart(a, b))
    ]


_VERSIONS = 0.8  # how alike two sentences of one article are when one is a version of the other


def _versions(x: str, y: str) -> bool:
    """Two sentences of one article that say the same thing but for their figures ("Twenty-six people
    are killed and 230 rescued after the ferry caught fire", then "Thirty-one people are killed and
    more than 200 rescued after ...") are two versions of one report, as a page that keeps its
    earlier updates lists them: the outlet updating itself, not contradicting itself."""
    x, y = x.strip().lower(), y.strip().lower()
    if min(len(x), len(y)) < 40:
        return False
    return SequenceMatcher(None, x, y, autojunk=False).ratio() >= _VERSIONS


def _told_apart(a: Claim, b: Claim) -> bool:
    """One article's figures for two different days tell a history ("288 on Saturday, revised to
    275 on Sunday"): the article does not contradict itself, unless a running total falls. A day's
    figure beside one for the week or month just ended ("85% in October", and a rival body's "185%"
    put on 3 November) is no second moment: a period's figure is told in the days after it."""
    return (
        a.time.resolved
        and b.time.resolved
        and a.time.start != b.time.start
        and None not in (a.time.start, b.time.start)
        and not _of_the_period(a, b)
        and not _of_the_period(b, a)
        and not _falls(a, b)
    )


_TOLD_AFTER = 7  # days after a week or month in which a figure of it is still news


def _of_the_period(a: Claim, b: Claim) -> bool:
    """``a`` is of one day, within ``b``'s week or month or in the days just after it."""
    day, span = one_day(a.time), period_span(b.time)
    if day is None or span is None:
        return False
    start, end = span
    return start <= day <= end + dt.timedelta(days=_TOLD_AFTER)


def _falls(a: Claim, b: Claim) -> bool:
    """A running total told lower on a later day ("150 injured on Saturday", "82 injured" on Sunday):
    a toll that only grows cannot shrink, so the article's own history is at odds with itself."""
    qa, qb = a.quantity, b.quantity
    if qa is None or qb is None or not (qa.running and qb.running):
        return False
    early, late = (qa, qb) if a.time.start < b.time.start else (qb, qa)  # type: ignore[operator]
    return late.high is not None and early.low is not None and late.high < early.low


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
    spokes: list[Spoke],
    severity: str,
    story: str | None,
    odds: Odds,
    each: bool = False,
) -> list[Finding]:
    """The hub cluster's claim against every outlet of the clusters that contradict it (of their
    classes that a rule found at odds with the claim's own)."""
    spoke_classes = {odds.class_of[c.id] for y, _ in spokes for c in members[y]}
    odd_here = {k for pair in odds.here if not pair.isdisjoint(spoke_classes) for k in pair} - spoke_classes
    firsts = _mentions(
        members[hub],
        firsts_of[hub],
        lambda h: odds.class_of[h.id] in odd_here,
        lambda h: odds.class_of[h.id] in odds.odd_anywhere,
    )

    def against(c: Claim) -> list[Claim]:
        out: list[Claim] = []
        seen: set[str] = set()
        for y, _ in spokes:
            ys = _mentions(members[y], firsts_of[y], lambda o: odds.pair(c, o), lambda o: odds.pair(c, o, here=False))
            odd = [o for o in ys if odds.pair(c, o)]
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
                message=message(rule, label, a, conflicts[0], out) + (_INFERRED if inferred else ""),
                claim=a,
                conflicts_with=conflicts,
                arithmetic=" | ".join(o.arithmetic for _, (_, o, _) in spokes),
                story=story,
                clusters=[_cluster(members[hub]), *(_cluster(members[y]) for y, _ in spokes)],
            )
        )
    return found


def _mentions(
    members: list[Claim], firsts: list[Claim], odd_here: Callable[[Claim], bool], odd_anywhere: Callable[[Claim], bool]
) -> list[Claim]:
    """Each outlet's mention in a cluster: its most explicit claim (``firsts``), unless that one is
    at odds with nothing while another of its claims is at odds here. An outlet that gives "around
    10,000" and "9,249" injured is set against another's 9,240 by its 9,249; one whose 550,000 is
    at odds elsewhere is not set against the police by its "hundreds of thousands" too."""
    instead = {c.source: c for c in _first_per_document([c for c in members if odd_here(c)])}
    return [c if odd_anywhere(c) else instead.get(c.source, c) for c in firsts]


def _cluster(members: list[Claim]) -> Cluster:
    """Agreeing claims: their values as written (the first few) and who gives each."""
    values = list(dict.fromkeys(written_value(c) for c in members))
    value = " / ".join(values[:3]) + (" ..." if len(values) > 3 else "")
    return Cluster(value=value, who=[f"{who(c)}: {c.span.quote!r}" for c in members], claims=[c.id for c in members])
