"""A noun of harm after "and" ("the deaths of four people and injuries to 95 others") is no second
group joined to the first: the four are people, as "killed four people and injured 95 others" says."""

from __future__ import annotations

from discrepancy import extract


def _by_figure(text: str) -> dict[float, str]:
    claims = extract(text, published="2031-01-02")
    return {c.quantity.figure: c.subject for c in claims if c.kind == "quantity" and c.quantity}


def test_injuries_are_no_group_joined_to_the_dead() -> None:
    got = _by_figure("The storm led to the deaths of four people and injuries to 95 others in Velm.")
    told = _by_figure("The storm killed four people and injured 95 others in Velm.")
    assert got[4] == told[4] and got[95] == told[95]


def test_two_groups_joined_still_count_together() -> None:
    assert "and" in _by_figure("Ten soldiers and police officers died in Velm.")[10]
