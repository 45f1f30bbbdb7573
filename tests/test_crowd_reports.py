"""How a crowd is counted when the report leaves its noun or its day to the reader: a bare figure
set against the count before it ("they were 1.2 million"), a counting verb ("identified"), a
wire dateline's day, and a day given in apposition after the figure."""

from __future__ import annotations

import datetime as dt

from discrepancy import extract


def _crowds(text: str, published: str = "2031-04-09") -> dict[float, object]:
    return {c.quantity.figure: c for c in extract(text, published=published) if c.quantity}


def test_they_were_refers_back_to_the_count_before() -> None:
    text = "About 3 million marchers walked through Varna, the union said. For the police, they were 1.2 million."
    crowd = _crowds(text)
    assert crowd[1_200_000].quantity.measure == "protesters"


def test_a_counting_verb_says_who_counted_and_people_in_brackets_share_the_noun() -> None:
    text = "The union identified 3.5 million walkers on Tuesday, more than on the day of March 1 (2.5 million people)."
    crowd = _crowds(text)
    assert crowd[3_500_000].quantity.measure == "protesters"
    assert crowd[2_500_000].quantity.measure == "protesters"


def test_a_wire_dateline_is_not_the_day_of_the_march() -> None:
    text = "VARNA, April 9 (Kestrel-Wire) — Some 40,000 people marched on Tuesday, the ministry said."
    [crowd] = [c for c in extract(text, published="2031-04-09") if c.quantity]
    assert crowd.time.start == dt.date(2031, 4, 8)


def test_a_day_in_apposition_after_the_figure_is_its_day() -> None:
    text = "The union counted 90,000 marchers, this Tuesday, April 8, in Varna."
    [crowd] = [c for c in extract(text, published="2031-04-10") if c.quantity]
    assert crowd.time.start == dt.date(2031, 4, 8)
