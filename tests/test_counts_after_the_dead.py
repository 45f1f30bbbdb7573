"""After a count of the dead, "182 more injured" counts the injured besides the dead (no addition
to an earlier count of the injured), and "and rescuers found ..." opens a clause of its own (no
second group counted with the dead). Invented sentences; each test failed before its change."""

from __future__ import annotations

from discrepancy import extract


def _subjects(text: str) -> dict[str, str]:
    return {c.span.quote: c.subject for c in extract(text, published="2031-03-25") if c.kind == "quantity"}


def test_more_injured_after_the_dead_are_the_injured_of_the_attack() -> None:
    got = _subjects("The attack on the Velm arena left 137 people dead and 182 more people injured.")
    assert got["182 more people"].startswith("quantity:injured|people|")
    assert "one update" not in got["182 more people"]


def test_a_noun_with_its_own_verb_and_object_is_no_second_group() -> None:
    got = _subjects("The quake in Velm killed 12 people and rescuers found eight more bodies.")
    assert got["12 people"].startswith("quantity:deaths|people|")


def test_left_all_on_board_dead_counts_the_dead_and_those_on_board() -> None:
    claims = extract(
        "The collision over the Velm river left all 67 people on board the jet dead.", published="2031-01-30"
    )
    measures = {c.quantity.measure for c in claims if c.quantity is not None and c.span.quote == "67 people"}
    assert measures == {"on_board", "deaths"}
