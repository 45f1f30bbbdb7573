"""How many storeys a building has: "the 12-story building", "a six-storey condo tower".

A building that collapses or burns is given its height in storeys in passing, and two outlets that
give it two counts disagree on a fact an editor checks. The count is a quantity of the measure
``storeys`` keyed by the noun it describes (read as a thing's age is, `thing_ages.key_of`: "tower"
and "building" are one through the lexicon's objects); an article that gives one key two counts
speaks of two buildings, and none is kept (`rules/grammar/storeys.yaml`).
"""

from __future__ import annotations

from collections.abc import Callable

from ..grammar import section
from ..lexicon import Lexicon
from ..models import Claim, QuantityValue, TimeRef
from ..read import Reading
from ..read.literal_gate import gated
from .numbers import value_of
from .thing_ages import key_of, one_value_per_key

G = section("storeys")

_BEFORE = gated(G.re("storeys_before"))


def storey_claims(
    text: str,
    sents: list[tuple[int, int]],
    reading_of: Callable[[int, int], Reading],
    lex: Lexicon,
    make: Callable[..., Claim],
    time: TimeRef,
) -> list[Claim]:
    found: list[tuple[int, int, str, float]] = []
    for ss, se in sents:
        if "stor" not in text[ss:se].lower():
            continue
        for m in _BEFORE.finditer(text, ss, se):
            reading = reading_of(ss, se)
            np = reading.noun_phrase(reading.index_at(m.end()))
            key = key_of(reading, np, lex) if np is not None else None
            n = value_of(m.group("n"), lex)
            if key is not None and n is not None:
                found.append((m.start("n"), m.end("n"), key, n))
    return [_claim(make, time, *f) for f in one_value_per_key(found)]


def _claim(make: Callable[..., Claim], time: TimeRef, start: int, end: int, key: str, n: float) -> Claim:
    value = QuantityValue(low=n, high=n, figure=n, stated_figure=n, measure="storeys", anchor=key)
    subject = f"quantity:storeys|-|-|-|{key}|-"
    claim = make("quantity", start, end, subject, f"storeys of the {key}", start, quantity=value, time=time)
    return claim if claim.modality == "asserted" else claim.model_copy(update={"modality": "asserted"})
