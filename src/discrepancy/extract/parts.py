"""Parts of a counted group, kept as subjects of their own: "two of the dead were civilians",
"200 people were killed, 10 of whom were civilians", "of them, 793 were discharged", "23 deaths, of
which five were among confirmed cases". The part is counted in the measure of its whole (deaths)
with the group it names as its population (civilians), so it never meets the whole's count."""

from __future__ import annotations

from dataclasses import dataclass

from ..lexicon import Lexicon
from ..read import Reading
from .open_counts import nominal_state

_BE = frozenset({"were", "are", "was", "is", "remain", "remained"})
_REFERENCES = frozenset({"whom", "which", "them", "those", "these"})
_AMONG = frozenset({"among", "amongst", "all"})


@dataclass(frozen=True)
class Part:
    measure: str | None  # the whole's measure when the part names it ("of the dead": deaths)
    population: str  # the group the part is ("civilians")
    end: int  # where the claim's quote ends


def part_after(reading: Reading, end: int, lex: Lexicon, of_group: bool) -> Part | None:
    """The part a figure ending at ``end`` counts, read from the words after it: "of the dead were
    civilians", "of whom were children", "of them children", "were among confirmed cases".
    ``of_group`` says an "of ..." phrase names the whole right after the figure."""
    toks = reading.tokens
    i, n = reading.index_at(end), len(reading.tokens)
    measure = None
    if of_group and i < n and toks[i].lower == "of":
        i += 1
        if i < n and toks[i].lower in _REFERENCES:
            i += 1
        else:
            whole = reading.noun_phrase(i)
            if whole is None:
                return None
            measure = nominal_state(reading, whole, lex)  # "of the dead": the deaths
            i = whole.head + 1
    if i < n and toks[i].lower in _BE:
        i += 1
    if i < n and toks[i].lower in _AMONG:
        i += 1
    group = reading.noun_phrase(i) if i < n else None
    if group is None or toks[group.head].tag not in ("NOUN", "ADJ"):
        return None
    head = toks[group.head]
    if head.verb is not None and head.lower.endswith(("ed", "en")) and group.head == group.first:
        return None  # "793 were discharged": what happened to them, not who they are
    population = lex.family_nouns.get(group.lemma, group.lemma)
    if measure is None and nominal_state(reading, group, lex) is not None:
        return None  # "five of them injured": a state, not a group
    return Part(measure, population, toks[group.head].end)
