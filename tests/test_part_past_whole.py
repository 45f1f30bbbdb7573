"""A part whose verb follows a whole told with a joined group and where it was ("two of the 181
passengers and crew on board were injured", "two of the 40 people aboard survived"): the verb is
the part's, read past those words; those who survived are counted as the rescued."""

from __future__ import annotations

from discrepancy import extract


def _by_figure(text: str) -> dict[float, str]:
    claims = extract(text, published="2031-01-02")
    return {c.quantity.figure: c.subject for c in claims if c.kind == "quantity" and c.quantity}


def test_the_verb_past_a_joined_group_on_board() -> None:
    got = _by_figure("Two of the 181 passengers and crew on board were injured in the crash at Velm.")
    assert got[2].startswith("quantity:injured|people")


def test_those_who_survived_are_the_rescued() -> None:
    got = _by_figure("Only two of the 40 people aboard survived the crash at Velm.")
    assert got[2] == _by_figure("Two people were rescued after the crash at Velm.")[2]
