"""Compass directions: two distances from one anchor that point opposite ways ("75 km southeast of
Marrakech" against "71 km southwest of Marrakesh") cannot both be true, however well their lengths
agree. A direction is its letters (N, S, E, W); directions conflict when one has a letter the other
has the opposite of: south and southwest agree, southeast and southwest do not."""

from __future__ import annotations

from typing import Any

from ...lexicon import Lexicon
from ...models import Claim
from .common import Outcome, days_apart

PARAMS: dict[str, type | tuple[type, ...]] = {"window_days": int}

_OPPOSITE = {"N": "S", "S": "N", "E": "W", "W": "E"}
_WORDS = {"N": "north", "S": "south", "E": "east", "W": "west"}


def _named(direction: str) -> str:
    return "".join(_WORDS[c] for c in direction)


def compare(a: Claim, b: Claim, p: dict[str, Any], lex: Lexicon) -> Outcome | None:
    del lex
    qa, qb = a.quantity, b.quantity
    if qa is None or qb is None or not qa.direction or not qb.direction:
        return None
    days = days_apart(a, b)
    if days is None or days > int(p["window_days"]):
        return None
    clash = sorted(c for c in qa.direction if _OPPOSITE[c] in qb.direction)
    if not clash:
        return None  # directions that agree leave the pair to the rule that compares the lengths
    working = (
        f"{a.span.quote!r}: {_named(qa.direction)}; {b.span.quote!r}: {_named(qb.direction)}; "
        f"opposite {_named(clash[0])}/{_named(_OPPOSITE[clash[0]])}; {days} day(s) apart"
    )
    return Outcome(True, working, None, "opposite directions from the same place")
