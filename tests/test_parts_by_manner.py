"""Counts of the dead told each with its own manner of death in one sentence ("11 drowned and 18
others were burned to death") are parts of the toll by manner, never the toll; a lone manner ("78
migrants drowned") is the toll's own."""

from __future__ import annotations

from discrepancy import extract


def _subjects(text: str) -> dict[float, str]:
    return {
        c.quantity.figure: c.subject
        for c in extract(text, published="2031-05-02")
        if c.quantity is not None and c.quantity.figure is not None
    }


def test_counts_of_the_dead_each_told_with_a_manner_are_parts() -> None:
    for told in (
        "By Monday, 11 were reported to have drowned and 18 others, including three children, were burned"
        " to death on the Velm ferry.",
        "The Velm ferry fire killed 29 people on Monday. Eleven people drowned, while 18 were burnt to death.",
    ):
        subjects = _subjects(told)
        assert subjects[11].startswith("quantity:deaths|people (drown)|"), told
        assert subjects[18].startswith("quantity:deaths|people (burn)|"), told
        assert 29 not in subjects or subjects[29].startswith("quantity:deaths|people|"), told


def test_a_count_named_by_its_manner_meets_the_same_part() -> None:
    told = "The Velm ferry fire killed 29 people. Of the 29 dead, 11 drowning victims were identified, while the rest were burned to death."
    assert _subjects(told)[11].startswith("quantity:deaths|people (drown)|")


def test_a_lone_manner_and_a_group_of_its_own_stay_as_they_are() -> None:
    assert _subjects("At least 78 migrants drowned off Velm on Monday.")[78].startswith("quantity:deaths|people|")
    told = "By Monday, 11 drowned and 18 others, including three children, were burned to death on the Velm ferry."
    assert _subjects(told)[3].startswith("quantity:deaths|children|")
