"""A weekday a verb of declaring sets apart ("declared Sunday a national day of mourning") is the
nearest such weekday to publication, whichever side. Invented sentences; the first test failed
before the change."""

from __future__ import annotations

import datetime as dt

from discrepancy import extract

_TEXT = "President Velm declared Sunday a national day of mourning after the attack in Orvel."


def _day(published: str) -> dt.date | None:
    return next(c.time.start for c in extract(_TEXT, published=published) if c.span.quote == "Sunday")


def test_declared_the_day_before_it() -> None:
    assert _day("2031-03-22") == dt.date(2031, 3, 23)  # a Saturday's article: the next day


def test_told_the_day_after_it() -> None:
    assert _day("2031-03-24") == dt.date(2031, 3, 23)  # a Monday's article: the day before


def test_a_weekday_of_an_act_stays_past() -> None:
    got = next(
        c.time.start
        for c in extract("President Velm declared on Sunday that the war was over.", published="2031-03-22")
        if c.span.quote.endswith("Sunday")
    )
    assert got == dt.date(2031, 3, 16)
