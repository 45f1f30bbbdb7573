"""A part of one unit told after the unit completes the figure: "an hour and a half" is 1.5 hours."""

from __future__ import annotations

from discrepancy import extract


def _figures(text: str) -> dict[str, float]:
    return {c.span.quote: c.quantity.figure for c in extract(text, published="2031-05-02") if c.quantity is not None}


def test_an_article_unit_and_a_half_is_one_and_a_half_units() -> None:
    assert _figures("The siege at the Velm depot lasted an hour and a half.") == {"an hour and a half": 1.5}
    assert _figures("The strike at the Dorn plant lasted a week and a half.") == {"a week and a half": 252.0}


def test_a_qualified_unit_keeps_its_half() -> None:
    # "about a year" alone would be a year: a false disagreement with "18 months"
    figures = _figures("Rey had worked at the Velm plant for about a year and a half.")
    assert figures == {"about a year and a half": 13149.0}
    assert _figures("The Velm talks lasted two hours and a half.") == {"two hours and a half": 2.5}


def test_a_half_that_says_when_is_no_duration() -> None:
    assert _figures("An hour and a half later, the gunmen in Velm surrendered.") == {}
