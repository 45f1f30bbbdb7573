""" "The weekend" told with no word of direction ("the bridge collapsed over the weekend", "the
weekend rupture of the dam") is the last weekend on or before the article's day, Saturday and
Sunday: an act another outlet puts on a weekday after it disagrees. A weekend told as coming ("will
reopen at the weekend") is no date. The weekend is taken to be the last one, so it dates only an
act the lexicon names ("the bridge collapsed"), not one read off any verb ("authorities evacuated
12,000 residents over the weekend", which another outlet's "12,000 on Monday" does not gainsay)."""

from __future__ import annotations

import datetime as dt

from documents import date_keys, same_day_report

from discrepancy import extract

WEDNESDAY = "2031-01-08"


def _dates(text: str) -> list[tuple[str, str, dt.date | None, dt.date | None]]:
    return [
        (c.subject, c.span.quote, c.time.start, c.time.end)
        for c in extract(text, published=WEDNESDAY)
        if c.kind == "date"
    ]


def test_over_the_weekend_is_the_last_saturday_and_sunday() -> None:
    dates = _dates("The Kelso bridge collapsed over the weekend, officials said.")
    assert dates == [("date:collapse", "the weekend", dt.date(2031, 1, 4), dt.date(2031, 1, 5))]


def test_a_weekend_told_as_coming_is_no_date() -> None:
    assert _dates("The Kelso bridge will reopen at the weekend.") == []


def test_the_weekend_and_a_later_weekday_of_one_act_disagree() -> None:
    report = same_day_report(
        "Floods hit 3,000 homes in Velm after the Kelso bridge collapsed over the weekend, officials said.",
        "Floods hit 3,000 homes in Velm after the Kelso bridge collapsed on Tuesday, officials said.",
        published=WEDNESDAY,
    )
    flagged = {c.span.quote for f in report.findings for c in [f.claim, *f.conflicts_with]}
    assert {"the weekend", "collapsed on Tuesday"} <= flagged


def test_an_act_read_off_any_verb_is_not_dated_by_an_assumed_weekend() -> None:
    keys = date_keys("Authorities evacuated about 12,000 residents of Velm over the weekend.", WEDNESDAY)
    assert keys == {}
