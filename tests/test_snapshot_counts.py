"""A count true at one moment (the missing, those in hospital) is no running total, whatever "still"
says, and a present-tense one ("remain missing") is counted on the day of writing."""

from __future__ import annotations

import datetime as dt

from discrepancy import extract

STORY = "An earthquake struck Veland on Monday. Ten people died and 14 remain missing, officials said."


def test_still_missing_is_no_running_total() -> None:
    text = "An earthquake struck Veland on Monday. The toll has risen to 30 so far, with five others still missing."
    [missing] = [c for c in extract(text, published="2024-03-05") if c.quantity and c.quantity.measure == "missing"]
    assert missing.quantity is not None and not missing.quantity.running and not missing.quantity.cumulative


def test_remain_missing_is_counted_on_the_day_of_writing() -> None:
    [missing] = [c for c in extract(STORY, published="2024-03-05") if c.quantity and c.quantity.measure == "missing"]
    assert missing.time.start == dt.date(2024, 3, 5)


def test_a_crowd_still_takes_the_day_named_before() -> None:
    text = "Thousands rallied in Velgrad on Saturday. About 50,000 joined the march, organisers said."
    [crowd] = [c for c in extract(text, published="2024-03-05") if c.quantity and c.quantity.figure == 50000]
    assert crowd.time.start == dt.date(2024, 3, 2)
