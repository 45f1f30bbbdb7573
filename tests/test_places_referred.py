"""A count told "in the region", "in the province" is given for the place the article last named of
that kind; none when the sentence that named it named two of the kind."""

from __future__ import annotations

from discrepancy import extract


def _subjects(text: str) -> dict[float, str]:
    return {
        c.quantity.figure: c.subject
        for c in extract(text, published="2031-05-02")
        if c.quantity is not None and c.quantity.figure is not None
    }


def test_the_province_is_the_province_named_last() -> None:
    for told in (
        "Heavy rain hit Velm province on Monday. Landslides in the province have killed 19 people. In Dorn"
        " province, 12 people died.",
        "The storm hit the Velm region on Monday. In the province of Dorn, 12 people died. Landslides in the"
        " region have killed 19 people.",
    ):
        subjects = _subjects(told)
        assert subjects[19].startswith("quantity:deaths|people|") and "|in velm|" in subjects[19], told
        assert "|in dorn|" in subjects[12], told


def test_two_places_of_the_kind_named_together_leave_it_unknown() -> None:
    told = (
        "Heavy rain hit Velm province and Dorn province on Monday. Landslides in the province have killed 19"
        " people. In Karsk province, 12 people died."
    )
    assert "|in " not in _subjects(told)[19]


def test_a_kind_that_names_its_place_after_it_is_no_reference() -> None:
    told = (
        "Heavy rain hit Velm province on Monday. In the province of Dorn, 12 people died. Landslides in the"
        " province of Karsk have killed 19 people."
    )
    assert "|in karsk|" in _subjects(told)[19]


def test_a_part_of_the_dead_told_to_be_in_a_place_is_that_places() -> None:
    for told in (
        "The storm killed 26 people. 25 of the dead were in Velmland, officials said.",
        "The storm killed 26 people, and 25 of those who died were in Velmland.",
    ):
        subjects = _subjects(told)
        assert subjects[25].startswith("quantity:deaths|people|") and "|in velmland|" in subjects[25], told
        assert "|in " not in subjects[26], told
