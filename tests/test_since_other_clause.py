"""A 'since' date starts a running total only in the figure's own clause: in a later clause
("a toll not seen since 2009") it spans a record, and the total's start is its occurrence's day."""

from __future__ import annotations

import datetime as dt

from discrepancy import extract


def _since(text: str) -> dt.date | None:
    claims = [c for c in extract(text, published="2031-06-13") if c.quantity is not None]
    assert claims
    return claims[0].time.since


def test_a_since_after_the_clause_break_is_not_the_totals_start() -> None:
    text = "The toll from the flood that hit Marrowby on Monday has risen to 85, a toll not seen there since 1998."
    assert _since(text) == dt.date(2031, 6, 9)


def test_a_since_in_the_figures_own_clause_starts_the_total() -> None:
    assert _since("The insurgency has killed 3,400 people since 2019.") == dt.date(2019, 1, 1)
