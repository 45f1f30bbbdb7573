"""A count that leaves what it measures unstated, placed by its figure.

"68 passengers and four crew members" says neither that they were aboard nor of which occurrence;
"a plane with 72 people" neither; "a chamber of 630 seats" does not say the seats are held, which
"the 630 seats held" beside "the 208 seats won" does. Where the story gives such a count several keys that state those
parts ("four crew members" aboard the crash's plane, and the crew's dead), ``group._unify`` cannot
pick one; the figure can: when other articles give it to one of them alone ("four crew members
were aboard"), the count is that one's. An article that gives the figure to two of them ("the
deaths of all 72 on board") witnesses neither, and a count whose figure two keys are given by
other articles, or none, stays where it is.
"""

from __future__ import annotations

from collections import defaultdict

from .extract.open_counts import RAW_VERB
from .group_population import move_claims
from .models import Claim

_COUNT, _NONE = "count", "-"  # a measure and an occurrence left unstated


def by_unstated_figure(buckets: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    parts_of = {k: k.split("|") for k in buckets if k.startswith("quantity:") and k.count("|") == 5}
    weak = {k for k, p in parts_of.items() if p[1] != _NONE and _raw_verb(buckets[k])}
    stating: dict[tuple[str, ...], list[str]] = defaultdict(list)  # what a key says of whom -> keys
    for key, parts in parts_of.items():
        if _measure(parts) != _COUNT:
            stating[_whom(parts)].append(key)
    read = _figures_read(buckets, weak)
    moves: list[tuple[str, Claim, str]] = []
    for key, parts in parts_of.items():
        if key in weak:  # a verb no family names says nothing of what happened: a count
            targets = [t for t in _targets([f"quantity:{_COUNT}", *parts[1:]], stating, parts_of) if t not in weak]
        elif _measure(parts) == _COUNT or parts[3] == _NONE:
            targets = _targets(parts, stating, parts_of)
        else:
            continue
        if len(targets) < (1 if key in weak else 2):
            continue  # one key or none: _unify's to join (it never weighs a verb's measure)
        given = _given_alone(buckets, targets)
        for c in buckets[key]:
            figure = _figure(c)
            found = _named_first(
                [t for t in targets if figure is not None and given[t].get(figure, set()) - {c.document}], weak
            )
            if not found and key not in weak:
                found = _own_reading(c, figure, targets, buckets)
            if len(found) == 1 and _one_figure(buckets[found[0]], c) and (key not in weak or _witness(c, read)):
                moves.append((key, c, found[0]))
    return move_claims(buckets, _one_figure_each(moves, weak))


def _own_reading(c: Claim, figure: float | None, targets: list[str], buckets: dict[str, list[Claim]]) -> list[str]:
    """The one key its own article gives the figure on its day, where no other article gives it
    any: "Hurricane Dorn killed at least 24" over "the toll had risen to at least 24" says whose
    toll the second is, in a story that also counts a crash's dead."""
    if figure is None:
        return []
    own = [
        t
        for t in targets
        if any(o.document == c.document and o.time.start == c.time.start and _figure(o) == figure for o in buckets[t])
    ]
    return own if len(own) == 1 else []


def _named_first(found: list[str], weak: set[str]) -> list[str]:
    """The keys a figure is given to, those whose measure a word list names before a verb's count:
    "75 climbers had started up" beside "trapped 75 climbers" is no second place for "seventy-five
    people were in the area", but where only verbs' counts have the figure, they are its place."""
    named = [t for t in found if t not in weak]
    return named or found


def _targets(parts: list[str], stating: dict[tuple[str, ...], list[str]], parts_of: dict[str, list[str]]) -> list[str]:
    """The keys that state what a key (``parts``) leaves unstated."""
    return [t for t in stating.get(_whom(parts), []) if parts_of[t] != parts and _fills(parts, parts_of[t])]


def _one_figure_each(moves: list[tuple[str, Claim, str]], weak: set[str]) -> list[tuple[str, Claim, str]]:
    """Counts read off verbs that would bring one article's two figures of a day to one key stay
    where they are: "222 were taken to hospitals" and "271 were transported" tell two things."""
    brought: dict[tuple[str, object, str], set[float | None]] = defaultdict(set)
    for key, c, target in moves:
        if key in weak:
            brought[c.document, c.time.start, target].add(_figure(c))
    return [m for m in moves if m[0] not in weak or len(brought[m[1].document, m[1].time.start, m[2]]) == 1]


def _figures_read(buckets: dict[str, list[Claim]], weak: set[str]) -> set[tuple[str, object, float | None]]:
    """The (article, day, figure) that an article gives a key whose measure a word list names."""
    return {(c.document, c.time.start, _figure(c)) for k, cs in buckets.items() if k not in weak for c in cs}


# A figure this small is given to two things by chance ("two carriages", "five cars"): a verb's
# count is placed by its figure only from here up.
_CHANCE = 10


def _witness(c: Claim, read: set[tuple[str, object, float | None]]) -> bool:
    """Whether a count read off a verb may be placed by its figure: one large enough not to meet
    another by chance, and one its own article does not give a key a word list names (that reading
    is the article's: "from five derailed tanker cars" beside "from five cars")."""
    figure = _figure(c)
    return figure is not None and figure >= _CHANCE and (c.document, c.time.start, figure) not in read


def _raw_verb(claims: list[Claim]) -> bool:
    """Whether a key's measure is only the verb of its figure's clause, one no family names ("75
    climbers had started their way up", "350 people were riding the train"): it says who was
    counted, not what happened to them."""
    return all(c.confidence == RAW_VERB for c in claims)


# the ordinals a ballot's share may name its object by (extract/ballots.py: "the second offer")
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "final", "new"})
_BALLOT = "quantity:percentage:ballot "


def measure_variants(parts: list[str]) -> list[list[str]]:
    """A quantity key's parts, and, for a ballot's share that names its object by an ordinal ("64%
    voted against the second offer": "ballot against deal second"), the parts without it: a share
    that leaves the ordinal unstated ("64% voted against the offer") may be that ballot's."""
    words = parts[0].split(" ")
    if not parts[0].startswith(_BALLOT) or len(words) < 4 or words[-1] not in _ORDINALS:
        return [parts]
    return [parts, [" ".join(words[:-1]), *parts[1:]]]


def _measure(parts: list[str]) -> str:
    return parts[0].removeprefix("quantity:")


def _whom(parts: list[str]) -> tuple[str, ...]:
    """Whom a key counts and in which part and era: what an unstated measure cannot change."""
    return (parts[1], parts[2], parts[4], parts[5])


def _fills(general: list[str], specific: list[str]) -> bool:
    """``specific`` states what ``general`` leaves unstated and agrees with what it states: the
    measure of a bare count ("630 seats" beside "held 630 seats"), whatever the occurrence both
    leave unstated, or the occurrence of a measured figure."""
    measure = _measure(general) in (_COUNT, _measure(specific))
    states = _measure(general) == _COUNT or specific[3] != _NONE
    return measure and states and general[3] in (_NONE, specific[3])


def _figure(c: Claim) -> float | None:
    q = c.quantity
    return q.figure if q is not None and q.qualifier not in ("vague", "range") else None


def _given_alone(buckets: dict[str, list[Claim]], targets: list[str]) -> dict[str, dict[float, set[str]]]:
    """For each target, its figures and the articles that give each to it and to no other target."""
    given: dict[str, dict[float, set[str]]] = {t: defaultdict(set) for t in targets}
    holders: dict[tuple[str, float], set[str]] = defaultdict(set)  # (article, figure) -> targets
    for t in targets:
        for c in buckets[t]:
            figure = _figure(c)
            if figure is not None:
                given[t][figure].add(c.document)
                holders[c.document, figure].add(t)
    for t in targets:
        for figure, docs in given[t].items():
            given[t][figure] = {d for d in docs if len(holders[d, figure]) == 1}
    return given


def _one_figure(claims: list[Claim], c: Claim) -> bool:
    """The count's own article gives the target no other figure on its day: one that does tells
    the two apart (a part and its whole)."""
    own = {_figure(o) for o in claims if o.document == c.document and o.time.start == c.time.start}
    return own <= {_figure(c)}
