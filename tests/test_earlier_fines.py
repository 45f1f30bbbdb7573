"""A fine told as an earlier or previous one ("the previous record fine of €746 million", "an earlier
fine of €265m") is another penalty than the story's, an earlier update at most: never compared as
the story's fine."""

from __future__ import annotations

from discrepancy import extract


def _times(text: str) -> list[str]:
    return [c.time.label() for c in extract(text, published="2031-12-19") if c.kind == "quantity"]


def test_the_previous_record_fine_is_of_an_earlier_time() -> None:
    assert _times("The penalty surpasses the previous record fine of €746 million imposed on Velmco.") != ["2031-12-19"]


def test_an_earlier_fine_is_of_an_earlier_time() -> None:
    found = _times("Velmco went to court to quash an earlier fine of €265m by the Orlo regulator.")
    assert "2031-12-19" not in found, found


def test_the_story_fine_is_of_today() -> None:
    assert _times("The Orlo regulator fined Velmco €1.2bn on Friday.") == ["2031-12-19"]
