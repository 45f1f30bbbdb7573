"""An open noun keys as its listed form does, whatever its number ("one student" and "40 students"
are students), and the nouns a school, an abduction or a trade counts people by meet in one family."""

from __future__ import annotations

from discrepancy import extract


def _populations(text: str) -> list[str]:
    return [
        str(c.quantity.population)
        for c in extract(text, published="2031-05-02")
        if c.quantity is not None and c.quantity.figure is not None
    ]


def test_a_singular_noun_keys_as_its_listed_plural() -> None:
    assert _populations("A gunman killed one student in Velm on Monday.") == ["students"]
    assert _populations("A gunman killed two students in Velm on Monday.") == ["students"]


def test_those_a_school_counts_are_its_students() -> None:
    assert _populations("Gunmen kidnapped 90 pupils from a school in Velm.") == ["students"]
    assert _populations("Gunmen kidnapped 90 schoolchildren from a school in Velm.") == ["students"]


def test_those_an_abduction_holds_are_its_hostages() -> None:
    assert _populations("The abductees, totalling 90, were taken into the forest near Velm.") == ["hostages"]


def test_a_trade_counts_workers() -> None:
    assert _populations("Some 3,000 machinists walked out at the Velm plant on Monday.") == ["workers"]
