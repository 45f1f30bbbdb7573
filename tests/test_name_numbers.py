"""A figure that ends a vessel's name ("the MV Lady Joy 3", "aboard the Velm Star 2") is part of the
name, no count; a gapped list ("and the Conservatives 121") still counts. Every sentence here is
invented."""

from __future__ import annotations

from discrepancy import extract


def _quotes(text: str) -> list[str]:
    return [c.span.quote for c in extract(text, published="2031-03-30") if c.kind == "quantity"]


def test_a_vessels_number_is_no_count() -> None:
    text = "Many of those rescued had leaped off the MV Karsk Star 3 in fear as the fire spread, the governor said."
    assert _quotes(text) == []
    assert _quotes("The ferry Velm Joy 2 caught fire off Karsk, and 31 people died.") == ["31 people"]


def test_a_gapped_list_still_counts() -> None:
    assert "121" in _quotes("Labour won 412 seats and the Conservatives 121.")
