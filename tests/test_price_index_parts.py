"""A rate of a part of a price index, of another index, the earlier month's rate of a change and a
monthly rate are each their own figure (rules/grammar/rates.yaml, extract/rates.py)."""

from __future__ import annotations

import pytest

from discrepancy import extract

HEADLINE = "quantity:percentage:inflation|-|-|-|-|-"


def _claims(text: str) -> dict[str, tuple[str, str]]:
    return {
        c.span.quote: (c.subject, c.time.label())
        for c in extract(text, published="2031-03-18")
        if c.quantity is not None
    }


@pytest.mark.parametrize(
    ("text", "quote", "part"),
    [
        (
            "Velm's statistics office put 12-month inflation for February at 65.7% for electricity.",
            "65.7%",
            "electricity",
        ),
        ("Food price inflation in Velm climbed to 16.2% in the year to February.", "16.2%", "food"),
        ("In Velm, consumer prices rose 88.9% for gas and electricity over the year.", "88.9%", "gas and electricity"),
        ("Core inflation in Velm rose to 6.1% in February, the office said.", "6.1%", "core"),
    ],
)
def test_a_part_of_the_index_is_no_headline_rate(text: str, quote: str, part: str) -> None:
    subject = _claims(text)[quote][0]
    assert subject == f"quantity:percentage:inflation|-|-|-|in {part}|-", subject


def test_another_index_is_its_own_subject() -> None:
    text = (
        "Velm's consumer prices index including owner occupiers' housing costs (CPIH) increased by 9.6% "
        "in the 12 months to February."
    )
    assert _claims(text)["9.6%"][0] == "quantity:percentage:cpih|-|-|-|-|-"


def test_a_rise_of_the_index_is_its_rate() -> None:
    text = "Velm's Consumer Prices Index (CPI) rose by 11.1% in the 12 months to February 2031."
    assert _claims(text)["11.1%"] == (HEADLINE, "2031-02")


def test_the_rate_a_change_started_from_is_its_months_rate() -> None:
    claims = _claims("Annual inflation in Velm rose to 11.1% in February, up from 10.1% in January.")
    assert claims["11.1%"] == (HEADLINE, "2031-02")
    assert claims["from 10.1%"] == (HEADLINE, "2031-01")


def test_a_fall_in_a_month_stays_a_change() -> None:
    assert "3%" not in _claims("Bread prices in Velm fell 3% in February.")


def test_a_rate_after_the_previous_months_is_monthly() -> None:
    claims = _claims("In February, consumer prices rose by 1.6% after a 0.9% growth in the previous month.")
    assert claims["1.6%"][0] == "quantity:percentage:inflation month on month|-|-|-|-|-"


def test_the_central_banks_rate_is_no_inflation() -> None:
    assert _claims("The Bank of Velm raised its bank rate to 3% in March.")["3%"][0].startswith(
        "quantity:percentage:interest_rate|"
    )


def test_pc_glued_to_a_figure_is_percent() -> None:
    claims = _claims("Velm's food prices rose by 16.5pc in February, the statistics office said.")
    assert claims["16.5pc"][0] == "quantity:percentage:inflation|-|-|-|in food|-"
    spaced = _claims("The shop sold 3 pc units and PC Orel arrested 2 men.")
    assert not any(subject.startswith("quantity:percentage") for subject, _ in spaced.values())


def test_how_far_a_rate_moved_is_no_rate() -> None:
    assert "1%" not in _claims("Velm's inflation number was a full 1% higher than a month ago.")
    assert _claims("Velm's consumer prices were 10% higher than a year ago.")["10%"][0] == HEADLINE


def test_an_undated_rate_of_a_release_is_of_the_month_last_named() -> None:
    text = (
        "Velm's consumer prices rose by 11.1% last month, the office said. "
        "It was the highest rate since 1981. Food prices rose by 16.5% year-on-year."
    )
    assert _claims(text)["16.5%"] == ("quantity:percentage:inflation|-|-|-|in food|-", "2031-02")


def test_a_rate_dated_back_from_a_past_moment_is_not_compared() -> None:
    assert _claims("Velm's inflation had reached 10.1% last month, before easing.")["10.1%"][0] == ""


def test_a_month_that_owns_another_figure_dates_no_rate() -> None:
    text = (
        "Velm's employers added 517,000 jobs in January. This was twice the growth from December's "
        "260,000 jobs. The unemployment rate fell to 3.4 percent."
    )
    assert _claims(text)["3.4 percent"][1] == "2031-01"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Velm's fuel prices have climbed nearly 90%, while electricity has risen by around 41%.", "around 41%"),
        ("In the year to February, electricity rose by 41% in Velm, the office said.", "41%"),
    ],
)
def test_a_part_named_alone_that_rose_is_its_rate(text: str, quote: str) -> None:
    subject = _claims(text)[quote][0]
    assert subject == "quantity:percentage:inflation|-|-|-|in electricity|-", subject
