"""An acronym goes by its letters without hyphens in subject keys ("VDL-N" is VDLN); a place's or a
leader's modifier ("Dorn-based", "Brell-led") is no part of a name; a chamber ("the National
Assembly") owns no seats; a shorter organisation's name keeps its distinctive word. A long name is
not turned into its initials: that collapsed two parties of one blind story's key into one owner."""

from __future__ import annotations

from discrepancy import extract


def _owner(text: str) -> str:
    (claim,) = [c for c in extract(text, published="2031-01-02") if c.kind == "quantity"]
    return claim.subject.split("|")[2]


def test_a_hyphenated_acronym_goes_by_its_letters() -> None:
    assert _owner("In the Velmish election, the Brell-led VDL-N could win only 75 seats.") == "VDLN"
    assert _owner("In the Velmish election, the VDLN won 75 seats.") == "VDLN"


def test_a_chamber_owns_no_seats() -> None:
    text = "In the Velmish election, the VDL-N stands second in the National Assembly with 78 seats."
    assert _owner(text) == "VDLN"


def test_a_short_name_keeps_its_word() -> None:
    assert _owner("In the Velmish election, the Heron Alliance secured nine seats.") == "Heron"
