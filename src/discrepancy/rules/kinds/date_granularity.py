"""Dates of one occurrence ("the quake struck on Monday" vs "on Tuesday") must agree at the
granularity both give."""

from __future__ import annotations

from typing import Any

from ...lexicon import Lexicon
from ...models import Claim
from .common import Outcome, same_at_shared_granularity

PARAMS: dict[str, type | tuple[type, ...]] = {}


def compare(a: Claim, b: Claim, p: dict[str, Any], lex: Lexicon) -> Outcome | None:
    del p, lex
    same = same_at_shared_granularity(a.time, b.time)
    if same is None:
        return None
    working = f"{a.time.label()} vs {b.time.label()} (compared by {same[1]})"
    if same[0]:
        return Outcome(False, working)
    return Outcome(True, working, None, "different dates for the same occurrence")
