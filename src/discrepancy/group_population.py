"""A count of "people" that names, by its figure, a group another article names.

Outlets name the group a figure counts in different words: "15 injured" in one article, "15
service members were wounded" in another; "two survivors" beside "two flight attendants survived".
The count that names no group of its own (population ``people``) is the named group's count told
without its name when its figure is that group's and no one else's: it joins that group's subject
(``name_by_figure``), and is compared with the group's other counts, not with the toll of all.
"""

from __future__ import annotations

from collections import defaultdict

from .models import Claim

GENERIC = "people"  # the population of a count that names no group ("15 injured", "two people")

Figures = dict[str, dict[float, set[str]]]  # key -> figure -> the articles that give it
Told = dict[tuple[str, object], set[float | None]]  # (article, day) -> the figures it gives a subject


def name_by_figure(buckets: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """A claim counting ``people`` joins the one subject that differs from its own in the group it
    names alone (its owner, where it has none, may be named too), when other articles give that
    subject its figure and no other article gives the figure for people alone: a figure that outlets
    give for all people ("15 people were hurt" twice) is all people's (but one that gives it both
    for people and for the group, "two people survived ... two crew members were rescued", names
    the group twice), and one that two named groups
    share (two teachers, two adults) names neither. An article that gives the group another figure
    keeps its count apart: it tells the two apart. And the group's figure is only its name where its
    article gives all people no other figure that day: "150 passengers" beside "157 on board" is a
    part, and "all 150 people on board" elsewhere disputes the whole."""
    given = _figures(buckets)
    named = _named_groups(buckets)
    moves: list[tuple[str, Claim, str]] = []
    for key, claims in buckets.items():
        parts = key.split("|")
        if not _quantity(key) or parts[1] != GENERIC:
            continue
        targets = [t for t in named.get(_rest(parts), []) if parts[2] in ("-", t.split("|")[2])]
        if not targets:
            continue
        people = _told(claims)
        told = {t: _told(buckets[t]) for t in targets}
        for c in claims:
            figure = _figure(c)
            if figure is None:
                continue
            others = given[key].get(figure, set()) - {c.document}
            # a figure others give for all people is theirs, unless they give it the group too
            found = [
                t for t in targets if not others - _giving(told[t], figure) and _witnessed(c, figure, told[t], people)
            ]
            # its own article gives the group no other figure on its day
            if len(found) == 1 and told[found[0]].get((c.document, c.time.start), set()) <= {figure}:
                moves.append((key, c, found[0]))
    return move_claims(buckets, moves)


def whole_by_figure(buckets: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """A named group's count that is the count of all: where an article gives one figure for the
    group and for all people on one day ("a fire that killed 50 foreign workers ... the toll rose
    to 50"), and no article gives the group a lower figure than all people on one day ("40 Indians"
    beside "49 people" makes the Indians a part: :func:`_a_part`), the group is everyone the subject counts
    in that story, and its counts join those of all people: "49 workers" is the toll "49 people"."""
    moves: list[tuple[str, Claim, str]] = []
    for rest, keys in _named_groups(buckets).items():
        for key in keys:
            whole = "|".join((rest[0], GENERIC, key.split("|")[2], *rest[1:]))
            if whole not in buckets or key.split("|")[1].endswith(" " + GENERIC):
                continue  # "Indian people", "foreign people": a kind of people, which stories break tolls down by
            group, people = _told(buckets[key]), _told(buckets[whole])
            shared = [day for day in group if day in people]
            if any(group[day] & people[day] - {None} for day in shared) and not any(
                _a_part(group[day], people[day]) for day in shared
            ):
                moves.extend((key, c, whole) for c in buckets[key])
    return move_claims(buckets, moves)


def _a_part(group: set[float | None], people: set[float | None]) -> bool:
    """An article gives the group, on a day, a figure below one it gives all people and not theirs
    too: the group is a part of them ("40 Indians" of "49 people"). A higher one is a later update
    of the whole ("49 people" ... "the fire killed 50 foreign workers")."""
    everyone = [f for f in people if f is not None]
    return any(f is not None and f not in people and everyone and f < max(everyone) for f in group)


def move_claims(buckets: dict[str, list[Claim]], moves: list[tuple[str, Claim, str]]) -> dict[str, list[Claim]]:
    """Each (key, claim, target) moves the claim from its key's group to the target's; a group
    left empty goes. The claims leaving one group are taken out in one pass over it (one pass per
    claim would grow with the square of a large subject)."""
    leaving: dict[str, set[int]] = defaultdict(set)
    for key, c, target in moves:
        buckets[target].append(c)
        leaving[key].add(id(c))
    for key, ids in leaving.items():
        kept = [o for o in buckets[key] if id(o) not in ids]
        if kept:
            buckets[key] = kept
        else:
            del buckets[key]
    return buckets


def _quantity(key: str) -> bool:
    return key.startswith("quantity:") and key.count("|") == 5


def _rest(parts: list[str]) -> tuple[str, ...]:
    """What a key says besides whom it counts and whose they are."""
    return (parts[0], *parts[3:])


def _named_groups(buckets: dict[str, list[Claim]]) -> dict[tuple[str, ...], list[str]]:
    named: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key in buckets:
        parts = key.split("|")
        if _quantity(key) and parts[1] not in ("-", GENERIC):
            named[_rest(parts)].append(key)
    return named


def _figures(buckets: dict[str, list[Claim]]) -> Figures:
    given: Figures = defaultdict(lambda: defaultdict(set))
    for key, claims in buckets.items():
        for c in claims:
            figure = _figure(c)
            if figure is not None:
                given[key][figure].add(c.document)
    return given


def _figure(c: Claim) -> float | None:
    """The figure a claim gives, if it is one: "hundreds" is a range of figures, not one."""
    q = c.quantity
    return q.figure if q is not None and q.qualifier not in ("vague", "range") else None


def _told(claims: list[Claim]) -> Told:
    """The figures each article gives a subject on each day: read once, so that no claim looks
    through all the others (a subject may hold thousands)."""
    told: Told = defaultdict(set)
    for c in claims:
        told[(c.document, c.time.start)].add(_figure(c))
    return told


def _giving(group: Told, figure: float) -> set[str]:
    """The articles that give the group the figure: their "two people" beside "two crew members"
    names the group twice, not all people."""
    return {article for (article, _), figures in group.items() if figure in figures}


def _witnessed(c: Claim, figure: float, group: Told, people: Told) -> bool:
    """Whether another article gives the group the figure, and all people no other figure that day."""
    return any(
        article != c.document and figure in figures and people.get((article, day), set()) <= {figure}
        for (article, day), figures in group.items()
    )
