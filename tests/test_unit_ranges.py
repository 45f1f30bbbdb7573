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


def test_and_joins_a_range_only_after_between() -> None:
    """ "killed 12 and 40 were hurt" and "rose to 73 and 52 injured" are two figures; "between 20
    and 30" is a range. Failed before: the first was read as 12 to 40 hurt, the second not at all."""

    def figures(text: str) -> list[tuple[float, str]]:
        return [(c.quantity.figure, c.quantity.qualifier) for c in extract(text, published="2031-08-31") if c.quantity]

    assert figures("The attack killed 12 and 40 were hurt.") == [(12.0, "exact"), (40.0, "exact")]
    assert figures("Officials said the toll rose to 73 and 52 injured.") == [(73.0, "exact"), (52.0, "exact")]
    assert figures("Between 20 and 30 people died.") == [(20.0, "range")]
