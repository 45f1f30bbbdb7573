"""Minutes after midnight of a clock time the ``clock`` pattern of rules/grammar/date_claims.yaml
matched ("1:27 a.m.", "1700 GMT", "four in the morning"), and of ``clock_named`` ("at noon",
"just before midnight")."""

from __future__ import annotations

import regex as re

from ..grammar import section
from ..lexicon import Lexicon
from .numbers import value_of

G = section("clock_minutes")

_PART_AFTER = G.re("part_after")


def clock_minutes(m: re.Match[str], lex: Lexicon) -> int | None:
    """Minutes after midnight of a clock time ("1:27 a.m." -> 87, "11.11 p.m." -> 1391, "1700 GMT")."""
    g = m.groupdict()
    if g.get("named"):  # "at noon"; "(just) before midnight" or "before noon": the hour before it
        base = 0 if g["named"].lower() == "midnight" else 12 * 60
        return (base - 60) % (24 * 60) if (g.get("side") or "").lower() == "before" else base
    if g.get("wh"):
        return _told_hour(g["wh"].lower(), g["part"].lower(), lex)
    if g.get("hhmm"):
        h, mins = int(g["hhmm"][:2]), int(g["hhmm"][2:])
    else:
        h, mins = int(g["h"]), int(g.get("m") or 0)
    half = (g.get("half") or "").lower().replace(".", "")
    if half == "pm" and 12 < h < 24:
        half = ""  # "15:45 pm": a 24-hour time, its "pm" said again
    if half and not 1 <= h <= 12:
        return None
    if half == "pm" and h != 12 or not half and h < 12 and _PART_AFTER.match(m.string, m.end()):
        h += 12  # "11:30 p.m.", "11:30 in the evening"
    elif half == "am" and h == 12:
        h = 0
    if not (0 <= h < 24 and 0 <= mins < 60):
        return None
    return h * 60 + mins


def _told_hour(hour: str, part: str, lex: Lexicon) -> int | None:
    """Minutes after midnight of an hour told with its part of the day ("four in the morning" -> 240,
    "ten at night" -> 1320, "two in the night" -> 120)."""
    h = int(value_of(hour, lex) or 0)  # "four" or "4": the lexicon's number words
    if not 1 <= h <= 12:
        return None
    evening = part in ("afternoon", "evening") or part == "night" and h >= 6
    return (h % 12 + (12 if evening else 0)) * 60
