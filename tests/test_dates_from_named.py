"""A relative date told from the narrative ("a month earlier", "two days later", "the previous month")
counts from the date named before it in its paragraph; "ago" counts from publication."""

from __future__ import annotations

from discrepancy import extract


def _dates(text: str, published: str = "2031-11-16") -> dict[str, str]:
    return {
        c.span.quote: f"{c.time.start}..{c.time.end}" for c in extract(text, published=published) if c.kind == "date"
    }


def _rates(text: str, published: str) -> dict[float, tuple[str, str]]:
    """Each figure's subject and the month it is of."""
    return {
        c.quantity.figure: (c.subject, str(c.time.start)[:7])
        for c in extract(text, published=published)
        if c.quantity is not None
    }


def test_a_month_earlier_than_the_month_named() -> None:
    dates = _dates("Joblessness in Velm fell to 4% in March from 4.2% a month earlier, the bureau said.")
    assert dates.get("a month earlier") == "2031-02-01..2031-02-28", dates


def test_the_previous_month_follows_the_month_named() -> None:
    dates = _dates("Velm's prices rose 6% in August, after 5% the previous month, the bureau said.")
    assert dates.get("the previous month") == "2031-07-01..2031-07-31", dates


def test_days_later_count_from_the_day_named_in_the_paragraph() -> None:
    dates = _dates("The dam at Orlo broke on Sept. 8. Two days later, the toll rose to 40.")
    assert dates.get("Two days later") == "2031-09-10..2031-09-10", dates


def test_ago_still_counts_from_publication() -> None:
    dates = _dates("The dam at Orlo broke on Sept. 8. Two days ago, the toll rose to 40.")
    assert dates.get("Two days ago") == "2031-11-14..2031-11-14", dates


def test_a_day_later_than_a_month_is_no_day_of_that_month() -> None:
    # a month gives no day to count days from: publication stands
    dates = _dates("Floods hit Orlo in October. Two days later, the toll rose to 40.")
    assert dates.get("Two days later") == "2031-11-18..2031-11-18", dates


def test_another_paragraph_is_another_narrative() -> None:
    dates = _dates("The dam at Orlo broke on Sept. 8.\n\nTwo days later, the toll rose to 40.")
    assert dates.get("Two days later") == "2031-11-18..2031-11-18", dates


def test_the_earlier_level_of_a_rate_is_the_rate_of_the_month_before() -> None:
    # "up from 7.9% the previous month": September's rate of the same index, a level of its own
    text = "Consumer prices rose by 8.4% last month, up from 7.9% the previous month, the Velm bureau said."
    rates = _rates(text, "2031-11-16")
    assert rates.get(7.9) == (rates[8.4][0], "2031-09"), rates
    assert rates[8.4][1] == "2031-10", rates


def test_a_year_earlier_than_a_month_is_that_month_a_year_before() -> None:
    # "up from 5.4% a year earlier": last year's June, the rate of the same index then
    text = "Consumer prices rose 9.1% in June, up from 5.4% a year earlier, the Velm bureau said."
    rates = _rates(text, "2031-07-13")
    assert rates.get(5.4) == (rates[9.1][0], "2030-06"), rates


def test_an_earlier_level_without_a_date_of_its_own_is_no_level_of_the_month_named() -> None:
    # "the month before" is read as no date: 7.9% must not stand as October's rate beside 8.4%
    text = "Consumer prices rose 8.4% in October, up from 7.9% the month before, the Velm bureau said."
    rates = {c.quantity.figure: str(c.time.start)[:7] for c in extract(text, published="2031-11-16") if c.quantity}
    assert rates.get(7.9) != "2031-10", rates
