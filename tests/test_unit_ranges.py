"""A range whose unit is written with both figures ("between 251 feet and 349 feet") is one
figure, as "between 251 and 349 feet" is. Invented sentences; failed before (two exact figures)."""

from __future__ import annotations

import pytest

from discrepancy import extract


@pytest.mark.parametrize(
    "text",
    ["The helicopter flew at between 251 feet and 349 feet.", "The helicopter flew at between 251 and 349 feet."],
)
def test_a_range_told_with_its_unit_twice_is_one_figure(text: str) -> None:
    [q] = [c.quantity for c in extract(text, published="2031-01-30") if c.quantity is not None]
    assert q.qualifier == "range" and round(q.low or 0) == 77 and round(q.high or 0) == 106, q


def test_a_falling_pair_is_no_range() -> None:
    found = [c.quantity for c in extract("The lake shrank from 30 km to 20 km.", published="2031-01-30") if c.quantity]
    assert all(q.qualifier != "range" for q in found), found
