"""A tsunami is an occurrence of its own: "the deadliest disaster since a 1960 tsunami killed 61
people" counts the tsunami's dead, never the wildfire's the article is about."""

from __future__ import annotations

from discrepancy import extract


def test_a_tsunamis_toll_is_not_the_fires() -> None:
    text = (
        "The Velm wildfire has killed 90 people, officials said. "
        "It is the island's deadliest disaster since a 1960 tsunami killed 61 people in Karsk."
    )
    subjects = {
        c.quantity.figure: c.subject
        for c in extract(text, published="2031-08-12")
        if c.quantity is not None and c.quantity.measure == "deaths"
    }
    assert subjects[61] != subjects[90]
    assert "tsunami" in subjects[61]
