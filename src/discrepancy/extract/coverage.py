"""Spans other claims took, asked "does [start, end) overlap any?" (src/discrepancy/extract/date_claims.py)."""

from __future__ import annotations

import bisect


class Coverage:
    """Spans other claims took, asked "does [start, end) overlap any?" in O(log n) per question (a
    scan of every span for every date would grow with the square of a long document)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.max_end: list[int] = []  # the furthest end among the spans up to each one
        for _, b in spans:
            self.max_end.append(max(b, self.max_end[-1]) if self.max_end else b)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # spans[:i] start before ``end``
        return i > 0 and self.max_end[i - 1] > start
