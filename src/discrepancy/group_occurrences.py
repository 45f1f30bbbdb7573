"""One story's kinds of occurrence that are one occurrence: outlets call one event by different
words ("the flood", "the dam collapse"), so kinds no article counts side by side are merged, and their
counts are one subject (``group.group_claims``'s step before any key is unified)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from itertools import combinations

from .models import Claim


def with_occurrence(parts: list[str], occurrence: str) -> str:
    """A quantity key (split at "|") with its occurrence part replaced."""
    return "|".join([*parts[:3], occurrence, *parts[4:]])


_DISTINCT = {"aftershock", "conflict"}


def merge_story_occurrences(
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
            families[with_occurrence(parts, "*")].append(key)
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
        target = with_occurrence(k.split("|"), main)
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
