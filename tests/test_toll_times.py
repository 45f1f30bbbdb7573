"""Whose time a toll is: the day of the occurrence it is the result of starts the count, and the
toll stands as of the article."""

from __future__ import annotations

import datetime as dt

from discrepancy import extract


def _toll_day(text: str, published: str = "2031-04-14") -> dt.date | None:
    claims = extract(text, published=published)
    tolls = [c for c in claims if c.quantity is not None and c.quantity.measure == "deaths"]
    assert len(tolls) == 1
    return tolls[0].time.start


def test_the_day_of_the_occurrence_still_starts_the_count() -> None:
    # no statement between the day and the figure: Saturday's quake has killed 140 as of publication
    assert _toll_day("The quake that struck Orvel on Saturday has killed 140 people, the agency said.") == dt.date(
        2031, 4, 14
    )


def test_a_toll_given_as_an_occurrence_s_result_counts_since_its_day() -> None:
    # weeks after the blasts, the writer's toll is the one known now, not the count on 3 May
    text = "On 3 May 2031, two bombs went off in Orvel, killing at least 90 people."
    assert _toll_day(text, published="2031-06-20") == dt.date(2031, 6, 20)


def test_a_past_year_s_result_stays_that_year_s() -> None:
    text = "On 3 May 2029, two bombs went off in Orvel, killing at least 90 people."
    assert _toll_day(text, published="2031-06-20") == dt.date(2029, 5, 3)
