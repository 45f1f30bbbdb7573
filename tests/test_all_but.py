"""The figure after "all but" ("leaving all but two feared dead") counts those the clause leaves
out, never the count it states; a figure joined by a hyphen to a part of a building ("the
six-storey block") is an adjective's: neither is a claim."""

from __future__ import annotations

from discrepancy import extract


def _deaths(text: str) -> list[float]:
    return [
        c.quantity.figure
        for c in extract(text, published="2031-05-02")
        if c.quantity is not None and c.quantity.measure == "deaths" and c.quantity.figure is not None
    ]


def test_all_but_a_figure_is_no_count() -> None:
    assert _deaths("The Velm ferry sank off Karsk, leaving all but two feared dead.") == []
    assert _deaths("A bus plunged into the Dorn gorge and everyone except three were killed.") == []


def test_a_figure_after_but_alone_is_a_count() -> None:
    assert _deaths("The Velm ferry sank off Karsk, but two people were killed.") == [2]


def test_a_figure_joined_to_a_buildings_part_is_no_count() -> None:
    assert _deaths("The fire gutted a three-bedroom house in Velm and killed two people.") == [2]
    assert _deaths("Smoke filled the six-storey block in Velm and killed 40 people.") == [40]


def test_a_difference_is_no_count() -> None:
    text = "The number of confirmed deaths in Velm is three fewer than the 48 announced on Sunday."
    assert 3 not in _deaths(text)
