"""JSON Lines feeds: read a line at a time, and cut into parts that several workers read side by side.

A feed is one file of many articles (a day of a wire, an archive's dump). Reading it line by line
(a line ends at ``\\n`` alone, as JSON Lines says: a raw U+2028 or form feed inside a record's
text is no line end) keeps memory bounded by the longest record, and a record that is not UTF-8 or
not JSON is refused by its line while the rest are read. The same reading of a byte range lets the
local engine give the parts of one large feed to several workers: each part starts at a line's
start and knows that line's number, so its documents, ids and problems are those that reading the
whole file gives, in the same order.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from .models import InputProblem

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
# a feed is cut into about four parts a worker (so that they spread evenly), each of at least
# MIN_PART_BYTES (a part's start-up, a seek and a line count, is then nothing) and at most
# MAX_PART_BYTES (a worker's results come back a part at a time)
MIN_PART_BYTES = 2**18
MAX_PART_BYTES = 8 * 2**20
_COUNT_BLOCK = 2**20  # bytes read at a time to count the lines before a cut


class FeedPart(NamedTuple):
    """The lines of a feed from byte ``start`` (a line's start) to ``end`` (after a line's end, or
    the file's end); ``line`` is the number of the first. ``last``: the feed's last part."""

    path: str
    start: int
    end: int
    line: int
    last: bool


def is_feed(path: str | Path) -> bool:
    return Path(path).suffix.lower() in JSONL_SUFFIXES


def feed_parts(path: str, workers: int) -> list[FeedPart] | None:
    """The parts of a feed for ``workers`` workers, each cut after the first line end past its
    size; None for a feed too small to cut in two, or one that cannot be read (it is then read
    whole, and its problem told as reading it tells it)."""
    try:
        size = os.path.getsize(path)
        part_bytes = max(MIN_PART_BYTES, min(MAX_PART_BYTES, size // (4 * workers)))
        if workers < 2 or size <= 2 * part_bytes:
            return None
        with open(path, "rb") as f:
            cuts = [0]
            while cuts[-1] + part_bytes < size:
                f.seek(cuts[-1] + part_bytes)
                _to_line_end(f)  # the end of the line the seek fell in
                if f.tell() >= size:
                    break
                cuts.append(f.tell())
            # the first part is the first line alone: the local engine reads its first item before
            # it forks the workers (to load the tables once), and a whole part there would be read
            # on one core while the workers wait
            f.seek(0)
            _to_line_end(f)
            if 0 < f.tell() < (cuts[1] if len(cuts) > 1 else size):
                cuts.insert(1, f.tell())
            lines = _lines_before(f, cuts)
    except OSError:
        return None
    ends = [*cuts[1:], size]
    return [FeedPart(path, a, b, n, b == size) for a, b, n in zip(cuts, ends, lines, strict=True)]


def _to_line_end(f) -> None:  # type: ignore[no-untyped-def]
    """Read on past the next line end (or to the file's end), a block at a time: a line may be long."""
    while (rest := f.readline(_COUNT_BLOCK)) and not rest.endswith(b"\n"):
        pass


def _lines_before(f, cuts: list[int]) -> list[int]:  # type: ignore[no-untyped-def]
    """The number of the line each cut starts (the count of line ends before it, plus one)."""
    numbers, seen = [], 0
    f.seek(0)
    at = 0
    for cut in cuts:
        while at < cut:
            block = f.read(min(_COUNT_BLOCK, cut - at))
            if not block:
                break
            seen += block.count(b"\n")
            at += len(block)
        numbers.append(seen + 1)
    return numbers


def split_feeds(items: Iterable[str], workers: int) -> Iterator[str | FeedPart]:
    """The items with each large feed in its parts, when more than one worker reads them."""
    for item in items:
        parts = feed_parts(item, workers) if workers > 1 and is_feed(item) else None
        if parts is None:
            yield item
        else:
            yield from parts


def feed_lines(
    path: Path, limit: int, start: int = 0, end: int | None = None, line: int = 1
) -> Iterator[tuple[int, str] | InputProblem]:
    """Each non-blank line of the feed (from byte ``start``, numbered from ``line``, to ``end``)
    with its number, or the problem that stops it being read: a line longer than ``limit`` bytes
    is refused by its number and skipped unread, one that is not UTF-8 too."""
    name = str(path)
    with path.open("rb") as f:
        f.seek(start)
        at, lineno = start, line - 1
        while end is None or at < end:
            raw = f.readline(limit + 1)
            if not raw:
                return
            at += len(raw)
            lineno += 1
            if len(raw) > limit and not raw.endswith(b"\n"):
                size = len(raw)
                while raw and not raw.endswith(b"\n"):
                    raw = f.readline(2**20)
                    size += len(raw)
                    at += len(raw)
                yield InputProblem(path=name, line=lineno, message=f"record of {too_large(size, limit)}")
                continue
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                yield InputProblem(path=name, line=lineno, message="not UTF-8 text")
                continue
            if text.strip():
                yield lineno, text


def too_large(size: int, limit: int) -> str:
    return (
        f"{size / 2**20:.1f} MB, larger than the {limit / 2**20:g} MB limit for one article;"
        " skipped (DISCREPANCY_MAX_FILE_MB sets the limit)"
    )
