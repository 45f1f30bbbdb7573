"""Where the sentence part around a figure begins and ends ("20 in Nepal and 50 in India").

A figure's place, country and scope are each read within its part of the sentence, and each asked
for the part's bounds with the same arguments: the last answer is kept, so a figure's part is
scanned for once.
"""

from __future__ import annotations

from typing import Any

from ..grammar import section

G = section("part_bounds")

PART_SPLIT = G.re("part_split")

_LAST_START: tuple[str, int, int, int] = ("", -1, -1, -1)  # the last part start asked for: (text, ss, start, it)
_LAST_SPLIT: tuple[str, int, int, Any] = ("", -1, -1, None)  # the last split asked for after a figure


def part_start(text: str, ss: int, start: int) -> int:
    """Where the sentence part holding ``start`` begins: after the last split before it, else at
    ``ss``. Kept for the last figure asked about: its place, country and scope all ask for it."""
    global _LAST_START
    last = _LAST_START  # read once: a thread may set it between two reads
    if last[0] is text and last[1] == ss and last[2] == start:
        return last[3]
    lo = max([p.end() for p in PART_SPLIT.finditer(text, ss, start)], default=ss)
    _LAST_START = (text, ss, start, lo)
    return lo


def next_split(text: str, end: int, se: int) -> Any:
    """``PART_SPLIT.search(text, end, se)``: the split that ends a figure's part, kept for the
    last figure asked about, as ``part_start``."""
    global _LAST_SPLIT
    last = _LAST_SPLIT
    if last[0] is text and last[1] == end and last[2] == se:
        return last[3]
    found = PART_SPLIT.search(text, end, se)
    _LAST_SPLIT = (text, end, se, found)
    return found
