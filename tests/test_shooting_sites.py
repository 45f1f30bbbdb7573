"""A count told at one site of an attack ("seven died at the bowling alley", of a shooting at a
bowling alley and a restaurant) or of those moved to hospital ("three people transferred to
hospitals also died") is that site's part, never the attack's toll."""

from __future__ import annotations

from discrepancy import extract


def _death_subjects(text: str) -> dict[float, str]:
    return {
        c.quantity.figure: c.subject
        for c in extract(text, published="2031-05-02")
        if c.quantity is not None and c.quantity.measure == "deaths" and c.quantity.figure is not None
    }


def test_a_count_at_one_site_is_a_part() -> None:
    text = (
        "A gunman killed 18 people at a bowling alley and a restaurant in Velm. "
        "Police said seven people died from gunshot wounds at the bowling alley shooting. "
        "Three people transferred to hospitals also died."
    )
    subjects = _death_subjects(text)
    assert subjects[7] != subjects[18]
    assert subjects[3] != subjects[18]


def test_a_count_at_all_the_sites_is_the_whole() -> None:
    text = "A gunman killed 18 people at a bowling alley and a restaurant in Velm."
    assert "bowling" not in _death_subjects(text)[18]
    assert "bar" not in _death_subjects("A gunman killed 18 people at Kell Bar and Grille in Velm.")[18]
