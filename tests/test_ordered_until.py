"""The end of a span an order sets ("held in pre-trial detention until May 22", "agreed to suspend
the strike until January 15th") lies after the order: a day or a month written without its year is
the first one on or after the article, though the order is told in the past. A span that merely ran
("the strike lasted until January 15") keeps the latest such day."""

from __future__ import annotations

import datetime as dt

from discrepancy import extract

OCTOBER = "2031-10-03"


def _days(text: str) -> dict[str, dt.date | None]:
    return {c.span.quote: c.time.start for c in extract(text, published=OCTOBER) if c.kind == "date"}


def test_a_strike_suspended_until_january_ends_next_january() -> None:
    days = _days("The Velm dockers agreed to suspend their strike and return to talks until January 15th.")
    assert days["January 15th"] == dt.date(2032, 1, 15)


def test_detention_until_a_month_ends_in_the_coming_one() -> None:
    assert _days("A Kelso court ordered the four men held in pre-trial detention until May 22.")["May 22"] == dt.date(
        2032, 5, 22
    )
    assert _days("The Kelso court ordered the men kept in custody until May.")["May"] == dt.date(2032, 5, 1)


def test_a_span_that_ran_until_a_day_is_past() -> None:
    assert _days("The Velm dock strike lasted until January 15.")["January 15"] == dt.date(2031, 1, 15)
