"""A toll told by the rank of its latest victim: "a 98th victim was identified", "a fourth person
died in hospital".

The rank is the toll the sentence tells, at least: the 98th victim makes at least 98 dead when it is
told, so it meets "98 dead" that day and contradicts "97 dead". It is read as a count of its measure
(the dead) at least the rank, through the same pipeline as any figure: its
occurrence, time, place and running total are read as a written figure's would be
(`rules/grammar/ordinal_tolls.yaml`).
"""

from __future__ import annotations

import re

from ..grammar import section
from ..lexicon import Lexicon
from ..read.literal_gate import gated
from .figure import QuantityHit
from .figure_occurrence import occurrence_of
from .numbers import Parsed

G = section("ordinal_tolls")

_VICTIM = gated(G.re("ordinal_victim"))
# an ordinal word's cardinal by its ending: "fifth" five, "twelfth" twelve, "twentieth" twenty
_ENDINGS = (
    ("second", "two"),
    ("third", "three"),
    ("ninth", "nine"),
    ("eighth", "eight"),
    ("ieth", "y"),
    ("fth", "ve"),
    ("th", ""),
)
_PERSON_DIED = G.re("person_died_after")
_RANK_CONTEXT = G.re("rank_context")


def ordinal_toll_hits(text: str, sents: list[tuple[int, int]], lex: Lexicon, main: str | None) -> list[QuantityHit]:
    out: list[QuantityHit] = []
    for ss, se in sents:
        for m in _VICTIM.finditer(text, ss, se):
            noun = m.group("noun").lower()
            if noun == "person" and not _PERSON_DIED.match(text, m.end(), se):
                continue  # "a fourth person was arrested": no toll
            rank = _rank(m.group("ord").lower(), lex)
            if rank is None or rank < 2 or not _RANK_CONTEXT.search(text, ss, se) or _figured(text, ss, se, m, lex):
                continue
            occurrence = occurrence_of(text, ss, se, m.start(), lex, True, main) or main
            out.append(_hit(m.start("ord"), m.end(), rank, occurrence))
    return out


def _rank(word: str, lex: Lexicon) -> int | None:
    if word[:1].isdigit():
        return int(word.rstrip("stndrh"))
    for ending, cardinal in _ENDINGS:
        if word.endswith(ending):
            n = lex.number_words.get(word[: len(word) - len(ending)] + cardinal)
            return int(n) if n is not None else None
    return None


def _figured(text: str, ss: int, se: int, m: re.Match[str], lex: Lexicon) -> bool:
    """The sentence gives a figure besides the rank ("five bodies and a leg of the sixth victim"):
    its count is told by that figure, and the rank may be of another tally."""
    return any(not (m.start() <= f.start() < m.end()) for f in lex.number_re.finditer(text, ss, se))


def _hit(start: int, end: int, rank: int, occurrence: str | None) -> QuantityHit:
    parsed = Parsed(float(rank), None, "at_least", 1.0)
    # fields in order: span, figure, measure, population, unit, unit as written, owner, occurrence,
    # anchor, a running total, where the figure starts, the figure as written
    return QuantityHit(start, end, parsed, "deaths", "people", None, None, None, occurrence, None, True, start, rank)
