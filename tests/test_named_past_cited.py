"""A named occurrence cited as a past one by the words before it ("since 2005, when Hurricane Dorn
...") is not the one a later figure of the article is about. Invented sentences; the first test
failed before the change."""

from __future__ import annotations

from discrepancy import extract


def _subjects(text: str) -> dict[str, str]:
    return {c.span.quote: c.subject for c in extract(text, published="2031-10-01") if c.kind == "quantity"}


def test_a_storm_cited_with_a_past_year_and_when_is_not_the_articles() -> None:
    got = _subjects(
        "Velma is the deadliest storm in the region since 2015, when Hurricane Dorn killed 300 people. "
        "Velma killed at least 40 people."
    )
    assert "Dorn" not in got["at least 40 people"]


def test_a_storm_named_this_year_is_the_articles() -> None:
    got = _subjects("In 2031, when Hurricane Velma struck, officials counted 40 dead. The storm killed 40 people.")
    assert "Hurricane Velma" in got["40 people"]
