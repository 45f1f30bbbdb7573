"""The occurrence a figure belongs to ("the quake killed 300": the earthquake's), and the ordinal
that makes an occurrence word another one than the story's own ("a second 5.6-magnitude tremor").
Read for every figure of an occurrence and for acts that name one."""

from __future__ import annotations

from ..grammar import section
from ..lexicon import Lexicon
from ..read.literal_gate import gated

G = section("figure_occurrence")

_AFTERSHOCK_NP = gated(G.re("aftershock_np"))
_ORDINAL_OCCURRENCE = gated(G.re("ordinal_occurrence"))
_SERIES_RANK = G.re("series_rank")
_FIGURE_BEFORE_NOUN = G.re("figure_before_noun")
_FOLLOWED_BY = G.re("followed_by")
_SINCE_REFERENCE = G.re("since_reference")
_SINCE_REACH = 120  # characters back from an occurrence word to the superlative it is measured by
_ORDINAL_REACH = 60  # "another magnitude 5.2 quake": an ordinal stands a few words before its noun
_ORDINAL_NAMES = {"2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth", "another": "other"}


def occurrence_of(
    text: str, ss: int, se: int, pos: int, lex: Lexicon, casualty: bool = False, main: str | None = None
) -> str | None:
    """The occurrence a figure belongs to: the nearest occurrence word of its sentence; one that an
    ordinal or "another" opens is an occurrence of its own ("a second 5.6-magnitude tremor" is
    "second:earthquake", never the main quake's magnitude). A generic word ("the incident", "the
    fire") names the article's ``main`` occurrence when there is one (a crash's fire)."""
    best: tuple[int, str, int, int] | None = None
    for m in lex.occurrence_re.finditer(text, ss, se):
        # "a 5.9-magnitude quake and a 5.6-magnitude quake": the word a figure qualifies is its own
        d = 0 if _FIGURE_BEFORE_NOUN.fullmatch(text, pos, m.start()) else abs(m.start() - pos)
        occ = lex.occurrence[" ".join(m.group(0).lower().split())]
        if m.start() > pos and _FOLLOWED_BY.search(text, pos, m.start()):
            continue  # "a magnitude 6.1 followed by several aftershocks": a later one, not the figure's
        if m.start() > pos and _SINCE_REFERENCE.search(text, max(pos, m.start() - _SINCE_REACH), m.start()):
            # "100,000 gathered for the biggest festivities since the pandemic began": a yardstick,
            # not the figure's; a figure after it may be its own ("since the 2004 tsunami, which killed")
            continue
        if casualty and occ in lex.harmless_occurrences:
            continue  # "200 killed before the ceasefire": the dead are the fighting's, not the truce's
        if _AFTERSHOCK_NP.search(text, max(ss, m.start() - 50), m.start()):
            occ = lex.occurrence.get("aftershock", occ)  # "aftershocks including a 5.5-magnitude quake"
        if best is None or d < best[0]:
            best = (d, occ, m.start(), m.end())
    if best is None:
        return None
    _, occ, start, end = best
    other = ordinal_of(text, ss, se, start, end, lex, occ)
    if other is None and main is not None and " ".join(text[start:end].lower().split()) in lex.generic_occurrences:
        return main
    # "second:earthquake", not "earthquake:second": a part after the kind is a name of the story's
    # own occurrence ("earthquake:Kel Quake"), which grouping lets meet the unnamed "earthquake"
    return f"{other}:{occ}" if other else occ


def ordinal_of(text: str, ss: int, se: int, start: int, end: int, lex: Lexicon, kind: str) -> str | None:
    """The ordinal that makes the occurrence word at ``text[start:end]``, of ``kind``, another
    occurrence than the story's own ("a second tremor": "second"; "another quake", "the quake was
    followed by a 5.6-magnitude tremor", "a 5.9-magnitude quake and a 5.6-magnitude quake":
    "other"); None when there is none, or when it ranks the story's own in a series ("the second
    quake to hit the region this year"). A kind that recurs
    (protests, attacks) is ranked by "the second" ("the second mass protest on June 16" is the
    story's own): only "a second" or "another" opens a new one. An aftershock is another shock
    already, whatever its rank."""
    if kind == lex.occurrence.get("aftershock"):
        return None
    m = _ORDINAL_OCCURRENCE.search(text, max(ss, start - _ORDINAL_REACH), start)
    if m is None:
        return None
    word = m.group("ord").lower()
    joined = word.startswith(("followed", "and"))
    if not joined and _SERIES_RANK.match(text, end, se):
        return None
    if joined:
        # "rain was followed by a landslide" is the landslide's story; "the quake was followed by
        # a 5.6-magnitude tremor", "a 5.9-magnitude quake and a 5.6-magnitude one" tell two quakes
        same = (
            lex.occurrence[" ".join(o.group(0).lower().split())]
            for o in lex.occurrence_re.finditer(text, ss, m.start())
        )
        if kind not in same:
            return None
        word = "another"
    if kind in lex.recurring_occurrences and word != "another" and not m.group("a"):
        return None
    return _ORDINAL_NAMES.get(word, word)
