"""A rate taken over a month or a quarter is another figure than the same rate over a year, and a
share that prices rose by is the rate of inflation of those prices (rules/grammar/rates.yaml)."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract


def _keys(text: str) -> dict[str, str]:
    return {c.span.quote: c.subject for c in extract(text, published="2031-03-02") if c.quantity is not None}


ANNUAL = "quantity:percentage:inflation|-|-|-|-|-"
MONTHLY = "quantity:percentage:inflation month on month|-|-|-|-|-"


@pytest.mark.parametrize(
    ("text", "quote", "key"),
    [
        ("Monthly inflation in Orlesia stood at 2.9% in February.", "2.9%", MONTHLY),
        ("Month-over-month consumer prices climbed by 2.9 percent in February.", "2.9 percent", MONTHLY),
        (
            "The statistics office said consumer prices rose to 47.3% in February from a year earlier "
            "and by 2.9% from the previous month.",
            "2.9%",
            MONTHLY,
        ),
        (
            "The statistics office said consumer prices rose to 47.3% in February from a year earlier "
            "and by 2.9% from the previous month.",
            "47.3%",
            ANNUAL,
        ),
        ("Annual inflation in Orlesia hit 47.3 percent in February.", "47.3 percent", ANNUAL),
        ("Inflation posted its ninth monthly rise in a row, reaching 47.3% in February.", "47.3%", ANNUAL),
    ],
)
def test_a_rate_keeps_the_period_it_is_taken_over(text: str, quote: str, key: str) -> None:
    assert _keys(text).get(quote) == key, _keys(text)


def test_quarterly_growth_is_no_annual_growth() -> None:
    assert (
        _keys("Quarterly growth slowed to 0.6%.").get("0.6%")
        == "quantity:percentage:growth quarter on quarter|-|-|-|-|-"
    )


@pytest.mark.parametrize(
    ("text", "quote", "key"),
    [
        ("Bread prices rose by 71% in February.", "71%", "quantity:percentage:inflation|-|-|-|in bread|-"),
        (
            "Fuel prices, which soared almost 90 percent, led the rise.",
            "almost 90 percent",
            "quantity:percentage:inflation|-|-|-|in fuel|-",
        ),
        ("Consumer prices continued to climb by 47%.", "47%", ANNUAL),
    ],
)
def test_a_rise_of_prices_is_their_rate_of_inflation(text: str, quote: str, key: str) -> None:
    assert _keys(text).get(quote) == key, _keys(text)


def test_other_changes_stay_changes() -> None:
    assert _keys("Exports dropped 14 percent and shares climbed 6%.") == {}
    assert "3%" not in _keys("Bread prices fell 3% in February.")


@pytest.mark.parametrize(
    ("text", "quote", "key"),
    [
        ("Orlesia's inflation hit 9.2% in February, while living costs were up 2pc on the month.", "2pc", MONTHLY),
        ("In Orlesia the cost of living rose 2.1% from the previous month, the office said.", "2.1%", MONTHLY),
        ("Orlesia's inflation hit 9.2% in February, while prices climbed 2% from the previous month.", "2%", MONTHLY),
    ],
)
def test_the_cost_of_living_is_prices(text: str, quote: str, key: str) -> None:
    assert _keys(text).get(quote) == key


def test_what_an_economy_grew_by_is_its_growth_and_an_expectation_a_forecast() -> None:
    text = "Velmia's economy grew 2.1% in the second quarter, faster than the 1.8% economists had expected."
    got = {c.span.quote: c.subject for c in extract(text, published=dt.date(2031, 8, 1)) if c.quantity}
    assert got["2.1%"].startswith("quantity:percentage:growth|")
    assert got["1.8%"].startswith("quantity:percentage:forecast|")
    assert {
        c.span.quote for c in extract("GDP expanded by 0.6 percent in the first quarter.", published="2031-05-01")
    } == {"0.6 percent"}
