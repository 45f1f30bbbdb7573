"""Phrase lists as regular expressions that stay fast however long the list grows.

A flat alternation (``troops|troop|trapped|...``) makes the regex engine try every phrase at every
position of the text; with thousands of lexicon phrases that was most of the extraction time. The
same phrases as a character trie (``tr(?:oops?|apped)``) try one branch per character, so the cost
of a scan no longer grows with the size of the lexicon.
"""

from __future__ import annotations

import re as _stdlib_re
from collections.abc import Iterable
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
            node = node.setdefault(r"\s+" if piece.isspace() else re.escape(piece), {})
        node[_END] = {}
    return _emit(root)


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
