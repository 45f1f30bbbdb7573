"""The hurt carried to a hospital no name gives: "were taken to various hospitals" after a figure, or
"to health facilities" after its noun with a verb of carrying before it ("transporting 271 people to
health facilities"). Such a count is of the injured in hospital, one site however told
(`quantity_context.scope_of`), and so is one the open reading finds carried there by its verb
(`carried_by_verb`, read by `open_counts`)."""

from __future__ import annotations

from ..grammar import section
from ..lexicon import Lexicon, fold
from ..read import Reading, VerbGroup

G = section("carried")

_CARRIED_TO_HOSPITAL = G.re("carried_to_hospital")
_CARRYING_BEFORE = G.re("carrying_before")
_CARRIED_REACH = 30  # characters before a figure a verb carrying it stands
_CARRYING_VERBS = G.words("carrying_verbs")
_HOSPITAL_NOUNS = G.words("hospital_nouns")
_BEFORE_HOSPITAL = frozenset({"DET", "ADJ", "NUM"})  # "to various hospitals", "to the two hospitals"


def carried_to_hospital(text: str, ss: int, start: int, tail: str) -> bool:
    """Whether the figure's count was carried to a hospital no name gives: "were taken to various
    hospitals" after it, or "to health facilities" after its noun with a verb of carrying before it."""
    m = _CARRIED_TO_HOSPITAL.match(tail)
    if m is None:
        return False
    return m.group("verb") is not None or bool(_CARRYING_BEFORE.search(text, max(ss, start - _CARRIED_REACH), start))


def names_a_fate(noun: str, lex: Lexicon) -> bool:
    """Whether a counted noun names what befell them ("bodies", "casualties"): carried to a
    hospital, they stay what they are."""
    return lex.nouns.get(fold(noun), {}).get("measure") in lex.measure_classes["casualty"]


def carried_by_verb(reading: Reading, vg: VerbGroup, i: int) -> str | None:
    """``injured`` when a verb of carrying takes those counted to a hospital, the words from token
    ``i`` on ("were taken to various hospitals", "transporting 271 people to health facilities"),
    else None: carried there, they are the hurt, as "were taken to hospital" is."""
    toks = reading.tokens
    if fold(vg.lemma).split()[0] not in _CARRYING_VERBS:
        return None
    if i < len(toks) and toks[i].lower == "to":
        i += 1
    elif not vg.lemma.endswith(" to"):
        return None
    stop = min(len(toks), i + 2)
    while i < stop and toks[i].tag in _BEFORE_HOSPITAL:
        i += 1
    if i >= len(toks) or toks[i].tag != "NOUN":
        return None
    noun = toks[i].noun or toks[i].lower
    pair = f"{noun} {toks[i + 1].noun or toks[i + 1].lower}" if i + 1 < len(toks) else noun
    return "injured" if noun in _HOSPITAL_NOUNS or pair in _HOSPITAL_NOUNS else None
