"""Cheap tests that let ``attribution.py`` pass over a pattern that cannot match: each is true
whenever the pattern would match, so what the patterns find is unchanged.

- ``last_word_end``: where the last of a few words in a span of an article ends, in any case, read
  off the positions of the words in the article (found once per article), not by a scan per call.
- ``holds``, ``lexicon_needs``: whether a sentence holds a word every match of a pattern needs
  (the lexicon's, read off its compiled patterns once per lexicon).
- ``tail_reach``: how far back from the end of a text a pattern that ends in white space at the end
  (``...\\s+$``) can start, so that it is searched in the last few characters only.
"""

from __future__ import annotations

import bisect
import re

from ..lexicon import Lexicon
from ..phrases import lowered
from ..read.literal_gate import FOLD, _parser, gated

_LAST: tuple[str, tuple[str, ...], list[int], list[int]] = ("", (), [], [])  # an article, its words, where


def last_word_end(text: str, words: tuple[str, ...], lo: int, hi: int) -> int:
    """Where the last of ``words`` (ASCII, lower case) that stands wholly in ``text[lo:hi]`` ends, in
    whatever case a case-insensitive pattern could match it there; -1 if none does. Where each word
    stands is found once per article (the last article asked about is kept)."""
    last = _LAST  # read once: a thread may set it between two reads
    if last[0] is not text or last[1] != words:
        last = _positions(text, words)
    starts, ends = last[2], last[3]
    i = bisect.bisect_left(starts, lo)
    end = -1
    while i < len(starts) and starts[i] < hi:
        if ends[i] <= hi:
            end = max(end, ends[i])
        i += 1
    return end


def _positions(text: str, words: tuple[str, ...]) -> tuple[str, tuple[str, ...], list[int], list[int]]:
    global _LAST
    low = lowered(text)
    folded = low if low is not None else text.translate(FOLD)
    found: list[tuple[int, int]] = []
    for w in words:
        at = folded.find(w)
        while at >= 0:
            found.append((at, at + len(w)))
            at = folded.find(w, at + 1)
    found.sort()
    _LAST = (text, words, [s for s, _ in found], [e for _, e in found])
    return _LAST


def tail_reach(pattern: re.Pattern[str]) -> int | None:
    """The most characters a match of ``pattern`` spans before the white space it ends with, when
    the pattern is ``X\\s+$`` with X of bounded width (``(?:\\b(?:the|its)|\\d)\\s+$``); else None."""
    source = pattern.pattern
    if not isinstance(pattern, re.Pattern) or not isinstance(source, str):
        return None
    if not source.endswith(r"\s+$") or source.endswith(r"\\s+$"):
        return None
    try:
        width = _parser.parse(source[: -len(r"\s+$")], pattern.flags).getwidth()[1]
    except Exception:  # noqa: BLE001 (a pattern the parser does not read: no reach, search it all)
        return None
    return width if width < 1000 else None


def ends_in_space_after(pattern: re.Pattern[str], reach: int | None, text: str) -> bool:
    """``pattern.search(text)`` as a truth value, for a pattern ``X\\s+$`` whose X spans at most
    ``reach`` characters (``tail_reach``): X must end where the text's closing white space begins,
    so the search starts ``reach`` characters before it (a pattern's ``\\b`` or look-behind still
    sees the text before where it starts). The standard library's ``\\s`` is ``str.isspace``."""
    if reach is None:
        return pattern.search(text) is not None
    kept = len(text.rstrip())
    if kept == len(text):
        return False  # no white space at the end: ``\s+$`` cannot match
    return pattern.search(text, max(0, kept - reach)) is not None


def holds(folded: str, needs: tuple[str, ...] | None) -> bool:
    """Whether a sentence folded to lower case (``FOLD``) holds one of ``needs`` (ASCII, lower
    case); True when nothing is needed, so that the pattern is scanned."""
    if needs is None:
        return True
    for need in needs:  # a loop, not any() over a generator: a few times faster on a dozen words
        if need in folded:
            return True
    return False


_NEEDS: dict[int, tuple[Lexicon, tuple[str, ...] | None, tuple[str, ...] | None]] = {}  # per lexicon


def lexicon_needs(lex: Lexicon) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
    """The words one of which every match of the lexicon's "according to" and "accuse" patterns
    holds (``literal_gate``, read off the patterns once per lexicon): a sentence with none of them,
    most, is not scanned for either."""
    got = _NEEDS.get(id(lex))
    if got is None or got[0] is not lex:
        prefix, accuse = (getattr(gated(lex.case_free[k].pattern), "needs", None) for k in ("prefix_re", "accuse_re"))
        got = _NEEDS[id(lex)] = (lex, prefix, accuse)
    return got[1], got[2]
