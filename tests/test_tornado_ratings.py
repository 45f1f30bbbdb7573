"""A tornado's winds told with its rating are the rating's estimate of its strongest winds
(`peak_wind`), which outlets compare, never a storm's winds of one moment, compared only at
landfall; a tornado outbreak is many tornadoes, no epidemic."""

from __future__ import annotations

from discrepancy import extract


def _subjects(text: str) -> list[str]:
    return [c.subject for c in extract(text, published="2031-03-26") if c.kind == "quantity"]


def test_winds_told_with_a_rating_are_the_peak_winds() -> None:
    rated = _subjects("The Velm tornado was given an EF-4 rating with wind speeds of 170 mph.")
    peak = _subjects("The Velm tornado had estimated peak winds of 195 mph.")
    assert rated and rated == peak and rated[0].startswith("quantity:peak_wind|"), (rated, peak)


def test_a_storms_winds_stay_of_their_moment() -> None:
    assert _subjects("The Velm hurricane had winds of 140 mph on Thursday.") == [""]


def test_a_tornado_outbreak_is_no_epidemic() -> None:
    text = "Part of a wider tornado outbreak across Velm, the tornado killed 17 people."
    assert all("epidemic" not in s for s in _subjects(text)), _subjects(text)
