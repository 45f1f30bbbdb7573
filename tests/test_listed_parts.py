"""A list of counts set after a total and a comma, summing to it ("killed 13 people, nine adults and
four children") breaks it down as "including" does: each count is a part with the total's measure,
and the places of the parts are never the total's."""

from __future__ import annotations

from discrepancy import extract


def _subjects(text: str) -> dict[float, str]:
    return {
        c.quantity.figure: c.subject
        for c in extract(text, published="2031-05-02")
        if c.quantity is not None and c.quantity.figure is not None
    }


def test_a_list_after_a_total_is_its_parts() -> None:
    subjects = _subjects("The fire in Velm killed 13 people, nine adults and four children.")
    assert subjects[9].startswith("quantity:deaths|adult|")
    assert subjects[4].startswith("quantity:deaths|children|")
    assert subjects[13].startswith("quantity:deaths|people|")


def test_the_places_of_listed_parts_are_not_the_totals() -> None:
    subjects = _subjects("The quake killed 5 people, 3 in Velm and 2 in Dorn.")
    assert "|in velm|" in subjects[3] and "|in dorn|" in subjects[2]
    assert "|in " not in subjects[5]


def test_a_list_that_does_not_sum_to_the_total_is_no_breakdown() -> None:
    subjects = _subjects("The fire in Velm killed 13 people, nine adults and three children.")
    assert not subjects[9].startswith("quantity:deaths|")
