"""A month's name that is also an occurrence word ("March") dates a figure; it is no protest march."""

from __future__ import annotations

import pytest

from discrepancy import extract


def _occurrences(text: str) -> list[str]:
    return [c.quantity.occurrence or "-" for c in extract(text, published="2030-03-25") if c.quantity is not None]


@pytest.mark.parametrize(
    "text",
    [
        "The toll from the bombing on Monday (March 18) evening has climbed to 61.",
        "The bombing on 18 March killed 61 people.",
        "Since March, the bombing campaign has killed 61 people.",
        "The bombing, on Monday 18 March, killed 61 people.",
    ],
)
def test_a_month_is_no_march(text: str) -> None:
    assert _occurrences(text) == ["attack"], _occurrences(text)


@pytest.mark.parametrize(
    "text",
    [
        "About 9,000 people joined the March 1 march, the organisers said.",
        "The Women's March drew 9,000 people, the organisers said.",
        "About 9,000 people joined the march through the old town.",
    ],
)
def test_a_march_is_still_a_protest(text: str) -> None:
    assert _occurrences(text) == ["protest"], _occurrences(text)


def test_a_stampede_is_an_occurrence_of_its_own() -> None:
    text = "The stampede at the shrine killed 31 pilgrims and injured 60 others."
    assert set(_occurrences(text)) == {"crush"}, _occurrences(text)
