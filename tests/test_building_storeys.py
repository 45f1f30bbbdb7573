"""A building's height in storeys is a measure of the building: two outlets that give it
differently disagree. Invented articles; the test failed before storeys were a unit."""

from __future__ import annotations

from documents import document
from flagged import flagged_pairs

from discrepancy import check


def test_two_outlets_giving_a_building_different_storeys_disagree() -> None:
    a = document("a.md", "Daily A", "2031-06-24", "Velm tower falls\n\nThe 12-storey block in Velm fell at night.")
    b = document("b.md", "Daily B", "2031-06-24", "Velm collapse\n\nThe 13-story building in Velm collapsed.")
    assert frozenset(("12-storey", "13-story")) in flagged_pairs(check([a, b]))


def test_a_condominium_building_is_the_building() -> None:
    a = document("a.md", "Daily A", "2031-06-24", "Velm tower falls\n\nThe 12-story condominium building fell.")
    b = document("b.md", "Daily B", "2031-06-24", "Velm collapse\n\nThe 13-story building in Velm collapsed.")
    assert frozenset(("12-story", "13-story")) in flagged_pairs(check([a, b]))
