"""The entity scan's gate, written so that the standard library's engine tries it fast.

The entity scan (``Lexicon.entity_re``) is tried at every word start of an article, where its
gate asks whether an upper-case letter, a digit or the first word of a lower-case alias opens it.
Two forms of that test were most of the scan's cost, and each has an equivalent that is cheaper:

- the class of upper-case letters holds ranges past the first plane, which the engine cannot put
  in its bitmap: it compared every lower-case letter with each of them. The first plane's letters
  are tested by the bitmap alone, the others only at a character past the first plane;
- the first words, case-insensitive, made the engine enter each branch of their trie to compare
  one folded character; each letter written as the class of what it matches ("[Ss\u017f]") lets it pass
  over a branch by its first character.

Both test exactly what the plain forms test (tests/test_entity_gate.py).
"""

from __future__ import annotations

import functools
import re

from .char_classes import upper_letters
from .phrases import alternation

_FIRST_PLANE = 0x10000
_SPECIAL = re.compile(r"\\.|\(\?:|.", re.S)


def entity_gate(firsts: set[str]) -> str:
    """``(?=[Lu0-9]|(?i:firsts)\\b)`` with ``upper_letters()`` as Lu, in its fast form."""
    bmp, beyond = _split(_ranges(upper_letters()))
    tail = rf"|[\U00010000-\U0010ffff](?<=[{beyond}])" if beyond else ""
    return rf"(?=[{bmp}0-9]|{folded(alternation(firsts))}\b{tail})"


def folded(pattern: str) -> str:
    """A pattern of literals, escapes, "(?:", "|", ")" and "?" (``phrases.alternation``'s) that
    matches case-sensitively what it matched case-insensitively: each ASCII letter as the class of
    the characters the engine folds to it."""
    classes = _fold_classes()
    pieces = _SPECIAL.findall(pattern)
    if any(len(p) == 1 and p.lower() != p.upper() and p not in classes for p in pieces):
        return f"(?i:{pattern})"  # a letter past ASCII: left to the engine's folding
    return f"(?:{''.join(classes.get(p, p) for p in pieces)})"


@functools.cache
def _fold_classes() -> dict[str, str]:
    """For each ASCII letter, the class of what ``(?i)`` matches it with ("s": S, s and the long s)."""
    every = "".join(map(chr, range(_FIRST_PLANE)))
    found: dict[str, set[str]] = {}
    for letter in "abcdefghijklmnopqrstuvwxyz":
        found[letter] = set(re.findall(f"(?i){letter}", every))
    out = {}
    for letter, chars in found.items():
        cls = "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"
        out[letter] = out[letter.upper()] = cls
    return out


def _ranges(cls: str) -> list[tuple[int, int]]:
    """The ranges of a class body written as ``char_classes`` writes it (each end ``re.escape``d)."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(cls):
        a, i = _one(cls, i)
        b = a
        if i < len(cls) and cls[i] == "-":
            b, i = _one(cls, i + 1)
        out.append((ord(a), ord(b)))
    return out


def _one(cls: str, i: int) -> tuple[str, int]:
    return (cls[i + 1], i + 2) if cls[i] == "\\" else (cls[i], i + 1)


def _split(ranges: list[tuple[int, int]]) -> tuple[str, str]:
    """The class body's ranges within the first plane, and past it."""
    low = [(a, min(b, _FIRST_PLANE - 1)) for a, b in ranges if a < _FIRST_PLANE]
    high = [(max(a, _FIRST_PLANE), b) for a, b in ranges if b >= _FIRST_PLANE]
    return _body(low), _body(high)


def _body(ranges: list[tuple[int, int]]) -> str:
    return "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges)
