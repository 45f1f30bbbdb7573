"""A toll told by the rank of its latest victim ("a 98th victim", "a fourth person died") is a
count of the dead of at least that rank. Invented sentences; the first test failed before the
change."""

from __future__ import annotations

from discrepancy import extract


def _tolls(text: str) -> list[tuple[str, float, str]]:
    return [
        (c.subject.split("|")[0], c.quantity.figure or 0.0, c.quantity.qualifier)
        for c in extract(text, published="2031-07-26")
        if c.quantity is not None
    ]


def test_a_ranked_victim_is_a_toll_of_at_least_its_rank() -> None:
    got = _tolls("Rescuers identified a 98th victim of the Velm tower collapse on Monday.")
    assert got == [("quantity:deaths", 98.0, "at_least")]


def test_a_fourth_person_who_died_is_the_fourth_dead() -> None:
    got = _tolls("A fourth person died in hospital on Tuesday after the Velm blast, officials said.")
    assert got == [("quantity:deaths", 4.0, "at_least")]


def test_a_ranked_person_who_did_not_die_is_no_toll() -> None:
    assert _tolls("A fourth person was arrested after the Velm blast.") == []


def test_a_ranked_victim_beside_a_figure_is_left_to_the_figure() -> None:
    got = _tolls("Only five bodies and a leg of the sixth victim were found in Velm on Sunday.")
    assert [g for g in got if g[0] == "quantity:deaths"] == []
