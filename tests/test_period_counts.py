"""A count for some of an occurrence's days ("for the two busiest days", "over the first two days")
is that period's, its own subject, never the running total. Invented sentences; failed before."""

from __future__ import annotations

import pytest

from discrepancy import extract


@pytest.mark.parametrize(
    "sentence",
    [
        "An official gave a toll of 577 deaths for the two busiest days of the festival.",
        "The heat killed 577 people over the first two days, officials said.",
        "The storm killed 40 people on the first day, officials said.",
    ],
)
def test_a_count_for_some_days_is_that_period_s(sentence: str) -> None:
    text = f"The heat has killed more than 1,100 pilgrims in Velm. {sentence}"
    counts = [c for c in extract(text, published="2031-06-25") if c.quantity and c.quantity.figure in (577, 40)]
    assert counts and all(c.subject.split("|")[4].startswith("during ") for c in counts), [c.subject for c in counts]


def test_the_first_time_is_no_period() -> None:
    counts = [c for c in extract("For the first time, 40 people died in the floods in Velm.", published="2031-06-25")]
    assert any(c.quantity and c.quantity.figure == 40 and c.subject.split("|")[4] == "-" for c in counts)
