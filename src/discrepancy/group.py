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
from .group_population import name_by_figure, whole_by_figure
from .group_unstated import by_unstated_figure, measure_variants
from .models import Claim, TimeRef


def group_claims(
    claims: list[Claim], hazards: frozenset[str] = frozenset(), brought: Mapping[str, str] | None = None
) -> dict[str, list[Claim]]:
    """Claims by subject. ``hazards``: the natural hazards, two of which in one story are two
    occurrences, unless one brings the other (``brought``: a storm's floods)."""
    buckets: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.modality == "asserted" and c.subject:
            buckets[c.subject].append(c)
    merged = _where_counted(
        _fill_scope(_merge_story_occurrences(_join_unnamed(_one_name_per_kind(buckets)), hazards, brought or {}))
    )
    return group_dates(
        _speaker_of_article(
            _owner_of_story(whole_by_figure(name_by_figure(_by_figure(by_unstated_figure(_unify(merged))))))
        )
    )


def _with_occurrence(parts: list[str], occurrence: str) -> str:
    """A quantity key (split at "|") with its occurrence part replaced."""
    return "|".join([*parts[:3], occurrence, *parts[4:]])


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
        named[_with_occurrence(parts, kind)].append(key)
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
    whole stays apart."""
    for key in [k for k in buckets if k.startswith("quantity:") and k.count("|") == 5]:
        parts = key.split("|")
        whole = "|".join([*parts[:4], "-", parts[5]])
        if not parts[4].startswith("in ") or whole not in buckets:
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
            generic = _with_occurrence(parts, parts[3].split(":", 1)[0])
            named[generic].append(key)
    for generic, keys in named.items():
        if len(keys) == 1 and generic in buckets:
            buckets[keys[0]].extend(buckets.pop(generic))
    kinds: dict[str, list[str]] = defaultdict(list)
    for key in buckets:
        parts = key.split("|")
        if key.startswith("quantity:") and parts[3] != "-":
            kinds[_with_occurrence(parts, "-")].append(key)
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
    the figure names whose, and which, it is. A figure two owners share, or none, stays apart."""
    figures: dict[str, dict[float, set[str]]] = defaultdict(lambda: defaultdict(set))  # key -> figure -> docs
    for key, claims in buckets.items():
        for c in claims:
            if c.quantity is not None and c.quantity.figure is not None:
                figures[key][c.quantity.figure].add(c.document)
    moves: list[tuple[str, Claim, str]] = []
    for key, claims in buckets.items():
        targets = [t for t in _filled(key, buckets) if _one_thing(buckets[t])]
        if not targets:
            continue
        for c in claims:
            figure = c.quantity.figure if c.quantity is not None else None
            found = [t for t in targets if figure is not None and figures[t].get(figure, set()) - {c.document}]
            if len(found) == 1:
                moves.append((key, c, found[0]))
    for key, c, target in moves:
        buckets[target].append(_of_now(c) if key.split("|")[5] != "-" else c)
        buckets[key] = [o for o in buckets[key] if o is not c]
        if not buckets[key]:
            del buckets[key]
    return buckets


def _one_thing(claims: list[Claim]) -> bool:
    """Whether no article gives the key two figures on one day: one that does counts two things
    under it (a part and its whole), so a figure found there names neither."""
    seen: dict[tuple[str, object], set[float | None]] = defaultdict(set)
    for c in claims:
        seen[c.document, c.time.start].add(c.quantity.figure if c.quantity is not None else None)
    return all(len(v) == 1 for v in seen.values())


def _of_now(c: Claim) -> Claim:
    """A lasting sum told of its year holds on the day it is told: compared with the others then."""
    if c.published is None:
        return c
    day = TimeRef(start=c.published, end=c.published, granularity="day", expression="publication date")
    return c.model_copy(update={"time": day})


def _filled(key: str, buckets: dict[str, list[Claim]]) -> list[str]:
    """The keys that state what ``key`` leaves unstated: an owner, when the story names several
    (one owner is ``_unify``'s), or no era where ``key`` has one (an era'd figure that lasts)."""
    parts = key.split("|")
    if not key.startswith("quantity:") or len(parts) != 6:
        return []
    if parts[5] != "-":
        undated = "|".join([*parts[:5], "-"])
        return [undated] if undated in buckets and _lasting(parts) else []
    if parts[2] != "-":
        return []
    owned = [k for k in buckets if k.count("|") == 5 and k.split("|")[2] != "-" and _but_owner(k, parts)]
    return owned if len(owned) > 1 else []


def _but_owner(key: str, parts: list[str]) -> bool:
    other = key.split("|")
    return other[:2] == parts[:2] and other[3:] == parts[3:]


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
_DISTINCT = {"aftershock", "conflict"}


def _merge_story_occurrences(
    buckets: dict[str, list[Claim]], hazards: frozenset[str], brought: Mapping[str, str]
) -> dict[str, list[Claim]]:
    """Outlets call one event by different words: a dam breach is "the flood" in one article and "the
    collapse" or "the attack" in another; a crackdown's dead are "killed since the coup" in one and
    "killed in the protests" in another. Kinds of occurrence that no article counts a measure for
    side by side are one story and their counts one subject. An article that counts the same measure
    for two kinds on one day (the quake's dead and the tsunami's) keeps those two apart, unless it
    gives one figure for both: "the blasts killed 36" beside "the attack's toll of 36" names one
    occurrence twice (a crash's fire, a bombing's blasts); figures for two days are a toll revised
    ("101 dead in the attack" on Wednesday, "the blast's toll revised to 84" on Saturday). Kinds are
    joined greedily, the most counted first, each to the first set it is compatible with every member
    of, so one article's second occurrence (an earlier attack's 11 dead beside the crackdown's 700)
    stays apart without keeping the others apart too. A count for a part ("in Karsk") or a period
    follows its whole: the kinds its whole joins are one for it too. A hazard and one it brings (a
    storm, named or not, and its floods) are one disaster; two names of one kind stay two."""
    families: dict[str, list[str]] = defaultdict(list)
    for key in buckets:
        parts = key.split("|")
        if key.startswith("quantity:") and len(parts) > 3 and parts[3] != "-" and _mergeable(parts[3], hazards):
            families[_with_occurrence(parts, "*")].append(key)
    joined: dict[str, dict[str, str]] = {}  # measure|population|owner -> kind -> the kind it joins
    # what each article counts per day, for the families of no part or period: read once, as no
    # family's buckets change before its own turn below
    per_day = {f: _counted_per_day(buckets, keys) for f, keys in families.items() if f.split("|")[4:] == ["-", "-"]}
    tied = _tied_kinds(families, per_day)
    for family, keys in sorted(families.items(), key=lambda kv: kv[0].split("|")[4:] != ["-", "-"]):
        kinds = {k.split("|")[3] for k in keys}
        if len(kinds) < 2 or kinds & _DISTINCT or _hazards_apart(kinds, hazards, brought):
            continue  # a flood and a quake in one folder are two stories
        whole = "|".join(family.split("|")[:3])
        if family.split("|")[4:] != ["-", "-"]:
            _follow_whole(buckets, keys, joined.get(whole, {}))
            continue
        population = "|".join(family.split("|")[1:3])
        for together in _compatible_sets(
            sorted(keys, key=lambda k: (-len(buckets[k]), k)), per_day[family], tied.get(population, set())
        ):
            main = together[0]
            for k in together:
                joined.setdefault(whole, {})[k.split("|")[3]] = main.split("|")[3]
            for k in together[1:]:
                buckets[main].extend(buckets.pop(k))
    for family, keys in families.items():
        kinds = {k.split("|")[3] for k in keys}
        if len(kinds) == 1 and family.split("|")[4:] != ["-", "-"]:
            _follow_whole(buckets, keys, joined.get("|".join(family.split("|")[:3]), {}))
    return buckets


def _mergeable(kind: str, hazards: frozenset[str]) -> bool:
    """An unnamed kind, or a named hazard ("storm:Storm Daniel", whose floods are its own)."""
    return ":" not in kind or kind.split(":", 1)[0] in hazards


def _hazards_apart(kinds: set[str], hazards: frozenset[str], brought: Mapping[str, str]) -> bool:
    """Two hazards that neither brings (a flood and a quake), or two names of one kind."""
    base = {k.split(":", 1)[0] for k in kinds}
    named = [k for k in kinds if ":" in k]
    families = {brought.get(k, k) for k in base & hazards}
    return len(families) > 1 or len(named) > len({k.split(":", 1)[0] for k in named})


def _counted_per_day(buckets: dict[str, list[Claim]], keys: list[str]) -> list[dict[str, set[float]]]:
    """For each article and day, the figures it gives each kind (by "day|kind")."""
    per_doc: dict[str, dict[str, set[float]]] = defaultdict(lambda: defaultdict(set))
    for k in keys:
        kind = k.split("|")[3]
        for c in buckets[k]:
            figure = c.quantity.figure if c.quantity is not None else -1.0
            per_doc[c.document][f"{c.time.start}|{kind}"].add(figure)
    return list(per_doc.values())


def _tied_kinds(
    families: dict[str, list[str]], per_day: dict[str, list[dict[str, set[float]]]]
) -> dict[str, set[tuple[str, str]]]:
    """Pairs of kinds some article gives one figure for, on one day, for some measure of a population
    ("the attack killed 86" beside "at least 86 died in the blasts"), by population|owner: the
    article names one occurrence twice, so other counts of that population it gives both kinds on
    that day ("126 hurt in the attack", "20 hurt in the blast") are a part and its whole, or a
    revision, of that one occurrence, not two occurrences. A tie among troops says nothing of
    civilians' counts, where a misread population would be taken for a part. ``per_day``: each
    family's :func:`_counted_per_day`, for the families of no part or period."""
    tied: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for family in families:
        parts = family.split("|")
        if parts[4:] != ["-", "-"]:
            continue
        for doc in per_day[family]:
            for (a, figures_a), (b, figures_b) in combinations(doc.items(), 2):
                day_a, kind_a = a.rsplit("|", 1)
                day_b, kind_b = b.rsplit("|", 1)
                if day_a == day_b and figures_a & figures_b - {-1.0}:
                    tied[f"{parts[1]}|{parts[2]}"].update({(kind_a, kind_b), (kind_b, kind_a)})
    return tied


def _follow_whole(buckets: dict[str, list[Claim]], keys: list[str], joined: dict[str, str]) -> None:
    """A part's keys take the kind their whole's kind joined, where that is one kind for them all."""
    kinds = {k.split("|")[3] for k in keys if k in buckets}
    mains = {joined[kind] for kind in kinds if kind in joined}
    if len(mains) != 1 or len(kinds) > len({kind for kind in kinds if kind in joined}):
        return
    main = next(iter(mains))
    for k in keys:
        target = _with_occurrence(k.split("|"), main)
        if k != target and k in buckets:
            buckets.setdefault(target, []).extend(buckets.pop(k))


def _compatible_sets(
    keys: list[str], per_doc: list[dict[str, set[float]]], tied: set[tuple[str, str]]
) -> list[list[str]]:
    """``keys`` (the most counted first) in sets whose kinds no article counts on one day with two
    different figures (:func:`_one_figure`), unless an article ties them (:func:`_tied_kinds`)."""
    sets: list[list[str]] = []
    for key in keys:
        kind = key.split("|")[3]
        home = next(
            (
                s
                for s in sets
                if all((kind, o.split("|")[3]) in tied or _compatible(kind, o.split("|")[3], per_doc) for o in s)
            ),
            None,
        )
        if home is None:
            sets.append([key])
        else:
            home.append(key)
    return sets


def _compatible(a: str, b: str, per_doc: list[dict[str, set[float]]]) -> bool:
    """No article counts kinds ``a`` and ``b`` on one day with figures that share none."""
    for doc in per_doc:
        for day_kind, figures in doc.items():
            day, kind = day_kind.rsplit("|", 1)
            if kind == a and f"{day}|{b}" in doc and not _one_figure([figures, doc[f"{day}|{b}"]]):
                return False
    return True


def _one_figure(figures: list[set[float]]) -> bool:
    """Whether every kind an article counts a measure for shares a figure with the others."""
    return bool(set.intersection(*figures))


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
