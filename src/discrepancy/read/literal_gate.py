"""A pattern's scans of an article skipped where they cannot match: a cheap test for its words.

Most grammar patterns a figure's context is read with hold some literal text every match must
contain ("alone", one of "past", "last", "previous", "preceding"), and most sentences hold none of
it. The regex engine does not know that: it tries the pattern at every position of the window (a
few microseconds a sentence, for every figure). ``gated(pattern)`` reads the literals every match
needs off the parsed pattern and answers a ``search`` or ``finditer`` whose window holds none of
them at once, without running the pattern: the same result, found by one scan for the literals
(a trie of a few words, case-sensitive, on the lower-cased article).

The test is made on the lower-cased article (``phrases.lowered``: only where lower-casing folds
letters as a case-insensitive match does), with literals of ASCII characters only, so a pattern
written in either case, compiled with or without ``(?i)``, is tested the same way.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

from ..phrases import CaseFree, alternation, lowered

# the standard library's own parser of patterns (sre_parse before Python 3.11)
_NEW = sys.version_info >= (3, 11)
_parser: Any = importlib.import_module("re._parser" if _NEW else "sre_parse")
_c: Any = importlib.import_module("re._constants" if _NEW else "sre_constants")
_REPEATS = tuple(getattr(_c, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_c, n))
_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)
_MOST_SPELLINGS = 4  # a run of literals through classes is kept while it has at most this many spellings
_FEW = 8  # a gate of at most this many literals looks for each in turn; more, for all at once
_SHORT = 300  # a text this short is a slice, not an article: scanned as it is (its case not read)
_LAST: tuple[str, str | None] = ("", None)  # the last article asked about and its lower case
# A case-insensitive match of an ASCII letter, in either engine, is the letter in either case or
# one of four letters past ASCII (tests/test_speaker_gates.py reads all of Unicode): the dotted
# capital and dotless small I match "i", the long s "s", the Kelvin sign "k". Folded so, a text
# holds a word in lower case wherever a case-free pattern could match it, and keeps its length.
FOLD = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)} | {0x130: 105, 0x131: 105, 0x17F: 115, 0x212A: 107}


def gated(pattern: Any, needs: tuple[str, ...] = ()) -> Any:
    """``pattern`` itself when no literal is needed by every match, else a Gated pattern. A pattern
    of the regex module (its own syntax, which the parser here does not read) is gated only by the
    ``needs`` given: ASCII words, one of which every match holds in some case ("night")."""
    if needs:
        return Gated(pattern, frozenset(n.lower() for n in needs))
    if not isinstance(pattern, re.Pattern) or not isinstance(pattern.pattern, str):
        return pattern  # the regex module's (its own syntax): scanned as it is
    found = _needs(list(_parser.parse(pattern.pattern, pattern.flags)))
    return pattern if not found else Gated(pattern, found)


class Gated:
    """A compiled pattern whose ``search`` and ``finditer`` first look for a literal every match needs."""

    __slots__ = ("pattern", "needs", "_seek", "_free")

    def __init__(self, pattern: Any, needs: frozenset[str]) -> None:
        self.pattern = pattern
        self.needs = tuple(sorted(needs))
        self._seek = finder(self.needs)  # looks on the lower-cased article within the pattern's bounds
        self._free = CaseFree(pattern)  # a case-insensitive pattern's scan of a long window

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        end = len(text) if endpos is None else endpos
        last = _LAST  # read once: a thread may set it between two reads
        low = last[1] if text is last[0] else _lowered(text)
        if low is not None and not self._seek(low, pos, end):
            return None
        return self.pattern.search(text, pos, end)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        end = len(text) if endpos is None else endpos
        last = _LAST  # read once: a thread may set it between two reads
        low = last[1] if text is last[0] else _lowered(text)
        if low is not None and not self._seek(low, pos, end):
            return iter(())
        if end - pos >= _SHORT:  # a whole article: scanned on its lower case where that finds the same
            return self._free.finditer(text, pos, end, low)
        return self.pattern.finditer(text, pos, end)  # type: ignore[no-any-return]

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        return self.pattern.match(text, pos, len(text) if endpos is None else endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        return self.pattern.fullmatch(text, pos, len(text) if endpos is None else endpos)

    def __getattr__(self, name: str) -> Any:  # sub, groups, groupindex, flags: the pattern's own
        return getattr(self.pattern, name)


def finder(needs: tuple[str, ...]) -> Callable[[str, int, int], bool]:
    """Whether one of the literals stands wholly in ``low[pos:end]``: a few are looked for one by
    one (``str.find``, several times faster than a regex's scan for them), more as one trie. A
    literal that holds another is not looked for: where it stands, the other does ("buying", "buy")."""
    needs = tuple(n for n in needs if not any(o != n and o in n for o in needs))
    if len(needs) > _FEW:
        seek = re.compile(alternation(needs, fold=False)).search
        return lambda low, pos, end: seek(low, pos, end) is not None
    if len(needs) == 1:  # most gates: one call, no loop
        (one,) = needs
        return lambda low, pos, end: low.find(one, pos, end) >= 0
    if len(needs) == 2:
        first, second = needs
        return lambda low, pos, end: low.find(first, pos, end) >= 0 or low.find(second, pos, end) >= 0

    def found(low: str, pos: int, end: int) -> bool:
        for need in needs:
            if low.find(need, pos, end) >= 0:
                return True
        return False

    return found


def _lowered(text: str) -> str | None:
    """``phrases.lowered(text)`` for an article, kept as the last one; None (scan) for a short text."""
    global _LAST
    if len(text) < _SHORT:
        return None
    low = lowered(text)
    _LAST = (text, low)
    return low


def _needs(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """Literals (lower case) one of which every match of the parsed sequence ``items`` holds, the
    most telling set found (longest shortest literal), or None when no literal is needed. A run of
    literal characters goes on through a class of a few of them: "[- ]year[- ]old" needs one of
    "-year-old", "-year old", " year-old", " year old", far rarer than "year"."""
    best: frozenset[str] | None = None
    run: frozenset[str] = frozenset([""])
    for op, av in items:
        chars = _chars(op, av)
        if chars is not None and len(run) * len(chars) <= _MOST_SPELLINGS:
            run = frozenset(r + c for r in run for c in chars)
            continue
        best = _better(best, _run(run))
        run = frozenset([""])
        if chars is not None:
            run = chars
            continue
        best = _better(best, _needs_of(op, av))
    return _better(best, _run(run))


def _needs_of(op: Any, av: Any) -> frozenset[str] | None:
    """What one item that is no plain character needs: a group's, a repeat's (at least once), every
    branch's; lookarounds, anchors and classes need nothing."""
    if op is _c.SUBPATTERN:
        return _needs(list(av[-1]))
    if _ATOMIC is not None and op is _ATOMIC:
        return _needs(list(av))
    if op in _REPEATS:
        return _needs(list(av[2])) if av[0] >= 1 else None
    if op is _c.BRANCH:
        branches = [_needs(list(b)) for b in av[1]]
        if any(b is None for b in branches):
            return None
        return frozenset().union(*[b for b in branches if b is not None])
    if op is _c.IN and av and all(o is _c.LITERAL and _ascii_char(a) for o, a in av):
        return frozenset(chr(a).lower() for _, a in av)  # [”"] has a non-ASCII member: needs nothing
    return None


def _chars(op: Any, av: Any) -> frozenset[str] | None:
    """The lower-case ASCII characters an item matches, if it is one literal character or a class
    of at most a few literal characters ("[- ]", "[Tt]")."""
    if op is _c.LITERAL and _ascii_char(av):
        return frozenset(chr(av).lower())
    if op is _c.IN and 0 < len(av) <= _MOST_SPELLINGS and all(o is _c.LITERAL and _ascii_char(a) for o, a in av):
        return frozenset(chr(a).lower() for _, a in av)
    return None


def _ascii_char(code: int) -> bool:
    return code < 128


def _run(spellings: frozenset[str]) -> frozenset[str] | None:
    return spellings if "" not in spellings else None


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The set whose shortest literal is longer (fewer literals on a tie): the rarer test."""
    if a is None:
        return b
    if b is None:
        return a
    ka, kb = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
    return b if kb > ka else a
