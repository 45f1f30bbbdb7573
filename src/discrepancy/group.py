"""Grouping claims by subject: one hashed key per subject, no all-pairs step across subjects.

A quantity's subject key is ``measure | population | owner | occurrence | anchor | era``:
Russia's troops never meet NATO's troops (owner), troops killed never meet people killed
(population), a quake's toll never meets its aftershock's (occurrence), and a figure for a
historic occurrence ("the 1999 quake killed 17,000") gets its year. An event's key is its type
and its key role (the patient of an overthrow, the agent of a demand); a date claim's key is the
occurrence and its place. Only asserted claims are grouped: forecasts, plans and denials are
kept out of comparisons (they are still listed by ``discrepancy extract``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from itertools import combinations

from .group_dates import group_dates
from .group_occurrences import merge_story_occurrences, with_occurrence
from .group_owners import one_owner_per_name
from .group_population import name_by_figure, whole_by_figure
from .group_thingless import thingless_by_figure
from .group_unstated import by_unstated_figure, measure_variants
from .models import Claim, TimeRef


def group_claims(
    claims: list[Claim],
    hazards: frozenset[str] = frozenset(),
    brought: Mapping[str, str] | None = None,
    thingless: frozenset[str] = frozenset(),
) -> dict[str, list[Claim]]:
    """Claims by subject. ``hazards``: the natural hazards, two of which in one story are two
    occurrences, unless one brings the other (``brought``: a storm's floods); ``thingless``: the
    measures that name no thing (``group_thingless``)."""
    buckets: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.modality == "asserted" and c.subject:
            buckets[c.subject].append(c)
    merged = _where_counted(
        _fill_scope(
            merge_story_occurrences(
                _join_unnamed(_one_name_per_kind(_longer_names(one_owner_per_name(buckets)))), hazards, brought or {}
            )
        )
    )
    return thingless_by_figure(
        group_dates(
            _speaker_of_article(
                _owner_of_story(whole_by_figure(name_by_figure(_by_figure(by_unstated_figure(_unify(merged))))))
            )
        ),
        thingless,
    )


def _longer_names(buckets: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """A name of an occurrence that ends with another name of its kind, of two words or more, is
    that occurrence with a title before it ("Super Typhoon Yagi" is "Typhoon Yagi", "Tropical Storm
    Ana" is "Storm Ana"), even in an article that gives both: its claims join the shorter name's."""
    names: dict[str, set[str]] = defaultdict(set)  # kind -> names
    for key in buckets:
        parts = key.split("|")
        if key.startswith("quantity:") and len(parts) == 6 and ":" in parts[3]:
            kind, name = parts[3].split(":", 1)
            names[kind].add(name)
    for kind, found in names.items():
        for name in found:
            shorter = [n for n in found if len(n.split()) >= 2 and n != name and name.endswith(" " + n)]
            if not shorter:
                continue
            core = f"{kind}:{max(shorter, key=len)}"
            for key in [k for k in buckets if k.split("|")[3:4] == [f"{kind}:{name}"]]:
                buckets.setdefault(with_occurrence(key.split("|"), core), []).extend(buckets.pop(key))
    return buckets


def _one_name_per_kind(buckets: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """Within one story, outlets name one occurrence in different ways ("the Morocco earthquake",
    "the Al Haouz quake"): when no article names two occurrences of a kind, its names are one
    occurrence and their claims meet the unnamed ones ("the quake"). An article that names two
    (this quake and the 1960 one) keeps every name apart."""
    by_doc: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # kind -> doc -> names
    named: dict[str, list[str]] = defaultdict(list)  # generic key -> named keys
    for key, claims in buckets.items():
        parts = key.split("|")
        if not key.startswith("quantity:") or len(parts) < 4 or ":" not in parts[3]:
            continue
        kind = parts[3].split(":", 1)[0]
        named[with_occurrence(parts, kind)].append(key)
        for c in claims:
            by_doc[kind][c.document].add(parts[3])
    for generic, keys in named.items():
        kind = generic.split("|")[3]
        if len({n for doc in by_doc[kind].values() for n in doc}) < 2 or any(len(v) > 1 for v in by_doc[kind].values()):
            continue  # one name in the story (joined below), or an article that names two
        for k in keys:
            buckets.setdefault(generic, []).extend(buckets.pop(k))
    return buckets


def _fill_scope(buckets: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """A place is a part of the whole in an article that gives both ("211 dead, 207 of them in
    Valencia"), but the scope of the story in one that gives only it ("killed at least 211 people in
    Valencia"). When a story counts a measure in one place only, and no article gives that place
    another figure beside the whole's on one day, the figures for the place meet the figures that
    leave the place unstated: "killed 84 people in Karsk" beside "the toll of 84" names the story's
    place, not a part."""
    family: dict[str, list[str]] = defaultdict(list)
    for key in buckets:
        parts = key.split("|")
        if key.startswith("quantity:") and len(parts) == 6:
            family["|".join([*parts[:4], "-", parts[5]])].append(key)
    for whole, keys in family.items():
        places = [k for k in keys if k.split("|")[4].startswith("in ")]  # not a period's ("during 2020")
        if whole not in buckets or len(places) != 1:
            continue  # no whole, or several places (parts)
        told: dict[tuple[str, object], set[object]] = defaultdict(set)  # (article, day) -> figures of the whole
        for c in buckets[whole]:
            told[c.document, c.time.start].add(_figures(c))
        if any(
            (c.document, c.time.start) in told and _figures(c) not in told[c.document, c.time.start]
            for c in buckets[places[0]]
        ):
            continue  # an article gives the place another figure beside the whole's: a part
        buckets[whole].extend(buckets.pop(places[0]))
    return buckets


def _where_counted(buckets: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """A figure given for a place ("128,000 in the park") that another article gives for the same
    day without the place ("police said 128,000") is one count, and the place where it was taken
    (the venue of a rally), not a part of the whole: the claim meets the figures for the whole, and
    with them the other estimates of that day. A part whose figure no other article gives for the
    whole stays apart, and so does any place of a story that counts the measure in several (a
    tornado's dead in two states and a town): the place is stated, and a bare figure equal to it
    does not say which of them it counts."""
    places = _stating(buckets, _PLACE)  # whole -> the places the story counts it in
    for key in [k for k in buckets if k.startswith("quantity:") and k.count("|") == 5]:
        parts = key.split("|")
        whole = "|".join([*parts[:4], "-", parts[5]])
        if not parts[4].startswith("in ") or whole not in buckets or len(places.get(whole, ())) > 1:
            continue
        given: dict[tuple[object, ...], set[str]] = defaultdict(set)  # (figures, day) -> articles
        for w in buckets[whole]:
            given[_figures(w), w.time.start].add(w.document)
        moved = [c for c in buckets[key] if given.get((_figures(c), c.time.start), set()) - {c.document}]
        if moved:
            buckets[whole].extend(moved)
            gone = {id(c) for c in moved}
            buckets[key] = [c for c in buckets[key] if id(c) not in gone]
            if not buckets[key]:
                del buckets[key]
    return buckets


def _figures(c: Claim) -> tuple[float, float | None] | None:
    return (c.quantity.figure, c.quantity.figure2) if c.quantity is not None else None


def _join_unnamed(buckets: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """'the wildfire' joins 'the King Fire' when that is the only named wildfire in the corpus, and
    a count that names no occurrence ("79 people died") joins the only occurrence its measure is
    counted for in the corpus ("the shipwreck killed 78")."""
    named: dict[str, list[str]] = defaultdict(list)
    for key in buckets:
        parts = key.split("|")
        if key.startswith("quantity:") and ":" in parts[3]:
            generic = with_occurrence(parts, parts[3].split(":", 1)[0])
            named[generic].append(key)
    for generic, keys in named.items():
        if len(keys) == 1 and generic in buckets:
            buckets[keys[0]].extend(buckets.pop(generic))
    kinds: dict[str, list[str]] = defaultdict(list)
    for key in buckets:
        parts = key.split("|")
        if key.startswith("quantity:") and parts[3] != "-":
            kinds[with_occurrence(parts, "-")].append(key)
    for bare, keys in kinds.items():
        if len(keys) == 1 and bare in buckets:
            buckets[keys[0]].extend(buckets.pop(bare))
    return buckets


# The parts of a quantity key a claim may leave unstated: the measure when the figure names only a
# thing ("120,000 Armenians" is a count, "home to 120,000 Armenians" a population), the population,
# the owner and the occurrence; and a ballot's ordinal ("voted 59% for the deal" beside "for the
# fourth offer": ``measure_variants``). An anchor is a scope or a part (``_fill_scope``) and an era
# is never unstated: a figure without one is of now.
_UNSTATED = {0: "count", 1: "-", 2: "-", 3: "-"}


def _unify(buckets: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """A key that leaves parts unstated joins the one key of its story that states them, when every
    key that fits it fits that one too (the story gives each part a single value) and no article
    gives both different figures (an article that counts 45 "people" beside 120 "Armenians" means
    two things; "about 100 children in the hold" beside "100 children on board" one). Keys are
    indexed by each of their generalisations, so no pair of keys is ever weighed."""
    parts_of = {k: k.split("|") for k in buckets if k.startswith("quantity:") and k.count("|") == 5}
    fitting: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key, parts in parts_of.items():
        for variant in measure_variants(parts):
            stated = [i for i, v in _UNSTATED.items() if _part(variant, i) != v]
            for n in range(0 if variant is not parts else 1, len(stated) + 1):
                for drop in combinations(stated, n):
                    fitting[_general(variant, drop)].append(key)
    moves = {}
    for key, parts in parts_of.items():
        candidates = fitting.get(tuple(_plain(parts)))
        if not candidates:
            continue
        best = max(candidates, key=lambda k: (_stated(parts_of[k]), k))
        if not all(_fits(parts_of[k], parts_of[best]) for k in candidates):
            continue  # the story gives an unstated part several values: the claim stays apart
        documents = {c.document for c in buckets[best]}
        if not any(c.document in documents for c in buckets[key]) or _told_alike(buckets[key], buckets[best]):
            moves[key] = best
    for key, best in moves.items():
        buckets[best].extend(buckets.pop(key))
    return buckets


def _by_figure(buckets: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """A claim that leaves its owner unstated where the story names several ("ordered to pay $10
    million in compensatory damages", beside Ruiz's $10 million and Vale's $2 million elsewhere), or
    that dates a lasting figure another article gives undated ("sued in 2019 for $50 million" beside
    "sued for $50 million"), joins the one key of its story whose other articles give its figure:
    the figure names whose, and which, it is. A figure two owners share, or none, stays apart. A
    count that leaves its place unstated where the story counts the measure in several places
    joins the one place the figure is given, unless the figure is the whole's (``_whole_of``)."""
    figures: dict[str, dict[float, set[str]]] = defaultdict(lambda: defaultdict(set))  # key -> figure -> docs
    for key, claims in buckets.items():
        for c in claims:
            if c.quantity is not None and c.quantity.figure is not None:
                figures[key][c.quantity.figure].add(c.document)
    stating = {_OWNER: _stating(buckets, _OWNER), _PLACE: _stating(buckets, _PLACE)}
    moves: list[tuple[str, Claim, str]] = []
    for key, claims in buckets.items():
        targets = [t for t in _filled(key, buckets, stating) if _one_thing(buckets[t])]
        if not targets:
            continue
        placed = key.split("|")[4] != targets[0].split("|")[4]
        for c in claims:
            figure = c.quantity.figure if c.quantity is not None else None
            found = [t for t in targets if figure is not None and figures[t].get(figure, set()) - {c.document}]
            if placed and figure is not None and _whole_of(c, figure, figures[key], claims):
                continue  # the figure is the whole's: the place is the story's scope, not a part
            if len(found) == 1:
                moves.append((key, c, found[0]))
    for key, c, target in moves:
        buckets[target].append(_of_now(c) if key.split("|")[5] != "-" else c)
        buckets[key] = [o for o in buckets[key] if o is not c]
        if not buckets[key]:
            del buckets[key]
    return buckets


def _whole_of(c: Claim, figure: float, given: dict[float, set[str]], whole: list[Claim]) -> bool:
    """Whether a figure left without a place is the whole's: another article gives it without
    one, or its own article gives the whole no higher figure on its day (a part is told below its
    whole: "killing at least 26 ... 13 people were killed"; a running total's nine cases are the
    whole's, whatever place another article gives nine)."""
    if given.get(figure, set()) - {c.document}:
        return True
    return not any(
        o.document == c.document
        and o.time.start == c.time.start
        and o.quantity is not None
        and (o.quantity.figure or 0) > figure
        for o in whole
    )


def _one_thing(claims: list[Claim]) -> bool:
    """Whether no article gives the key two figures on one day: one that does counts two things
    under it (a part and its whole), so a figure found there names neither. A sum given in two
    currencies ("€1.2 billion (close to $1.3 billion)") is one sum converted, not two."""
    seen: dict[tuple[str, object, str | None], set[float | None]] = defaultdict(set)
    for c in claims:
        unit = c.quantity.unit if c.quantity is not None else None
        seen[c.document, c.time.start, unit].add(c.quantity.figure if c.quantity is not None else None)
    return all(len(v) == 1 for v in seen.values())


def _of_now(c: Claim) -> Claim:
    """A lasting sum told of its year holds on the day it is told: compared with the others then."""
    if c.published is None:
        return c
    day = TimeRef(start=c.published, end=c.published, granularity="day", expression="publication date")
    return c.model_copy(update={"time": day})


def _filled(key: str, buckets: dict[str, list[Claim]], stating: dict[int, dict[str, list[str]]]) -> list[str]:
    """The keys that state what ``key`` leaves unstated: an owner, when the story names several
    (one owner is ``_unify``'s), else a place, when the story counts the measure in several (one
    place is ``_fill_scope``'s), or no era where ``key`` has one (an era'd figure that lasts).
    ``stating``: :func:`_stating` of the buckets for the owner and for the place."""
    parts = key.split("|")
    if not key.startswith("quantity:") or len(parts) != 6:
        return []
    if parts[5] != "-":
        undated = "|".join([*parts[:5], "-"])
        return [undated] if undated in buckets and _lasting(parts) else []
    owned = stating[_OWNER].get(key, []) if parts[_OWNER] == "-" else []
    if len(owned) > 1:
        return owned
    placed = stating[_PLACE].get(key, []) if parts[_PLACE] == "-" else []
    return placed if len(placed) > 1 else []


_OWNER, _PLACE = 2, 4  # the parts of a quantity key that say whose and where


def _stating(buckets: dict[str, list[Claim]], i: int) -> dict[str, list[str]]:
    """The keys that state part ``i`` (an owner; a place, "in ..."), by the key they make with it
    left unstated: indexed once, so no key is weighed against every other."""
    out: dict[str, list[str]] = defaultdict(list)
    for key in buckets:
        parts = key.split("|")
        if not key.startswith("quantity:") or len(parts) != 6:
            continue
        if parts[i].startswith("in ") if i == _PLACE else parts[i] != "-":
            out["|".join([*parts[:i], "-", *parts[i + 1 :]])].append(key)
    return out


def _lasting(parts: list[str]) -> bool:
    """A sum of money told once (a suit's claim, a fine, a deal's price) holds whatever year it is
    dated to; a count of the dead or a crowd of one year is that year's."""
    return parts[0].startswith("quantity:money:")


def _told_alike(general: list[Claim], specific: list[Claim]) -> bool:
    """Whether no article gives a count with and without what it leaves unstated different figures:
    "12 military service members" beside "12 U.S. service members" names one group twice."""
    figures: dict[str, set[float | None]] = defaultdict(set)
    for c in specific:
        figures[c.document].add(c.quantity.figure if c.quantity is not None else None)
    return all(
        c.document not in figures or (c.quantity.figure if c.quantity is not None else None) in figures[c.document]
        for c in general
    )


_WEAK_OWNER = 0.4  # the confidence of an owned count whose owner is not said (extract/quantities.py)
_OWNER_OF_STORY = 0.5  # ... and of one whose story names a single owner for it: a warning at most


def _owner_of_story(buckets: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """An owned count whose owner is not said ("the 2,000 troops already in the area") is, in a story
    that names one owner only for the measure (Spain's soldiers), most likely that owner's, whether
    it joined that owner's subject (``_unify``) or an article that gives both keeps it apart: its
    findings are raised from notes to warnings, never errors."""
    owners: dict[str, set[str]] = defaultdict(set)
    for key in buckets:
        parts = key.split("|")
        if key.startswith("quantity:") and len(parts) == 6 and parts[2] != "-":
            owners["|".join([*parts[:2], "-", *parts[3:]])].add(parts[2])
    for unowned, found in owners.items():
        if len(found) != 1:
            continue
        owned = unowned.split("|")
        owned[2] = next(iter(found))
        for key in (unowned, "|".join(owned)):
            if key in buckets:
                buckets[key] = [_owner_inferred(c) for c in buckets[key]]
    return buckets


def _owner_inferred(claim: Claim) -> Claim:
    q = claim.quantity
    if claim.confidence != _WEAK_OWNER or q is None or q.measure == "count" or q.owner is not None:
        return claim
    return claim.model_copy(update={"confidence": _OWNER_OF_STORY})


def _part(parts: list[str], i: int) -> str:
    return parts[0].removeprefix("quantity:") if i == 0 else parts[i]


def _plain(parts: list[str]) -> list[str]:
    return [_part(parts, 0), *parts[1:]]


def _general(parts: list[str], drop: tuple[int, ...]) -> tuple[str, ...]:
    out = _plain(parts)
    for i in drop:
        out[i] = _UNSTATED[i]
    return tuple(out)


def _fits(general: list[str], specific: list[str]) -> bool:
    return any(
        all(_part(general, i) in (_part(v, i), _UNSTATED.get(i)) for i in range(len(general)))
        for v in measure_variants(specific)
    )


def _stated(parts: list[str]) -> int:
    """How many parts a key states (a ballot's ordinal is one)."""
    return sum(_part(parts, i) != v for i, v in _UNSTATED.items()) + len(measure_variants(parts)) - 1


# Kinds that are always another occurrence than the story's main one: an aftershock, and a war,
# whose toll sums many occurrences (the blast's 20 dead are not the offensive's 200).
_SPEECH = "date:say/"


def _speaker_of_article(buckets: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """A dated statement whose doer the clause does not name ("we intend to tell staff from March
    3," he added) is made by whoever the article has speaking on dates, when it names one only
    ("Velmco said on Wednesday"): statements recur, so the doer is all they are keyed by."""
    doers: dict[str, set[str]] = defaultdict(set)  # article -> the speech keys it names a doer in
    for key, claims in buckets.items():
        if key.startswith(_SPEECH) and key != _SPEECH + "-":
            for c in claims:
                doers[c.document].add(key)
    stay = []
    for c in buckets.pop(_SPEECH + "-", []):
        named = doers.get(c.document, set())
        if len(named) == 1:
            key = next(iter(named))
            buckets[key].append(c.model_copy(update={"subject_label": buckets[key][0].subject_label}))
        else:
            stay.append(c)
    if stay:
        buckets[_SPEECH + "-"] = stay
    return buckets
