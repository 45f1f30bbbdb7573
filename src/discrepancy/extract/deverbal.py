"""The verb a noun names the act of ("derailment": derail, "cancellations": cancel, "closure":
close), read by its suffix and checked against the verbs lemminflect knows, so that "the
derailment of 38 cars" and "6,000 flight cancellations" meet "38 cars derailed" and "cancelled
6,000 flights" with no list of such nouns. The families lexicon's `deverbal` table names the
irregular ones ("loss": lose, "death": die) and wins."""

from __future__ import annotations

import functools

import lemminflect

from ..grammar import section
from ..lexicon import Lexicon

G = section("deverbal")

_NOT_ACTS = G.words("not_acts")
# suffix -> endings to put back, in order of preference ("evacuation": evacuate; "cancellation": cancel)
_SUFFIXES = (
    ("ments", ("",)),
    ("ment", ("",)),
    ("ations", ("ate", "", "e")),
    ("ation", ("ate", "", "e")),
    # "-ion" after "ct" or "pt" alone ("abduction", "eruption"): elsewhere the stem is often
    # another word's ("mission", "million", "question")
    ("ctions", ("ct",)),
    ("ction", ("ct",)),
    ("ptions", ("pt",)),
    ("ption", ("pt",)),
    ("als", ("", "e")),
    ("al", ("", "e")),
    ("ures", ("e", "")),
    ("ure", ("e", "")),
)


def act_verb(noun: str, lex: Lexicon) -> str | None:
    """The verb ``noun`` (lower case) names the act of, or None."""
    named = lex.deverbal.get(noun)
    if named is not None:
        return named
    return _by_suffix(noun)


@functools.lru_cache(maxsize=1 << 14)
def _by_suffix(noun: str) -> str | None:
    if noun in _NOT_ACTS:
        return None
    for suffix, endings in _SUFFIXES:
        if not noun.endswith(suffix) or len(noun) - len(suffix) < 3:
            continue
        stem = noun[: -len(suffix)]
        stems = [stem, stem[:-1]] if len(stem) > 3 and stem[-1] == stem[-2] else [stem]  # "cancell"
        for s in stems:
            for ending in endings:
                if lemminflect.getAllInflections(s + ending, upos="VERB"):
                    return s + ending
        return None
    return None
