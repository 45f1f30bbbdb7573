"""A leader named after "led by" in an aside ("the Velm Party, led by Ana Rey, secured 54 seats")
owns no tally: the party does."""

from __future__ import annotations

from discrepancy import extract


def _subject(text: str) -> str:
    (claim,) = [c for c in extract(text, published="2031-01-02") if c.kind == "quantity"]
    return claim.subject


def test_a_leader_led_by_is_no_owner() -> None:
    led = _subject("In the Velmish election, the Velm Party, led by Ana Rey, secured 54 seats.")
    assert led == _subject("In the Velmish election, the Velm Party secured 54 seats.")


def test_a_candidate_alone_owns_the_seats() -> None:
    assert "|Rey|" in _subject("In the Velmish election, Ana Rey secured 54 seats.")
