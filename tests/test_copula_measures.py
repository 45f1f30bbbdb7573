"""A measure set against its subject by a form of "be" ("the runway is 2,500 metres long", "the
canyon, which is over 300 metres deep", "the canyon, which the ranger said was nearly 1,000 feet
deep"): what it measures is that subject, past a relative pronoun and its speaker, as it is when
a linking verb stands between ("the runway measures 2,500 metres")."""

from __future__ import annotations

from discrepancy import extract


def _subject(text: str) -> str:
    (claim,) = [c for c in extract(text, published="2031-01-02") if c.kind == "quantity"]
    return claim.subject


def test_a_measure_after_is_measures_the_subject() -> None:
    plain = _subject("The new runway at Dorrin is 2,500 metres long.")
    assert "runway" in plain
    assert _subject("The new runway at Dorrin, which is 2,500 metres long, opened on Monday.") == plain


def test_a_relative_clause_with_its_speaker() -> None:
    told = _subject("The plane fell into a canyon, which the ranger said was nearly 300 metres deep.")
    assert "canyon" in told
    assert _subject("The plane fell into a canyon, which is over 300 metres deep.") == told


def test_measures_of_different_things_stay_apart() -> None:
    runway = _subject("The new runway at Dorrin is 2,500 metres long.")
    tunnel = _subject("The new tunnel at Dorrin is 2,500 metres long.")
    assert "tunnel" in tunnel and runway != tunnel


def test_over_after_a_size_verb_qualifies_the_figure() -> None:
    """'stood over 60 feet high' is 'stood' and 'more than 60 feet', never a verb 'stand over'; the
    verb's form in -s after a singular noun is still the verb ('the banyan stands over')."""
    plain = _subject("The old fig tree at Dorrin stood 60 feet high.")
    assert "tree" in plain
    assert _subject("The old fig tree at Dorrin stood over 60 feet high.") == plain
    assert _subject("The old fig tree at Dorrin stands over 60 feet high.") == plain
    assert "tower" in _subject("The Velm tower measures over 400 feet.") or "building" in _subject(
        "The Velm tower measures over 400 feet."
    )
