"""Dates: absolute and relative, resolved against the publication date at their granularity."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy.extract.dates import find_dates

PUB = dt.date(2022, 2, 22)  # a Tuesday

CASES = [
    ("on February 21, 2022", "2022-02-21", "day"),
    ("on 21 February 2022", "2022-02-21", "day"),
    ("on Jan. 31, 2022", "2022-01-31", "day"),
    ("in July 2020", "2020-07", "month"),
    ("in 2014", "2014", "year"),
    ("on Monday", "2022-02-21", "day"),
    ("on Tuesday", "2022-02-22", "day"),
    ("last Tuesday", "2022-02-15", "day"),
    ("last month", "2022-01", "month"),
    ("In December last year", "2021-12", "month"),
    ("in December", "2021-12", "month"),
    ("eight years ago", "2014", "year"),
    ("two months ago", "2021-12", "month"),
    ("yesterday", "2022-02-21", "day"),
    ("last year", "2021", "year"),
    ("earlier this month", "2022-02", "month"),
    ("2022-02-20", "2022-02-20", "day"),
    ("on February 25", "2022-02-25", "day"),
]


@pytest.mark.parametrize(("phrase", "label", "granularity"), CASES)
def test_resolves(phrase: str, label: str, granularity: str) -> None:
    text = f"It happened {phrase}, officials said."
    [m] = [d for d in find_dates(text, 0, len(text), PUB)]
    assert m.time.label() == label
    assert m.time.granularity == granularity


def test_that_year_refers_back() -> None:
    text = "The war began in 2014. That year Russia seized Crimea."
    found = find_dates(text, 0, len(text), PUB)
    assert [d.time.label() for d in found] == ["2014", "2014"]


def test_future_weekday_and_in_two_weeks() -> None:
    text = "Talks will resume on Friday and again in two weeks."
    labels = [d.time.label() for d in find_dates(text, 0, len(text), PUB)]
    assert labels[0] == "2022-02-25"
    assert labels[1] == "week of 2022-03-08"


def test_since_is_marked() -> None:
    text = "It has killed 13,000 people since 2014."
    [d] = find_dates(text, 0, len(text), PUB)
    assert d.since and d.time.label() == "2014"


def test_never_resolved_against_today() -> None:
    text = "It happened last month and on Monday."
    assert all(not d.time.resolved for d in find_dates(text, 0, len(text), None))


@pytest.mark.parametrize("text", ["You may 5 times try.", "Troops may move.", "It cost 2,014 dollars."])
def test_not_dates(text: str) -> None:
    assert find_dates(text, 0, len(text), PUB) == []


def test_an_occurrence_still_going_since_a_day_began_that_day() -> None:
    from discrepancy import extract

    for text in (
        "The union reached a deal to end the strike that has been ongoing since October 4.",
        "Workers at the Velmco plant have been on strike since October 4.",
    ):
        keys = [c.subject for c in extract(text, published="2031-11-01") if c.kind == "date"]
        assert keys == ["date:begin/strike"], text
    assert not [c for c in extract("The toll has risen since Monday.", published="2031-11-01") if c.kind == "date"]
