"""A state word before a verb of saying names who speaks ("Survivors said there were 400 people on
the ferry"): the survivors tell the count, they are not what it counts."""

from __future__ import annotations

from discrepancy import extract


def _measures(text: str) -> dict[float, str]:
    return {
        c.quantity.figure: c.quantity.measure or ""
        for c in extract(text, published="2031-06-15")
        if c.quantity is not None and c.quantity.figure is not None
    }


def test_the_speakers_state_is_not_the_counts() -> None:
    assert _measures("Survivors said there were 400 people on the Velm ferry.")[400] != "rescued"


def test_a_state_after_the_saying_is_the_counts() -> None:
    assert _measures("Survivors said 12 people died when the Velm ferry sank.")[12] == "deaths"
