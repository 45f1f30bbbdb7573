"""Character classes built once from the Unicode database, in a form the standard library's
regular expression engine takes: what the ``regex`` module's property classes say, where the faster
engine must run the scan."""

from __future__ import annotations

import functools
import re
import unicodedata

# letters whose case mapping is (or holds) an ASCII letter: "ſ" and "s", "K" (Kelvin) and "k"
_CASE_TO_ASCII = "ßıİſẞ\u212aﬀﬁﬂﬃﬄﬅﬆ"
# categories on which the two engines read \w, \s and \b alike (letters, decimal digits, most
# punctuation and symbols, spaces); marks, other numbers ("²"), other symbols ("°"), format and
# unassigned characters they may read apart
_SAME_IN_BOTH = frozenset("Lu Ll Lt Lm Lo Nd Pd Pi Pf Ps Pe Po Sc Sm Sk Zs Zl Zp".split())


@functools.cache
def engines_differ() -> str:
    """A pattern for the characters on which the standard library's engine and the ``regex``
    module may not match alike (built once in about 0.05 s)."""
    codes = [0x1C, 0x1D, 0x1E, 0x1F, *map(ord, _CASE_TO_ASCII)]
    codes += [c for c in range(0x80, 0x10000) if unicodedata.category(chr(c)) not in _SAME_IN_BOTH]
    ranges: list[tuple[int, int]] = []
    for code in sorted(set(codes)):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    # beyond the first plane: all of it (a class of the first plane alone compiles to a bitmap)
    bmp = "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges)
    return f"[{bmp}]|[\U00010000-\U0010ffff]"


@functools.cache
def upper_letters() -> str:
    """The upper-case letters (Unicode category Lu) as the ranges of a character class: what
    ``\\p{Lu}`` says, in a form the standard library's engine takes, so the entity scan runs there
    (about six times faster than in the ``regex`` module on news text). No letter past U+1FFFF is
    upper case."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x20000):
        if unicodedata.category(chr(code)) == "Lu":
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges)
