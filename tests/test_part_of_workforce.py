"""A part of a workforce named with its whole ("277 of Velmair's 321 employees were laid off"): the
part is what happened, the whole is how many the employer employs, as for a part of a people
("41,200 out of an estimated 95,000 Veldans have fled")."""

from __future__ import annotations

import pytest

from discrepancy import extract


def _counts(text: str) -> list[tuple[str, float | None]]:
    return [(c.subject, c.quantity.low) for c in extract(text, published="2031-03-01") if c.quantity]


@pytest.mark.parametrize(
    "text",
    [
        "About 277 of Velmair's 321 employees have been laid off, the administrators said.",
        "About 277 of its 321 employees were laid off on Friday.",
        "About 277 of the Orvel Group's 321 employees have been made redundant.",
    ],
)
def test_the_part_is_laid_off_and_the_whole_is_the_staff(text: str) -> None:
    # the whole is how many the employer employs (its name, when given, owns it)
    assert [(s.split("|")[:2], v) for s, v in _counts(text)] == [
        (["quantity:laid_off", "workers"], 277.0),
        (["quantity:employed", "workers"], 321.0),
    ]


def test_a_count_laid_off_without_its_whole_is_as_before() -> None:
    assert _counts("Velmair laid off 321 employees on Friday.") == [("quantity:laid_off|workers|-|-|-|-", 321.0)]


def test_a_part_of_a_people_is_as_before() -> None:
    assert _counts("41,200 out of an estimated 95,000 Veldans in the valley have fled.") == [
        ("quantity:displaced|veldan|-|-|-|-", 41200.0),
        ("quantity:count|veldan|-|-|-|-", 95000.0),
    ]
