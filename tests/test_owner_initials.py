"""An organisation of three capitalised words or more goes by its initials in subject keys, as its
acronym does: "the Velm People's Party" and "the VPP" own one tally, however the name is written;
a place's or a leader's modifier ("Dorn-based", "Brell-led") is no part of the name, and a chamber
("the National Assembly") owns no seats."""

from __future__ import annotations

from discrepancy import extract


def _owner(text: str) -> str:
    (claim,) = [c for c in extract(text, published="2031-01-02") if c.kind == "quantity"]
    return claim.subject.split("|")[2]


def test_a_long_name_and_its_acronym_are_one_owner() -> None:
    assert _owner("In the Velmish election, the Velm People's Party (VPP) won 54 seats.") == "VPP"
    assert _owner("In the Velmish election, the Velm Peoples Party secured 54 seats.") == "VPP"
    assert _owner("In the Velmish election, the VPP won 54 seats.") == "VPP"


def test_a_hyphenated_acronym_meets_the_name() -> None:
    assert (
        _owner("In the Velmish election, Arno Brell's Velm Democratic League-North came second with 75 seats.")
        == "VDLN"
    )
    assert _owner("In the Velmish election, the Brell-led VDL-N could win only 75 seats.") == "VDLN"
    assert _owner("In the Velmish election, the Dorn-based Velm Democratic League North won 75 seats.") == "VDLN"


def test_a_chamber_owns_no_seats() -> None:
    text = "In the Velmish election, the Velm Democratic League-North stands second in the National Assembly with 78 seats."
    assert _owner(text) == "VDLN"


def test_a_short_name_keeps_its_word() -> None:
    assert _owner("In the Velmish election, the Heron Alliance secured nine seats.") == "Heron"
