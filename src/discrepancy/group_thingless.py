"""Figures of a measure that names no thing, compared only with the same figure.

"A 13 percent increase" and "a 16 percent increase" in one story, or "won 22" and "won just 44",
say nothing of what rose or who won: the lexicon's ``thingless_measures`` (a change, a win). Where
a claim tells nothing else either (no population, owner, occurrence, place or era: its key is the
measure alone, after every step that names a part from the story), its figure is kept in the group
only when another article gives the same figure: two outlets that give "a 13 percent increase"
agree, but a figure no other article gives is more likely another thing's than a dispute.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Set as AbstractSet

from .models import Claim

_BARE = "|-|-|-|-|-"  # a quantity key that tells its measure alone


def thingless_by_figure(buckets: dict[str, list[Claim]], thingless: AbstractSet[str]) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = {}
    for key, claims in buckets.items():
        measure = key.removeprefix("quantity:").removesuffix(_BARE)
        if not key.startswith("quantity:") or not key.endswith(_BARE) or measure not in thingless:
            out[key] = claims
            continue
        docs: dict[float | None, set[str]] = defaultdict(set)
        for c in claims:
            docs[_figure(c)].add(c.document)
        kept = [c for c in claims if _figure(c) is not None and len(docs[_figure(c)]) > 1]
        if kept:
            out[key] = kept
    return out


def _figure(c: Claim) -> float | None:
    return c.quantity.figure if c.quantity is not None else None
