"""Clock times in the forms outlets write them besides "3:45 p.m.": a military time with "hrs" after
a word of time ("landed at 1545hrs"), and a 24-hour time with a space after its colon or its "pm"
said again ("15: 45 pm", "14:14 PM"). A figure of hours worked ("worked 1545hrs") is no time."""

from __future__ import annotations

from discrepancy import extract


def _clocks(text: str) -> list[tuple[str, int | None]]:
    return [(c.span.quote, c.time.clock) for c in extract(text, published="2031-05-22") if c.time.clock is not None]


def test_a_military_time_with_hrs_is_a_clock_time() -> None:
    assert _clocks("The Velmair jet diverted to Kelso and landed at 1545hrs local time.") == [("1545hrs", 15 * 60 + 45)]


def test_a_24_hour_time_with_pm_said_again_is_that_time() -> None:
    assert _clocks("The Velmair jet diverted to Kelso, and landed at 15: 45 pm local time.") == [
        ("15: 45 pm", 15 * 60 + 45)
    ]
    assert _clocks("The Velmair jet landed at 14:14 PM.") == [("14:14 PM", 14 * 60 + 14)]


def test_hours_worked_are_no_time_nor_a_24_hour_time_in_the_morning() -> None:
    assert _clocks("The crew worked 1545hrs last year.") == []
    assert _clocks("The Velmair jet landed at 15:45 am.") == []
