"""People moved to a shelter are the evacuated, whatever the verb of moving ("shifted 1.1 lakh people
to cyclone shelters" meets "evacuated 1.1 lakh residents"); people moved elsewhere are not."""

from __future__ import annotations

from discrepancy import extract


def _measures(text: str) -> dict[str, str]:
    return {
        c.span.quote: c.subject.split(":")[1].split("|")[0]
        for c in extract(text, published="2031-05-27")
        if c.quantity is not None and c.subject
    }


def test_people_shifted_to_shelters_are_evacuated() -> None:
    got = _measures("The Velm government shifted 11,000 people from coastal areas to cyclone shelters.")
    assert got == {"11,000 people": "evacuated"}, got


def test_people_moved_to_safer_places_are_evacuated() -> None:
    got = _measures("Officials in Velm moved 3,000 residents to safer places on Sunday.")
    assert got == {"3,000 residents": "evacuated"}, got


def test_people_moved_to_a_town_are_not_evacuated() -> None:
    got = _measures("Officials in Velm moved 3,000 residents to Karsk on Sunday.")
    assert "evacuated" not in got.values(), got
