"""Dates of one occurrence ("the quake struck on Monday" vs "on Tuesday") must agree at the
granularity both give."""

from __future__ import annotations

from typing import Any

from ...lexicon import Lexicon
from ...models import Claim
from .common import Outcome, same_at_shared_granularity

PARAMS: dict[str, type | tuple[type, ...]] = {"clock_minutes": int}


def compare(a: Claim, b: Claim, p: dict[str, Any], lex: Lexicon) -> Outcome | None:
    del lex
    same = same_at_shared_granularity(a.time, b.time)
    if same is None:
        return None
    working = f"{a.time.label()} vs {b.time.label()} (compared by {same[1]})"
    if same[0] and a.time.clock is not None and b.time.clock is not None:
        # two clock times of one day: "at 1:27 a.m." and "at 1:29 a.m." are two minutes apart
        gap = abs(a.time.clock - b.time.clock)
        working += f"; {gap} minute(s) apart (tolerance {p['clock_minutes']})"
        if gap > p["clock_minutes"]:
            return Outcome(True, working, None, "different times of day for the same event")
    if same[0]:
        return Outcome(False, working)
    return Outcome(True, working, None, "different dates for the same occurrence")
