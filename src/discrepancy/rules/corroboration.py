"""Outlets that give one precise figure corroborate each other, however their sentences were read.

"$321,650,000", "8,794,726 votes" or "83.45%" told by two outlets of one story are one fact
told twice: a figure of three or more significant digits is not given twice by chance. Where the
subjects read for them differ ("the award" in one, "damages" in another, none in a third), no
subject's group holds them together, so the report would not show that the outlets agree; "at
least 1,301" or "about $2.70" holds the figure as "1,301" does. Such claims are listed as one
more agreement, on the figure itself ("the same figure: $321,650,000"). Nothing is compared or
flagged here: the group only says who gives the figure.
"""

from __future__ import annotations

from collections import defaultdict

from ..models import Claim, Group
from .wording import source_label, written_value

_PRECISE = 100  # a figure at least this many units of its last stated place: three significant digits
_GENERIC = frozenset({"count"})  # a measure that says nothing of what is counted
# ways of giving a figure that hold the figure itself: "1,301", "at least 1,301", "about 1,301" (an
# official toll told with a hedge); "more than" and "nearly" exclude it
_HOLDING = frozenset({"exact", "at_least", "about"})


def with_same_figures(groups: list[Group], claims: list[Claim], story: str | None) -> list[Group]:
    """``groups`` and, after them, one agreement per precise figure that two outlets of the story
    give and no group already holds for both."""
    told: dict[tuple[str | None, float], list[Claim]] = defaultdict(list)
    for c in claims:
        if _precise(c):
            assert c.quantity is not None
            told[c.quantity.unit, c.quantity.figure].append(c)
    held: dict[str, set[int]] = defaultdict(set)  # claim id -> the groups that hold it
    for k, g in enumerate(groups):
        for c in g.claims:
            held[c.id].add(k)
    more = [_group(same, story) for same in told.values() if _corroborates(same, held)]
    return [*groups, *sorted(more, key=lambda g: g.subject)]


def _precise(c: Claim) -> bool:
    q = c.quantity
    return (
        q is not None
        and c.modality == "asserted"
        and q.qualifier in _HOLDING
        and q.figure2 is None
        and q.ulp > 0
        and abs(q.figure) / q.ulp >= _PRECISE
    )


def _corroborates(same: list[Claim], held: dict[str, set[int]]) -> bool:
    """Two outlets give the figure, to one measure at most (beside a bare count), and no group
    already holds all of its claims."""
    if len({c.document for c in same}) < 2 or len({c.source for c in same}) < 2:
        return False
    measures = {c.quantity.measure for c in same if c.quantity is not None} - _GENERIC
    if len(measures) > 1:
        return False  # "2,053 dead" and "2,053 injured": two facts
    return not set.intersection(*(held.get(c.id, set()) for c in same))


def _group(same: list[Claim], story: str | None) -> Group:
    value = written_value(same[0])
    q = same[0].quantity
    assert q is not None
    return Group(
        subject=f"figure:{q.unit or q.measure}|{q.figure:.15g}",
        subject_label=f"the same figure: {value}",
        status="consistent",
        sources=sorted({source_label(c) for c in same}),
        claims=same,
        story=story,
        value=value,
    )
