"""A time of day written with a dot: "at 21.40", "around 12.30", "9.15pm" (British and European
usage). It is a time of day after a word of time ("at", "around", "shortly before") or before a
zone or a half of the day, never a count of anything; a decimal with a unit ("12.30 percent", "a
4.5 magnitude", "6.58 m") or a level ("the rate stood at 3.45") stays a figure."""

from __future__ import annotations

from discrepancy import extract


def _clocks(text: str) -> list[tuple[str, int | None]]:
    return [
        (c.span.quote, c.time.clock)
        for c in extract(text, published="2031-01-02")
        if c.kind == "date" and c.time.clock is not None
    ]


def _quantities(text: str) -> list[str]:
    return [c.span.quote for c in extract(text, published="2031-01-02") if c.kind == "quantity"]


def test_a_dotted_time_after_at_is_a_time_of_day() -> None:
    assert _clocks("The ferry sank at 21.40 on Monday off Carrow Point.") == [("21.40", 21 * 60 + 40)]


def test_a_dotted_time_with_about_before_it_and_a_comma_after() -> None:
    text = "Around 12.30, the procession moved off towards Dalmer Square."
    assert _clocks(text) == [("Around 12.30", 12 * 60 + 30)]


def test_a_dotted_time_before_local_time() -> None:
    assert _clocks("The tremor struck Osland at 17.45 local time on Tuesday.") == [("17.45", 17 * 60 + 45)]


def test_a_dotted_time_joined_to_pm_is_no_count() -> None:
    text = "The clubs agreed the transfer at 9.15pm on Tuesday."
    assert _quantities(text) == []
    assert _clocks(text) == [("9.15pm", 21 * 60 + 15)]


def test_decimals_with_a_unit_or_a_level_stay_figures() -> None:
    assert _clocks("Prices in Velmar rose 12.30 percent in May.") == []
    assert _clocks("The Bank of Osland said its key rate stood at 3.45 on Friday.") == []
    assert _clocks("A wave of 6.58 m struck the harbour at Kessel on Monday.") == []
    assert _quantities("Inflation rose to 12.30 percent in May.") == ["12.30 percent"]
