"""A whole article's scan skipped where a fast search shows the pattern cannot match: its tail.

A pattern made of a head and a tail in a row ("a name, then ', 61'") matches only where its tail
does, wherever the head may be. The standard library's engine finds a pattern that opens with a
literal (",", ":", "year") by a search for that literal, at a gigabyte a second, while a pattern
that opens with a class or a look-behind is tried at every position of the text, at a few tens of
megabytes a second; and most articles hold no race time, no "N-year-old", no "age ... to 63". So
``screened(pattern, tail)`` searches the article for the tail first and scans it with the pattern
only where the tail stands: the same matches, as the tail is the pattern's own source from a cut
at its top level (checked when the screen is made).

A case-insensitive tail is searched on the lower-cased article where that finds the same
(``phrases.lowered``), where its letters are literals the engine searches fast.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..phrases import _without_case, lowered
from .literal_gate import _c, _parser  # the standard library's pattern parser, imported once there


class ScreenError(ValueError):
    """A tail that is no tail of its pattern: a screen made of it could pass over a match."""


class Screened:
    """A compiled pattern whose ``finditer`` and ``search`` look for one of its screens first."""

    __slots__ = ("pattern", "_screens")

    def __init__(self, pattern: Any, screens: tuple[tuple[_Search, _Search | None], ...]) -> None:
        self.pattern = pattern
        self._screens = screens  # (on the text as written, on the lower-cased text or None)

    def passes(self, text: str, pos: int, end: int) -> bool:
        """Whether a screen matches in ``text[pos:end]``: False only where the pattern cannot."""
        low: str | None = None
        for cased, free in self._screens:
            if free is not None:
                low = low if low is not None else lowered(text)
                if low is None:
                    return True  # a case-insensitive search on the text as written is no fast test
                if free.found(low, pos, end):
                    return True
            elif cased.pattern.flags & re.IGNORECASE or cased.found(text, pos, end):
                return True
        return False

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        end = len(text) if endpos is None else endpos
        if not self.passes(text, pos, end):
            return iter(())
        return self.pattern.finditer(text, pos, end)  # type: ignore[no-any-return]

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        end = len(text) if endpos is None else endpos
        if not self.passes(text, pos, end):
            return None
        return self.pattern.search(text, pos, end)

    def __getattr__(self, name: str) -> Any:  # match, groups, flags: the pattern's own
        return getattr(self.pattern, name)


def screened(pattern: Any, *cuts: str) -> Screened:
    """``pattern`` screened by its tails: each from the first place its source holds a cut's text
    (a place at its top level, where the pattern is the head and the tail in a row) to its end.
    Several cuts make several screens, any of which lets the pattern run: each is a tail of the
    pattern's own (a gated pattern's, for one ``literal_gate.gated`` made)."""
    inner = getattr(pattern, "pattern", None) if not isinstance(pattern, re.Pattern) else pattern
    if not isinstance(inner, re.Pattern) or not isinstance(inner.pattern, str):
        raise ScreenError(f"{pattern!r}: only a pattern of the standard library's engine is screened")
    return Screened(pattern, tuple(_screen(inner, s) for cut in cuts for s in _branches(_tail(inner, cut))))


def piece_screened(pattern: Any, *pieces: str) -> Screened:
    """``pattern`` screened by pieces of text one of which, as its caller shows, every match of the
    pattern holds (compiled with the pattern's flags). No check can tell that a piece is needed:
    a test runs the pattern's examples and a corpus through both."""
    inner = getattr(pattern, "pattern", None) if not isinstance(pattern, re.Pattern) else pattern
    if not isinstance(inner, re.Pattern):
        raise ScreenError(f"{pattern!r}: only a pattern of the standard library's engine is screened")
    return Screened(pattern, tuple(_screen(inner, piece) for piece in pieces))


class _Search:
    """A screen's search, after ``str.find`` for the literal it opens with (several times faster
    than the engine's own search for it): a match starts at that literal, so none stands before
    its first place, and where the literal stands nowhere the pattern is not run."""

    __slots__ = ("pattern", "lead")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        flags = pattern.flags & re.IGNORECASE
        self.lead = "" if flags else _lead(list(_parser.parse(pattern.pattern, pattern.flags)))

    def found(self, text: str, pos: int, end: int) -> bool:
        if self.lead:
            pos = text.find(self.lead, pos, end)
            if pos < 0:
                return False
        return self.pattern.search(text, pos, end) is not None


def _lead(items: list[tuple[Any, Any]]) -> str:
    """The literal characters a parsed pattern opens with, into a plain group that opens it."""
    out = ""
    for op, av in items:
        if op is _c.LITERAL:
            out += chr(av)
            continue
        if op is _c.SUBPATTERN and not av[1] and not av[2]:  # no flag set or cleared in the group
            out += _lead(list(av[-1]))
        break
    return out


def _screen(pattern: re.Pattern[str], source: str) -> tuple[_Search, _Search | None]:
    cased = re.compile(source, pattern.flags)
    free = _without_case(cased)
    return _Search(cased), (_Search(free) if free is not None else None)


def _tail(pattern: re.Pattern[str], cut: str) -> str:
    """The source of ``pattern`` from ``cut`` on, checked to be a tail: the source has no
    alternation at its top level, the cut stands at it, both parts compile alone, and the
    pattern parses into the head's items followed by the tail's."""
    source = pattern.pattern
    at = source.find(cut)
    if at < 0 or _depth_at(source, at) != 0 or _top_alternation(source):
        raise ScreenError(f"{source!r}: {cut!r} is no cut at its top level")
    head, tail = source[:at], source[at:]
    try:
        items = [len(_parser.parse(s, pattern.flags)) for s in (source, head, tail)]
    except re.error as e:
        raise ScreenError(f"{source!r}: no tail at {cut!r}: {e}") from e
    if items[0] != items[1] + items[2]:
        raise ScreenError(f"{source!r}: {cut!r} cuts an item")
    return tail


def _branches(tail: str) -> list[str]:
    """A tail that opens with a group of words, "(?:win|victory|title)\\b...", as one tail per word,
    "(?:win)\\b...", each of which opens with a literal the engine searches fast; any other as it is.
    The group must be a plain one (no flag, no name) that no quantifier follows: then the tail
    matches where one of its branches does."""
    if not tail.startswith("(?:"):
        return [tail]
    bars, close = [], -1
    for i, c, depth in _walk(tail):
        if c == "|" and depth == 1:
            bars.append(i)
        elif c == ")" and depth == 0:
            close = i
            break
    if close < 0 or not bars or tail[close + 1 : close + 2] in ("?", "*", "+", "{"):
        return [tail]
    cuts = [2, *bars, close]
    words = [tail[a + 1 : b] for a, b in zip(cuts, cuts[1:], strict=False)]
    if len({w[:1] for w in words}) == 1:
        return [tail]  # "(?:hours?|hrs?|h)": the engine takes the letter they share for a literal
    return [f"(?:{w}){tail[close + 1 :]}" for w in words]


def _walk(source: str) -> Iterator[tuple[int, str, int]]:
    """Each character of a pattern's source outside a class, an escape as its backslash: (index,
    character, depth of groups it stands at)."""
    depth, i, n = 0, 0, len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            yield i, c, depth  # an escaped character: one item
            i += 2
            continue
        if c == "[":
            i += 1
            if i < n and source[i] == "^":
                i += 1
            if i < n and source[i] == "]":
                i += 1  # a "]" first in a class is a literal
            while i < n and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
            i += 1
            continue
        if c == ")":
            depth -= 1
        yield i, c, depth
        if c == "(":
            depth += 1
        i += 1


def _depth_at(source: str, at: int) -> int:
    """The depth of groups at index ``at``; -1 where it is inside a class or after a backslash."""
    for i, _, depth in _walk(source):
        if i == at:
            return depth
        if i > at:
            break
    return -1


def _top_alternation(source: str) -> bool:
    return any(c == "|" and depth == 0 for _, c, depth in _walk(source))
