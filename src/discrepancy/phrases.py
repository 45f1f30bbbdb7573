"""Phrase lists as regular expressions that stay fast however long the list grows.

A flat alternation (``troops|troop|trapped|...``) makes the regex engine try every phrase at every
position of the text; with thousands of lexicon phrases that was most of the extraction time. The
same phrases as a character trie (``tr(?:oops?|apped)``) try one branch per character, so the cost
of a scan no longer grows with the size of the lexicon.
"""

from __future__ import annotations

import functools
import itertools
import re as _stdlib_re
from collections.abc import Iterable, Iterator
from typing import Any

import regex as re

_PIECE = re.compile(r"\s+|.", re.S)
_END = ""  # a trie node holding this key ends a phrase


def alternation(phrases: Iterable[str], fold: bool = True) -> str:
    """A regex matching any of ``phrases``, the longest wherever several match at one position
    ("tens of thousands" over "tens"). A space in a phrase matches any run of white space.

    ``fold`` lower-cases the phrases first: right for patterns compiled case-insensitively, where
    "Kyiv" and "kyiv" are one branch. Pass ``fold=False`` for a case-sensitive pattern."""
    root: dict[str, dict] = {}
    for phrase in phrases:
        if not phrase:
            continue
        node = root
        for piece in _PIECE.findall(phrase.lower() if fold else phrase):
            node = node.setdefault(r"\s+" if piece.isspace() else _escaped(piece), {})
        node[_END] = {}
    return _emit(root)


def literal_alternation(words: Iterable[str]) -> str | None:
    """``(?:w1|w2|...)`` of the words taken literally (a space is a space), longest first, as a
    trie: the same matches, tried in the same order, at a fraction of the cost. At one position the
    words that match are prefixes of one another, which both forms try longest first. None where
    the trie could order them otherwise: an empty word, a character past ASCII, or two branches of
    one node that differ only in case (a case-insensitive pattern would read them alike)."""
    root: dict[str, dict] = {}
    for word in words:
        if not word or not word.isascii():
            return None
        node = root
        for c in word:
            node = node.setdefault(_escaped(c), {})
        node[_END] = {}
    if not root or not _case_apart(root):
        return None
    return "(?:" + _emit(root) + ")"


@functools.lru_cache(maxsize=4096)
def _escaped(piece: str) -> str:
    """``re.escape(piece)`` of one character, cached: the lexicon's tries escape every character of
    every phrase, a few dozen distinct ones, tens of thousands of times a load."""
    return re.escape(piece)  # type: ignore[no-any-return]


def _case_apart(node: dict[str, dict]) -> bool:
    pieces = [p.lower() for p in node if p != _END]
    return len(set(pieces)) == len(pieces) and all(_case_apart(child) for child in node.values())


def _emit(node: dict[str, dict]) -> str:
    # Siblings start with different characters, so their order does not matter; a phrase that
    # continues is tried before the one that ends here (a greedy "?"), which makes the longest win.
    branches = [piece + _emit(child) for piece, child in sorted(node.items()) if piece != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END not in node:
        return body
    return body + "?" if len(branches) == 1 and len(body) == 1 else "(?:" + body + ")?"


def compile_pattern(pattern: str, flags: int = 0) -> Any:
    """A compiled pattern: the standard library's engine where it takes the pattern (several times
    faster on the long phrase tries of the lexicon), else the ``regex`` module, which also reads
    variable-width look-behinds and Unicode classes (``\\p{Lu}``). Both give the same matches on
    the patterns both accept, and their compiled patterns answer the same calls."""
    try:
        return _stdlib_re.compile(pattern, flags)
    except (_stdlib_re.error, ValueError):
        return re.compile(pattern, flags)


# Case-insensitive scans on lower-cased text. The engine matches a case-insensitive pattern about
# twice as slowly as a case-sensitive one, and the lexicon's scans run over every sentence. In an
# article with no letter that has case beyond ASCII (nor any character past the first plane),
# lower-casing maps letter to letter exactly as the case-insensitive match folds them, so the same
# pattern without the flag finds the same spans in the lower-cased text; each is then matched
# again, at its place, by the pattern itself on the text as written, so what callers get is the
# very match the plain scan gives (groups, case and all). Any other article is scanned as before.
_FLAGS = _stdlib_re.compile(r"\(\?([aiLmsux]+)\)")
# the last two texts asked about, and their lower case: an article's scans alternate between the
# file's text and the text its readers see (a title-case headline put in the body's case)
_LAST: tuple[str, str | None] = ("", "")
_BEFORE: tuple[str, str | None] = ("", "")


@functools.cache
def _cased_beyond_ascii() -> Any:
    # the blocks of the first plane with no letter that has case are not looked through (a
    # quarter of the time): CJK ideographs, Hangul syllables, surrogates and private use
    # (tests/test_case_free.py reads the whole plane)
    codes = itertools.chain(range(0x80, 0x3400), range(0xA000, 0xAC00), range(0xD7A4, 0xD800), range(0xF900, 0x10000))
    cased = [c for c in map(chr, codes) if c.lower() != c or c.upper() != c]
    return _stdlib_re.compile("[" + "".join(map(_stdlib_re.escape, cased)) + "\U00010000-\U0010ffff]")


def lowered(text: str) -> str | None:
    """``text.lower()`` when that folds case letter for letter as a case-insensitive match does
    (no letter with case beyond ASCII in it), else None. The last text's answer is kept: every
    scan of one article asks about the same text."""
    global _LAST, _BEFORE
    last, before = _LAST, _BEFORE  # read once: a thread may set them between two reads
    if last[0] is text:
        return last[1]
    if before[0] is text:
        _LAST, _BEFORE = before, last
        return before[1]
    low = text.lower() if text.isascii() or not _cased_beyond_ascii().search(text) else None
    _LAST, _BEFORE = (text, low), last
    return low


class CaseFree:
    """A case-insensitive pattern's scan, run on the lower-cased text where that finds the same."""

    __slots__ = ("pattern", "lower")

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.lower = _without_case(pattern)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None, low: str | None = None) -> Iterator[Any]:
        """``pattern.finditer(text, pos, endpos)``; ``low`` is ``lowered(text)`` (None: scan as is)."""
        end = len(text) if endpos is None else endpos
        if self.lower is None or low is None:
            return self.pattern.finditer(text, pos, end)  # type: ignore[no-any-return]
        return self._via_lower(text, low, pos, end)

    def _via_lower(self, text: str, low: str, pos: int, end: int) -> Iterator[Any]:
        at = pos  # where the plain scan would go on from
        for m in self.lower.finditer(low, pos, end):
            same = self.pattern.match(text, m.start(), end)
            if same is None or same.end() != m.end():  # never expected: the text as written decides
                yield from self.pattern.finditer(text, at, end)
                return
            at = same.end()
            yield same


def _without_case(pattern: Any) -> Any:
    """The pattern without its case-insensitive flag, when that reads lower-case text alike: a
    standard library pattern whose own letters are all lower case (no upper-case letter outside an
    escape, no character given by its code, no flag set for a part of it)."""
    if not isinstance(pattern, _stdlib_re.Pattern) or not pattern.flags & _stdlib_re.IGNORECASE:
        return None
    lead = _FLAGS.match(pattern.pattern)
    body = pattern.pattern[lead.end() :] if lead is not None else pattern.pattern
    if "(?i" in body or "(?-" in body or _FLAGS.search(body) or not _all_lower(_GROUP_NAMES.sub("", body)):
        return None
    kept = lead.group(1).replace("i", "") if lead is not None else ""
    source = (f"(?{kept})" if kept else "") + body
    flags = pattern.flags & ~_stdlib_re.IGNORECASE & ~_stdlib_re.UNICODE
    try:
        return _stdlib_re.compile(source, flags)
    except _stdlib_re.error:
        return None


_GROUP_NAMES = _stdlib_re.compile(r"\(\?P?<[A-Za-z_]\w*>|\(\?P=[A-Za-z_]\w*\)")


def _all_lower(source: str) -> bool:
    i = 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            nxt = source[i + 1 : i + 2]
            if nxt in ("x", "u", "U", "N") or nxt.isdigit():
                return False  # a character given by its code, or a back-reference
            i += 2
            continue
        if "A" <= c <= "Z":
            return False
        i += 1
    return True
