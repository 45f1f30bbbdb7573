"""Sentences and positions: the plain-text plumbing every extractor shares."""

from __future__ import annotations

import bisect

from .grammar import section

G = section("text")

# Abbreviations after which a full stop does not end a sentence.
_ABBREV = G.words("abbrev")
_BOUNDARY = G.re("boundary")
_LINE = G.re("line")


def sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:]``: every line is a block, blocks split at full stops."""
    out: list[tuple[int, int]] = []
    for line in _LINE.finditer(text, start):
        ls, le = line.span()
        s = ls
        for m in _BOUNDARY.finditer(text, ls, le):
            word = text[max(ls, m.start() - 6) : m.start()].rsplit(None, 1)
            token = word[-1].lower().lstrip("(\"'“") if word else ""
            if text[m.start()] == "." and (token in _ABBREV or (len(token) == 1 and token.isalpha())):
                continue
            out.append((s, m.end()))
            s = m.end()
        out.append((s, le))
    return [(a + _lead(text, a, b), b - _trail(text, a, b)) for a, b in out if text[a:b].strip()]


def _lead(text: str, a: int, b: int) -> int:
    seg = text[a:b]
    return len(seg) - len(seg.lstrip())


def _trail(text: str, a: int, b: int) -> int:
    seg = text[a:b]
    return len(seg) - len(seg.rstrip())


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
