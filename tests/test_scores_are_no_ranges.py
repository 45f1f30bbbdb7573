"""Two equal figures joined by a hyphen are a score ("a 3-3 draw"), not a range of a count."""

from __future__ import annotations

from discrepancy import extract


def _figures(text: str) -> list[str]:
    return [c.span.quote for c in extract(text, published="2031-12-19") if c.kind == "quantity"]


def test_a_drawn_score_is_no_crowd() -> None:
    assert _figures("Velm and Orlo played out a 2-2 draw in front of their fans on Sunday.") == []


def test_a_range_still_is_one() -> None:
    assert _figures("Some 20-30 people were hurt in Velm on Sunday.") == ["Some 20-30 people"]


def test_a_crowd_that_watched_is_a_crowd() -> None:
    # "watched" after the figure is a verb, not a noun the figure counts
    found = [c.subject for c in extract("A crowd of 61,200 watched the Velm final.", published="2031-12-19")]
    assert any(s.startswith("quantity:protesters|people") for s in found), found
