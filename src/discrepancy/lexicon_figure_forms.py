"""Pieces of the figure pattern (``lexicon_compile._compile_patterns``) for the ways a figure is
written besides plain digits: a decimal comma before a scale, thousands grouped by a fixed space,
and a qualifier written after the figure."""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .phrases import alternation

# no-break, thin and narrow no-break spaces: a thousands separator between digits ("12 500")
GROUPING = "\u00a0\u2009\u202f"


def digit_pattern(lx: Lexicon, free: str) -> str:
    """Digits as written, each form opened by ``free`` (the figure's look-behind). ASCII digits
    only: other scripts' digits are not read as figures (float() would not take them)."""
    # a decimal comma before a scale of millions or more, as translated pages write it ("$6,2
    # billion", "€3,5bn"): 6.2 billion; "6,200" and "6,000 people" stay thousands
    big = alternation(s for s, v in lx.scales.items() if v >= 1e6 and len(s) > 2)
    big_glued = alternation(s for s, v in lx.scales.items() if v >= 1e6 and len(s) == 2)
    comma = rf",[0-9]{{1,2}}(?![0-9])(?=(?:\s+|-)(?:{big})\b|(?:{big_glued})\b)"
    # thousands grouped by a fixed space, as typeset pages write them; the characters themselves,
    # not their codes, so the scan still runs case-free (``phrases.CaseFree``)
    grouped = rf"(?:[{GROUPING}][0-9]{{3}})+(?:\.[0-9]+)?(?![0-9])"
    commas = r"(?:,[0-9]{3})+(?:\.[0-9]+)?(?![0-9,][0-9])"
    # a fraction of one unit written with a slash, only before a unit ("3/4 mile", "1/2 inch of
    # rain", "3/4 of a mile", "3/4 a mile wide"): "3/4" alone may be a day or a score
    units = alternation(u for u in lx.units if len(u) > 2)
    slash = rf"[1-9]/(?:16|[2348])(?:\s+of)?(?:\s+an?)?(?=[\s-]+(?:{units})\b)"
    # the look-behind once for all forms, and the separated forms only where a separator follows
    # the first digits: the pattern is tried at every digit
    return rf"{free}(?:[0-9]{{1,3}}(?=[,{GROUPING}][0-9])(?:{comma}|{grouped}|{commas})|{slash}|[0-9]+(?:\.[0-9]+)?)"


def article_pattern(lx: Lexicon) -> str:
    """One unit written as an article, only after a qualifier ("over an hour", "up to a mile",
    numbers.yaml ``article_units``), as a distance away ("a mile away"), before "-long" ("a
    week-long blaze") or before "and a half" ("an hour and a half"): a figure of one.
    Otherwise "a day" or "a mile" is too often no claim ("three times a day")."""
    units = alternation(lx.article_units)
    far = alternation(u for u in lx.article_units if (lx.units.get(u) or {}).get("measure") == "distance")
    away = rf"an?(?=\s+(?:{far})\s+away\b)" if far else "(?!)"  # "shrapnel a mile away"
    long = rf"an?(?=\s+(?:{units})-long\b)"  # "a week-long blaze"
    half = rf"an?(?=\s+(?:{units})\s+and\s+a\s+half\b)"  # "an hour and a half"
    return rf"(?(qual)an?(?=\s+(?:{units})\b)|(?:{away}|{long}|{half}))" if units else "(?!)"


def after_pattern(lx: Lexicon, wordnum: str) -> str:
    """The group ``post``: a qualifier after the figure ("150-plus", "150+", "40-odd", "a dozen or
    so", "500 or more", numbers.yaml ``after``), joined by a hyphen or a space, never before
    another figure ("150 plus 20" is a sum)."""
    words = alternation(w for w in lx.after if w[:1].isalpha())
    signs = "".join(re.escape(w) for w in lx.after if len(w) == 1 and not w.isalnum())
    glued = rf"[{signs}](?![\w])" if signs else "(?!)"
    joined = rf"(?:-|\s+)(?:{words})(?![\w-])(?!\s+(?:[0-9]|(?:{wordnum})\b))" if words else "(?!)"
    return rf"(?P<post>{glued}|{joined})"
