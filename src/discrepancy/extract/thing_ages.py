"""The age of a thing: "a 30-year-old bridge", "the 33-year-old vessel", "the bridge that
collapsed was 30 years old". Someone told by a role ("the 38-year-old driver") is given an age in
passing, no claim: only structures, works and vehicles (`things`, and the lexicon's objects) count.

Outlets give the age of the dam that burst or the ship that sank in passing, and two that give it
two ages disagree on a fact an editor checks. The noun phrase is read off the sentence (its head's
lemma), through the lexicon's objects ("the 33-year-old vessel" is the story's ship); an article that gives one thing two ages speaks of two, and none
of them is kept (`rules/grammar/thing_ages.yaml`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from ..grammar import section
from ..lexicon import Lexicon
from ..models import Claim, QuantityValue, TimeRef
from ..read import NounPhrase, Reading
from ..read.literal_gate import gated

G = section("thing_ages")

_BEFORE = gated(G.re("year_old_before"))
_AFTER = gated(G.re("years_old_after"))
_PERSONS = G.words("persons")
_THINGS = G.words("things")

Found = tuple[int, int, str, float, int]  # age start, age end, key, age, where its phrase opens
ReadValue = TypeVar("ReadValue", bound=tuple)  # (start, end, key, value, ...)


def thing_age_claims(
    text: str,
    sents: list[tuple[int, int]],
    reading_of: Callable[[int, int], Reading],
    lex: Lexicon,
    make: Callable[..., Claim],
    time: TimeRef,
    taken: set[int],
) -> list[Claim]:
    """Age claims of things and roles; ``taken``: where an age already read (a person's) starts."""
    found: list[Found] = []
    for ss, se in sents:
        if "old" not in text[ss:se]:
            continue
        for pattern, read in ((_BEFORE, _described), (_AFTER, _subject)):
            for m in pattern.finditer(text, ss, se):
                if m.start("age") in taken:
                    continue
                np = read(reading_of(ss, se), m.end() if read is _described else m.start("verb"))
                key = key_of(reading_of(ss, se), np, lex) if np is not None else None
                if key is not None and (key in _THINGS or key in lex.objects.values()):
                    found.append((m.start("age"), m.end("age"), key, float(m.group("age")), m.start()))
    return [_claim(make, time, *f) for f in one_value_per_key(found)]


def one_value_per_key(found: Sequence[ReadValue]) -> list[ReadValue]:
    """The readings ``(start, end, key, value, ...)`` of the keys the article gives one value: one
    that gives a key two values (two ages, two counts of storeys) speaks of two things, and none of
    them is kept."""
    values: dict[str, set[float]] = {}
    for f in found:
        values.setdefault(f[2], set()).add(f[3])
    return [f for f in found if len(values[f[2]]) == 1]


def _described(reading: Reading, offset: int) -> NounPhrase | None:
    """The noun phrase right after "N-year-old"."""
    return reading.noun_phrase(reading.index_at(offset))


def _subject(reading: Reading, offset: int) -> NounPhrase | None:
    """The subject of the form of "be" at ``offset`` ("the bridge that collapsed was")."""
    return reading.clause_subject(reading.index_at(offset))


def key_of(reading: Reading, np: NounPhrase, lex: Lexicon) -> str | None:
    """The thing's key: its head's lemma through the lexicon's objects ("a 12-storey condo tower":
    the building); None for a name, a plural, an adjective or a noun for anyone at all."""
    head = reading.tokens[np.head]
    if head.tag not in ("NOUN", "VERB") or head.noun is None or head.noun != head.lower or np.lemma in _PERSONS:
        return None
    return lex.objects.get(np.lemma, np.lemma)


def _claim(
    make: Callable[..., Claim], time: TimeRef, start: int, end: int, key: str, age: float, opening: int
) -> Claim:
    value = QuantityValue(low=age, high=age, figure=age, stated_figure=age, measure="age", owner=key)
    claim = make(
        "quantity", start, end, f"quantity:age|-|{key}|-|-|-", f"age of the {key}", opening, quantity=value, time=time
    )
    return claim if claim.modality == "asserted" else claim.model_copy(update={"modality": "asserted"})
