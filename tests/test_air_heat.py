"""A temperature said of the air's heat is one measure however it is worded: "temperatures soared
to", "a maximum of", "heat of up to"; a body's or the sea's is not. Invented sentences only."""

from __future__ import annotations

import datetime as dt

from flagged import flagged_pairs

from discrepancy import Document, check, extract


def _keys(text: str) -> list[str]:
    return [c.subject for c in extract(text, published="2031-07-04") if c.quantity is not None]


def test_the_air_heat_is_one_anchor_in_any_wording() -> None:
    for text in (
        "Temperatures in Karsk soared to 44.1 degrees Celsius on Monday.",
        "Temperatures at the shrine soared to a maximum of 44.1 degrees Celsius.",
        "Pilgrims faced heat of up to 111 degrees Fahrenheit.",
    ):
        assert _keys(text) == ["quantity:temperature|-|-|-|temperature|-"], text
    # a body's temperature is kept as the open text reads it, a note at most
    body = [c for c in extract("The patient had a body temperature of 40 degrees Celsius.") if c.quantity]
    assert all(c.confidence < 0.7 for c in body)


def test_two_peak_heats_are_flagged() -> None:
    day = dt.date(2031, 7, 4)
    docs = [
        Document(
            id="a",
            path="a.md",
            source="Daily A",
            published=day,
            text="Temperatures in Karsk soared to a maximum of 48.2 degrees Celsius during the pilgrimage.",
        ),
        Document(
            id="b",
            path="b.md",
            source="Daily B",
            published=day,
            text="Pilgrims in Karsk faced heat of up to 112 degrees Fahrenheit during the pilgrimage.",
        ),
    ]
    assert flagged_pairs(check(docs))
