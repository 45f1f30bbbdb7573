"""Exact gates for the patterns read around every figure, on any article.

``read/literal_gate.py`` skips a scan whose window holds none of the literals every match of the
pattern needs, looked for in the lower-cased article; it does so only where lower-casing folds
letters as a case-insensitive match does (``phrases.lowered``: no letter with case beyond ASCII),
so an article that names "Médecins Sans Frontières" or "Zürich" is scanned in full. The literals it
reads off a pattern are ASCII, though, and only four characters beyond ASCII match an ASCII letter
case-insensitively (İ, ı, ſ and the Kelvin sign; tests/test_figure_gates.py reads every code
point), and only İ lower-cases to two characters: in an article with none of them, the lower-cased
article holds, at its place, every ASCII literal a match holds, whatever other letters it has.

``Gate(pattern)`` answers ``search``, ``match`` and ``fullmatch`` on ``(text, pos, endpos)`` as the
pattern does, at once with None where the window lacks every literal (a match's, in a window of at
most ``NEAR`` characters: a search costs as long as the window anyway, a match need not); ``may(text, lo, hi)`` says
whether a slice ``text[lo:hi]`` may hold a match, for a pattern run on the slice itself
(``search_slice``, ``match_slice``).
"""

from __future__ import annotations

import re
from typing import Any

from ..read.literal_gate import FOLD, gated

# the characters beyond ASCII that a case-insensitive match takes for an ASCII letter (i, s, k)
_FOLDS_TO_ASCII = re.compile("[" + "".join(chr(c) for c in FOLD if c > 127) + "]")
_LAST: tuple[str, str | None] = ("", None)  # the last text asked about and its lower case
# A match anchored at a window's start most often fails on its first characters, whatever the
# window's length: its literals are looked for only in a window this short (in a longer one, a
# figure of an endless sentence would look through the rest of it, each in turn).
NEAR = 200


def folded(text: str) -> str | None:
    """``text.lower()`` when it holds every ASCII literal a case-insensitive match finds in
    ``text``, at the same place; else None. Kept for the last text: one article's figures ask
    about the same text."""
    global _LAST
    last = _LAST  # read once: a thread may set it between two reads
    if last[0] is text:
        return last[1]
    low = text.lower() if text.isascii() or not _FOLDS_TO_ASCII.search(text) else None
    _LAST = (text, low)
    return low


class Gate:
    """A compiled pattern whose calls on a window first look for a literal every match needs."""

    __slots__ = ("pattern", "needs")

    def __init__(self, pattern: Any) -> None:
        found = gated(pattern)
        self.pattern = pattern
        self.needs: tuple[str, ...] = () if found is pattern else found.needs

    def may(self, text: str, lo: int, hi: int) -> bool:
        """Whether ``text[lo:hi]`` may hold a match: it holds a literal every match needs, or the
        text cannot be tested."""
        if not self.needs:
            return True
        low = folded(text)
        if low is None:
            return True
        for need in self.needs:
            if low.find(need, lo, hi) >= 0:
                return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        end = len(text) if endpos is None else endpos
        return self.pattern.search(text, pos, end) if self.may(text, pos, end) else None

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        end = len(text) if endpos is None else endpos
        return self.pattern.match(text, pos, end) if end - pos > NEAR or self.may(text, pos, end) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        end = len(text) if endpos is None else endpos
        return self.pattern.fullmatch(text, pos, end) if end - pos > NEAR or self.may(text, pos, end) else None

    def search_slice(self, text: str, lo: int, hi: int) -> Any:
        """``pattern.search(text[lo:hi])``: run on the slice itself, whose ends are its string's."""
        return self.pattern.search(text[lo:hi]) if self.may(text, lo, hi) else None

    def match_slice(self, text: str, lo: int, hi: int) -> Any:
        """``pattern.match(text[lo:hi])``, as ``search_slice``."""
        return self.pattern.match(text[lo:hi]) if hi - lo > NEAR or self.may(text, lo, hi) else None

    def __getattr__(self, name: str) -> Any:  # finditer, sub, groups, flags: the pattern's own
        return getattr(self.pattern, name)
