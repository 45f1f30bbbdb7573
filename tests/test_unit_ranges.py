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


def test_a_gust_after_the_sustained_winds_is_the_next_figures() -> None:
    """ "winds from 110 km per hour to 120 km per hour, gusting up to 135 km per hour": the gusts are
    the 135, the 110 to 120 the sustained winds. Failed before: "gusting" made both gusts."""
    text = "Cyclone Vela made landfall with winds from 110 kms per hour to 120 kms per hour, gusting up to 135 kms per hour."
    measures = [c.quantity.measure for c in extract(text, published="2031-05-27") if c.quantity]
    assert measures == ["wind_speed", "wind_gust"], measures
