"""A part of a group's whole that did something ("41,200 out of an estimated 95,000 Veldans in the
valley have fled"): the part counts what the verb after the whole says; the whole sizes the group
and is no count of that state."""

from __future__ import annotations

import pytest

from discrepancy import extract

PUB = "2031-01-05"


def _subjects(text: str) -> dict[str, str]:
    return {c.span.quote: c.subject for c in extract(text, published=PUB) if c.kind == "quantity"}


@pytest.mark.parametrize(
    ("text", "part", "subject"),
    [
        ("Tarnia says about 41,200 out of an estimated 95,000 ethnic Veldans in the valley have now fled.",
         "about 41,200", "quantity:displaced|veldan|-|-|-|-"),
        ("Some 3,000 out of 40,000 residents were evacuated on Monday.", "Some 3,000",
         "quantity:evacuated|people|-|-|-|-"),
        ("Only 12 out of the 300 passengers were rescued.", "12", "quantity:rescued|passengers|-|-|-|-"),
    ],
)  # fmt: skip
def test_the_part_counts_what_the_verb_after_its_whole_says(text: str, part: str, subject: str) -> None:
    assert _subjects(text)[part] == subject


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Some 3,000 out of 40,000 residents were evacuated on Monday.", "40,000 residents"),
        ("Only 12 out of the 300 passengers were rescued.", "300 passengers"),
    ],
)
def test_the_whole_is_the_groups_size_not_a_count_of_the_state(text: str, whole: str) -> None:
    assert _subjects(text)[whole].startswith("quantity:count|")


def test_a_part_of_things_or_of_a_stateless_whole_is_not_read() -> None:
    subjects = _subjects("Labour won 400 out of 650 seats, and 8 out of 10 voters agreed.")
    assert subjects["400"].startswith("quantity:win|seat|Labour|")  # the seats Labour won, no part of people
    assert not any(s.startswith("quantity:displaced") for s in subjects.values())
