"""A preposition after a figure opens a phrase of its own: "the toll rose to 1,300 amid high
temperatures" counts people, not temperatures."""

from __future__ import annotations

import pytest

from discrepancy import extract


@pytest.mark.parametrize(
    "text",
    [
        "The death toll rose to 1,300 amid extremely high temperatures.",
        "The toll reached 90 despite rescue efforts.",
        "The toll stood at 75 following the storms.",
        "The toll climbed to 64 across the provinces.",
    ],
)
def test_a_toll_before_a_preposition_counts_people(text: str) -> None:
    populations = [c.subject.split("|")[1] for c in extract(text, published="2031-05-02") if c.kind == "quantity"]
    assert populations == ["people"]
