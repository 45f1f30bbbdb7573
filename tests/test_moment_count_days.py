"""A day that owns an occurrence ("Thursday's collapse") is the occurrence's day, not the moment a
count that changes by the day (the missing, those in hospital) is told at: the saying's day, or
the article's, is. A count of the count's own day ("Thursday's count") keeps it. Every sentence here
is invented."""

from __future__ import annotations

import datetime as dt

from discrepancy import extract


def _day(text: str, quote: str) -> dt.date | None:
    return next(c for c in extract(text, published="2031-06-28") if c.span.quote == quote).time.start


def test_the_occurrences_day_is_not_the_missing_counts() -> None:
    text = (
        "The Velm mayor said Friday morning that the number of people unaccounted for in "
        "Thursday's building collapse increased to 159."
    )
    assert _day(text, "159") == dt.date(2031, 6, 27)
    assert _day("Some 150 people are unaccounted for after Thursday's collapse in Velm.", "Some 150 people") == dt.date(
        2031, 6, 28
    )


def test_a_counts_own_day_stays() -> None:
    assert _day("Thursday's count in Velm put the missing at 150.", "150") == dt.date(2031, 6, 26)
