"""The one a passive act happened to stands right before it, never across a verb of saying: "police
said 30 people were arrested" is no arrest of the police (our own sentences)."""

from __future__ import annotations

import datetime as dt

from discrepancy import extract

PUBLISHED = dt.date(2024, 5, 1)


def _events(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(c.event.agent, c.event.type, c.event.patient) for c in extract(text, published=PUBLISHED) if c.event]


def test_the_speaker_is_not_the_patient_of_a_passive() -> None:
    for text in (
        "Police said 30 people were arrested.",
        "A spokesman for the Velm police said 30 people were arrested.",
    ):
        assert not [e for e in _events(text) if e[2] == "police"], text


def test_the_patient_right_before_the_passive_is_kept() -> None:
    assert (None, "arrest", "protesters") in _events("The ministry said 12 protesters were detained on Sunday.")
