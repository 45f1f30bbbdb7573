"""A time of the clause right before a count ("This year 18,000 pilgrims") leaves the count a count."""

from __future__ import annotations

from discrepancy import extract


def _figures(text: str) -> list[float]:
    return [c.quantity.figure for c in extract(text, published="2031-06-20") if c.quantity is not None and c.subject]


def test_a_count_after_this_year_or_last_week_is_read() -> None:
    assert _figures("This year 18,000 pilgrims took part in the Velm festival.") == [18000]
    assert _figures("Last week 40 homes burned in Karsk.") == [40]


def test_a_number_after_year_or_day_alone_is_still_a_label() -> None:
    assert _figures("On day 12 of the trial in Velm, the judge spoke.") == []
