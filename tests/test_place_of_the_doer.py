"""A count whose doer is a place's government or authorities is that place's ("the West Velm
government evacuated 110,000 residents", "authorities in Dorn shifted 9,000 people"), as "in West
Velm" would make it: in a story told in two places, the count of one is never the other's."""

from __future__ import annotations

from discrepancy import extract


def _subjects(text: str) -> dict[float, str]:
    return {
        c.quantity.figure: c.subject
        for c in extract(text, published="2031-05-02")
        if c.quantity is not None and c.quantity.figure is not None
    }


def test_a_government_places_what_it_did() -> None:
    told = (
        "Cyclone Tarn hit the coast on Sunday. In Karsk, 80,000 people were evacuated. The West Velm"
        " government had evacuated nearly 110,000 residents, and authorities in Dorn shifted 9,000 people."
    )
    subjects = _subjects(told)
    assert "|in west velm|" in subjects[110_000]
    assert "|in dorn|" in subjects[9_000]
    assert "|in karsk|" in subjects[80_000]


def test_a_government_that_only_speaks_places_nothing() -> None:
    told = (
        "Cyclone Tarn hit the coast on Sunday. In Karsk, 80,000 people were evacuated. The Velm"
        " government said 110,000 residents were evacuated."
    )
    assert "|in velm|" not in _subjects(told)[110_000]
