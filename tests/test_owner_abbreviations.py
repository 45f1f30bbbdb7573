"""A party named in full with its abbreviation in brackets ("the Velm People's Party (VPP) won 54
seats") owns the tally by the abbreviation, as outlets that write only "VPP" do; a person's party in
brackets ("Ana Rey (VP)") is no abbreviation of the person, who keeps the figure."""

from __future__ import annotations

from discrepancy import extract


def _subject(text: str) -> str:
    (claim,) = [c for c in extract(text, published="2031-01-02") if c.kind == "quantity"]
    return claim.subject


def test_the_bracketed_abbreviation_owns_the_seats() -> None:
    full = _subject("The Velm People’s Party (VPP) won 54 seats in the Velmish election.")
    assert full == _subject("The VPP won 54 seats in the Velmish election.")


def test_a_hyphened_abbreviation() -> None:
    full = _subject("In the Velmish election, the Velm Muslim League-Nawaz (VML-N) has won 75 seats.")
    assert "|VML-N|" in full


def test_a_persons_party_is_no_abbreviation() -> None:
    assert "|Rey|" in _subject("In the Velmish election, Ana Rey (VP) won 54 seats.")


def test_the_abbreviation_of_the_last_words() -> None:
    led = _subject("In the Velmish election, Ana Rey’s Velm Muslim League-Nawaz (VML-N) won 75 seats.")
    assert "|VML-N|" in led
    based = _subject("In the Velmish election, the Ora-based Velm Qaumi Movement (VQM) garnered 17 seats.")
    assert "|VQM|" in based


def test_a_candidates_party_after_of_stays_the_candidates() -> None:
    assert "|Okafor|" in _subject("Tomas Okafor of the Velm Progress Party (VPP) won 7 million votes.")


def test_a_leader_led_by_is_no_owner() -> None:
    led = _subject("In the Velmish election, the Velm Party, led by Ana Rey, secured 54 seats.")
    assert led == _subject("In the Velmish election, the Velm Party secured 54 seats.")
