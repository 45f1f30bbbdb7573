"""A time of day before its act, with the same moment on another clock in brackets between them
("at 16:10 JST (07:10 UTC), a quake struck"): the act after the brackets is the one it dates, and
the bracketed time is no time of its own."""

from __future__ import annotations

from discrepancy import extract


def _clocks(text: str) -> list[tuple[str, str, int | None]]:
    return [(c.subject, c.span.quote, c.time.clock) for c in extract(text, published="2031-01-02") if c.kind == "date"]


def test_a_time_with_its_universal_time_in_brackets_dates_the_act_after_them() -> None:
    text = "On 1 January 2031, at 16:10 JST (07:10 UTC), a strong earthquake struck the Kelso peninsula."
    assert _clocks(text) == [("date:earthquake", "16:10", 16 * 60 + 10)]


def test_the_bracketed_time_is_no_time_of_its_own() -> None:
    text = "The quake struck Kelso at 4:10 p.m. (07:10 GMT) on Monday."
    assert [q for _, q, _ in _clocks(text)] == ["4:10 p.m."]
