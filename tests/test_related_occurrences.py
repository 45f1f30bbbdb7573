"""An occurrence word hyphened to what it caused ("storm-related deaths", "quake-linked injuries")
names the occurrence, as "deaths in the storm" does. Invented sentences; failed before (no
occurrence, so a crash the article also told of took the storm's dead)."""

from __future__ import annotations

from discrepancy import extract


def test_storm_related_deaths_are_the_storms() -> None:
    text = "A bus crash killed two people on Friday. At least 11 storm-related deaths were reported in Velm."
    subjects = {c.span.quote: c.subject for c in extract(text, published="2031-09-27") if c.kind == "quantity"}
    assert "|storm|" in subjects["At least 11 storm-related deaths"], subjects


def test_a_hyphened_word_that_is_no_cause_names_nothing() -> None:
    subjects = [
        c.subject for c in extract("Twelve fire-fighters were hurt.", published="2031-09-27") if c.kind == "quantity"
    ]
    assert not any("|fire|" in s for s in subjects), subjects
