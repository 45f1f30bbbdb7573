"""The act a verb names together with the words after it, articles aside: voters who "went to the
polls" on a day held the election, gunmen who "launched an attack" made the attack (``verbs`` of
``acts`` in ``rules/lexicon/dates.yaml``, whose entries of three words or more are read here)."""

from __future__ import annotations

from ..lexicon import fold
from ..read import Reading, VerbGroup

_REACH = 4  # words after a verb that a phrase of it may take


def phrase_act(reading: Reading, vg: VerbGroup, verb: str, verbs: dict[str, str]) -> str | None:
    """The act of the phrase the verb ``verb`` at ``vg`` opens, when the lexicon lists it ("go to
    polls": "went to the polls"); None when it lists none."""
    words = [verb]
    for t in reading.tokens[vg.head + 1 : vg.head + 1 + _REACH]:
        if t.tag == "DET":
            continue  # "went to the polls", "launched an attack"
        words.append(fold(t.lower))
        act = verbs.get(" ".join(words))
        if act is not None:
            return act
    return None
