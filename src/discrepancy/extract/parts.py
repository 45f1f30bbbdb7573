"""Parts of a counted group, kept as subjects of their own: "two of the dead were civilians",
"200 people were killed, 10 of whom were civilians", "of them, 793 were discharged", "23 deaths, of
which five were among confirmed cases". The part is counted in the measure of its whole (deaths)
with the group it names as its population (civilians), so it never meets the whole's count."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from ..grammar import section
from ..lexicon import Lexicon, fold
from ..read import Reading
from .counted import NATIONALITY
from .open_counts import nominal_state

_BE = frozenset({"were", "are", "was", "is", "remain", "remained"})
_REFERENCES = frozenset({"whom", "which", "them", "those", "these"})
_AMONG = frozenset({"among", "amongst", "all"})
# words a breakdown's bracket may open on before its first figure ("(including 4", "(of whom 3")
G = section("parts")

_BRACKET_OPENING = 3
_BRACKET_CLOSED = G.re("restated_close")
_CURRENCY_SIGNS = G.words("currency_signs")
_BRACKET_GAP = 90  # how far a bracketed breakdown may open after its total ("36 cases in two districts (")


@dataclass(frozen=True)
class Part:
    measure: str | None  # the whole's measure when the part names it ("of the dead": deaths)
    population: str  # the group the part is ("civilians")
    end: int  # where the claim's quote ends


def part_after(
    reading: Reading, end: int, lex: Lexicon, of_group: bool, qualifiers: frozenset[str] = frozenset()
) -> Part | None:
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
    if i < n and toks[i].lower in qualifiers and (i + 1 == n or not toks[i + 1].lower.isalpha()):
        return Part(measure, toks[i].lower, toks[i].end)  # "(4 confirmed, 19 probable)": a bare status
    if (nation := _nation_alone(reading, i, lex)) is not None:
        return Part(measure, f"{nation} people", toks[i].end)  # "16 were Kenyan": those of one nation
    group = reading.noun_phrase(i) if i < n else None
    if group is None or toks[group.head].tag not in ("NOUN", "ADJ"):
        return None
    head = toks[group.head]
    if head.verb is not None and head.lower.endswith(("ed", "en")) and group.head == group.first:
        return None  # "793 were discharged": what happened to them, not who they are
    population = lex.family_nouns.get(group.lemma, group.lemma)
    status = next((t.lower for t in toks[group.first : group.head + 1] if t.lower in qualifiers), None)
    if status is not None:
        population = status  # "(4 confirmed, 19 probable)", "among confirmed cases": the confirmed part
    if measure is None and nominal_state(reading, group, lex) is not None:
        return None  # "five of them injured": a state, not a group
    return Part(measure, population, toks[group.head].end)


def _nation_alone(reading: Reading, i: int, lex: Lexicon) -> str | None:
    """The nation a word of nationality names when it stands alone as what a part was ("16 were
    Kenyan, one was British"), not before a noun of its own ("were Kenyan police")."""
    toks = reading.tokens
    if i >= len(toks) or not (fold(toks[i].text) in lex.demonyms or NATIONALITY.fullmatch(toks[i].text)):
        return None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return toks[i].lower if nxt is None or nxt.tag in ("PUNCT", "CCONJ", "ADP") else None


class _Quoted(Protocol):
    start: int
    end: int
    measure: str


def restated_sum(text: str, opened: int, start: int, end: int | None) -> bool:
    """A bracket that holds a sum alone ("(€121m)", "(121m euros)"): the sum before it restated."""
    return (
        end is not None
        and text[opened + 1 : start].strip() in _CURRENCY_SIGNS
        and _BRACKET_CLOSED.match(text, end) is not None
    )


def bracket_whole(text: str, ss: int, start: int, hits: Sequence[_Quoted], end: int | None = None) -> int | None:
    """The index in ``hits`` of the total a bracket open before ``start`` breaks down: "23 deaths (4
    confirmed, 19 probable)", "36 cases in two districts (18 confirmed, 18 suspected)". The bracket
    must still be open and open soon after the total's quote, with no clause break between."""
    if not hits:
        return None
    opened = text.rfind("(", ss, start)
    if opened < 0 or ")" in text[opened:start]:
        return None
    first = min((h.start for h in hits if h.start > opened), default=start)
    if len(text[opened + 1 : first].split()) > _BRACKET_OPENING:
        return None  # "(adjusting the figures of a report that said 90 ...)": an aside, not a breakdown
    for i in range(len(hits) - 1, -1, -1):
        if hits[i].end <= opened:
            gap = text[hits[i].end : opened]
            if hits[i].measure == "money" and restated_sum(text, opened, start, end):
                return None  # "a fee of £106.8m (€121m)": the sum in another currency, no part of it
            if len(gap) <= _BRACKET_GAP and not any(c in gap for c in ";:()"):
                return i
            return None
    return None
