"""A future cue puts a weekday ahead only within its own sentence."""

from __future__ import annotations

from discrepancy import extract


def _days(text: str) -> dict[str, str]:
    return {c.span.quote: str(c.time.start) for c in extract(text, published="2031-05-10") if c.kind == "date"}


def test_a_cue_of_the_sentence_before_does_not_move_a_past_weekday() -> None:
    # 10 May 2031 is a Saturday: the search ends today or next Saturday; the collapse was last Tuesday
    text = "Crews are expected to end the search on Saturday.\n\nTuesday's collapse killed nine workers."
    days = _days(text)
    assert days.get("Tuesday's collapse") == "2031-05-06", days


def test_a_cue_in_the_same_sentence_still_does() -> None:
    days = _days("The inquiry is expected to open on Tuesday.")
    assert days.get("on Tuesday") == "2031-05-13", days


def _months(text: str) -> dict[str, str]:
    return {c.span.quote: str(c.time.start)[:7] for c in extract(text, published="2031-09-12") if c.kind == "date"}


def test_a_cue_compared_with_is_no_plan() -> None:
    # "higher-than-expected", "as planned" judge what happened against a plan: the months are past
    months = _months("Exports rose a higher-than-expected 6.2% in August, up from 5.9% in July, Velm said.")
    assert months.get("August") == "2031-08" and months.get("July") == "2031-07", months
    assert _months("The Velm fair opened as scheduled in June.").get("June") == "2031-06"


def test_the_cue_itself_still_puts_a_month_ahead() -> None:
    assert _months("The Velm fair is expected to open in June.").get("June") == "2032-06"
    assert _months("Exports fell more than expected and will recover in June.").get("June") == "2032-06"
