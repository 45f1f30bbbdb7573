"""A date in a clause that a speaker tells after a comma ("..., police said") is never the date of
the telling: the date of the verb within reach before it, or of none (our own sentences)."""

from __future__ import annotations

from discrepancy import extract


def _date_keys(text: str) -> list[str]:
    return [c.subject for c in extract(text, published="2031-05-01") if c.kind == "date"]


def test_the_telling_is_not_what_happened_then() -> None:
    keys = _date_keys("A gunman killed five people at a shopping mall in Velm on Saturday, police said.")
    assert "date:say/police" not in keys
    assert _date_keys("A gunman killed five people in Velm on Saturday, police said.") == ["date:kill/gunman"]


def test_a_speaker_before_the_date_still_speaks_then() -> None:
    assert _date_keys("The ministry said on Monday that 40 people had died.") == ["date:say/ministry"]
    assert _date_keys("The minister resigned on Monday, the palace said.") == ["date:resign/minister"]
