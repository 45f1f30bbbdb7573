"""A state word between a figure and its noun ("216 rescued individuals", "50 displaced families")
says what happened to those counted, over a verb of the clause that only moves them ("were
brought to Velm", "were housed")."""

from __future__ import annotations

from discrepancy import extract


def _subject(text: str) -> str:
    (claim,) = [c for c in extract(text, published="2031-01-02") if c.kind == "quantity"]
    return claim.subject


def test_rescued_before_the_noun() -> None:
    told = _subject("The coast guard rescued 216 people off Velm.")
    assert _subject("There were 216 rescued individuals who were brought to Velm.") == told


def test_displaced_before_the_noun() -> None:
    assert _subject("Officials said 50 displaced families were housed in Velm.").startswith("quantity:displaced|")
