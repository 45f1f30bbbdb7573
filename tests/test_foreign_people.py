"""A count of "foreign" nationals, citizens or residents counts foreigners, a part of the whole, as
"foreigners" reads: "two foreign residents" never meets all those detained."""

from __future__ import annotations

from discrepancy import extract


def _subjects(text: str) -> list[str]:
    return [c.subject for c in extract(text, published="2031-12-19") if c.kind == "quantity"]


def test_foreign_residents_are_foreigners() -> None:
    found = _subjects("One Velmian and two foreign residents have been detained over the fire, prosecutors said.")
    assert "quantity:arrests|foreigner|-|fire|-|-" in found, found


def test_foreign_nationals_meet_foreigners() -> None:
    told = _subjects("Twelve foreign nationals were killed in the Velm blast.")
    named = _subjects("Twelve foreigners were killed in the Velm blast.")
    assert told == named, (told, named)


def test_workers_stay_workers() -> None:
    assert _subjects("Two foreign workers were killed in the Velm blast.")[0].startswith("quantity:deaths|workers")
