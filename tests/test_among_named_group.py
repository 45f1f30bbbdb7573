""" "Among the victims were two children": a group named right before its verb, with no comma, is
broken down as "Among the victims, two were children" is: the victims are the casualty count told
just before, so the children are a part of the dead (or of the injured)."""

from __future__ import annotations

from discrepancy import extract


def _keys(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [
        (c.quantity.measure, c.quantity.population, c.quantity.figure)
        for c in extract(text, published="2031-05-02")
        if c.quantity is not None
    ]


def test_the_victims_named_before_the_verb_are_the_dead() -> None:
    keys = _keys("The blast in Velm killed 12 people. Among the victims were two children.")
    assert ("deaths", "children", 2.0) in keys


def test_the_victims_of_an_injury_count_are_the_injured() -> None:
    keys = _keys("The blast in Velm injured 30 people. Among the victims were two children.")
    assert ("injured", "children", 2.0) in keys


def test_a_group_that_is_no_casualty_count_opens_no_breakdown() -> None:
    keys = _keys("The fair in Velm drew 3,000 people. Among the visitors were 40 children.")
    assert ("count", "children", 40.0) in keys
