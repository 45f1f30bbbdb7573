"""How far something went: "the tornado traveled 59 miles", "nearly covered 60 miles", "tracking
59.4 mi". A distance after a verb of travel (`rules/grammar/paths.yaml`) is the length of its
subject's path, keyed ``path of <subject>``, so outlets that give the path two lengths meet, and it
never meets a distance from a place ("59 miles from Velm")."""

from __future__ import annotations

from ..grammar import section
from ..lexicon import Lexicon, fold
from ..read import Reading

G = section("paths")

_TRAVEL_VERBS = G.words("travel_verbs")


def path_of(reading: Reading, start: int, lex: Lexicon) -> str | None:
    """'path of <lemma>' for a distance starting at ``start`` after a verb of travel whose subject
    is a noun ("the tornado traveled 59 miles"), else None; the subject through the noun families
    ("twister" and "tornado" are one)."""
    first = reading.index_at(start)
    vg = reading.verb_before(first)
    if vg is None or fold(vg.lemma) not in _TRAVEL_VERBS:
        return None
    np = reading.clause_subject(vg.first)
    if np is None or reading.tokens[np.head].tag not in ("NOUN", "PROPN"):
        return None
    return f"path of {lex.family_nouns.get(np.lemma, np.lemma)}"
