"""A figure alone in square brackets ("killed 17 people [1]", a wiki table's "17 [1] [2]") is a
footnote's number, no count. Every sentence here is invented."""

from __future__ import annotations

from discrepancy import extract


def _quotes(text: str) -> list[str]:
    return [c.span.quote for c in extract(text, published="2031-03-26") if c.kind == "quantity"]


def test_a_footnotes_number_is_no_count() -> None:
    assert _quotes("The tornado near Velm killed 17 people [1] and injured 165 [2].") == ["17 people", "165"]
    assert _quotes("| Fatalities | 17 [1] [2] |") == ["17"]
