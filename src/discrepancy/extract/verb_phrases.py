"""The act a verb names together with the words after it, articles aside: voters who "went to the
polls" on a day held the election, gunmen who "launched an attack" made the attack (``verbs`` of
``acts`` in ``rules/lexicon/dates.yaml``: entries of three words or more, and a verb and its noun
with words that describe the noun between, "made a devastating landfall"; a verb and the word right
after it are read by ``timed_acts``); and
the occurrence a holding verb's object names ("Velm held general elections on Thursday")."""

from __future__ import annotations

from ..lexicon import fold
from ..read import Reading, VerbGroup
from .occurrence_dates import another_one

_REACH = 4  # words after a verb that a phrase of it may take


def phrase_act(reading: Reading, vg: VerbGroup, verb: str, verbs: dict[str, str]) -> str | None:
    """The act of the phrase the verb ``verb`` at ``vg`` opens, when the lexicon lists it ("go to
    polls": "went to the polls"); None when it lists none."""
    words = [verb]
    for t in reading.tokens[vg.head + 1 : vg.head + 1 + _REACH]:
        if t.tag == "DET":
            continue  # "went to the polls", "launched an attack"
        words.append(fold(t.lower))
        # a verb and its noun with words that describe it between ("made a devastating landfall")
        act = verbs.get(" ".join(words)) or verbs.get(f"{verb} {words[-1]}")
        if act is not None:
            return act
        if t.tag in ("PUNCT", "ADP") and len(words) > 2:
            break
    return None


def held(reading: Reading, vg: VerbGroup, occurrence: dict[str, str], story: frozenset[str]) -> str | None:
    """The occurrence a story tells one of that a past holding verb's object names ("Velm held
    general elections on Thursday"): the election. None for a holding to come or hoped for ("will
    hold elections in 2031", "promised to hold a vote"), for another one ("held another election")
    and for any other object ("held power", "held four men")."""
    toks = reading.tokens
    if vg.modal or vg.negated or toks[vg.head].lower == vg.lemma or vg.head + 1 >= len(toks):
        return None  # "hold" itself: an infinitive or a present, a holding not done
    obj = reading.noun_phrase(vg.head + 1)
    kind = occurrence.get(fold(obj.lemma)) if obj is not None else None
    if obj is None or kind is None or kind not in story:
        return None
    return None if another_one(reading.text, reading.start, toks[obj.head].start) else kind
