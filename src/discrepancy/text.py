"""Sentences and positions: the plain-text plumbing every extractor shares."""

from __future__ import annotations

import bisect
import itertools
import unicodedata
from collections.abc import Iterator

from .grammar import section

G = section("text")

# Abbreviations after which a full stop does not end a sentence.
_ABBREV = G.words("abbrev")
_BOUNDARY = G.re("boundary")
_LINE = G.re("line")


def sentences(text: str, start: int = 0, limit: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:]``: every line is a block, blocks split at full stops.
    ``limit``: the first so many only (the rest of the text is not read)."""
    return list(itertools.islice(_sentences(text, start), limit))


def _sentences(text: str, start: int) -> Iterator[tuple[int, int]]:
    for line in _LINE.finditer(text, start):
        ls, le = line.span()
        s = ls
        for m in _BOUNDARY.finditer(text, ls, le):
            word = text[max(ls, m.start() - 6) : m.start()].rsplit(None, 1)
            token = word[-1].lower().lstrip("(\"'“") if word else ""
            if text[m.start()] == "." and (token in _ABBREV or (len(token) == 1 and token.isalpha())):
                continue
            span = _stripped(text, s, m.end())
            if span is not None:
                yield span
            s = m.end()
        span = _stripped(text, s, le)
        if span is not None:
            yield span


def _stripped(text: str, a: int, b: int) -> tuple[int, int] | None:
    """``text[a:b]`` without its leading and trailing white space; None when nothing is left."""
    seg = text[a:b]
    lead = len(seg) - len(seg.lstrip())
    if lead == len(seg):
        return None
    return a + lead, b - (len(seg) - len(seg.rstrip()))


class LineIndex:
    """Maps character offsets to 1-based line and column in O(log n)."""

    def __init__(self, text: str) -> None:
        self.starts = [0]
        i = text.find("\n")
        while i >= 0:
            self.starts.append(i + 1)
            i = text.find("\n", i + 1)

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


def unaccented(text: str) -> str:
    """``text`` without its accents and other combining marks ("Karnātaka" -> "Karnataka")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
