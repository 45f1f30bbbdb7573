"""A count set against an earlier period's ("exceed last year's total"): the date in the clause is
the earlier period's, and the clause is keyed by what the sentence counts, however it is worded."""

from __future__ import annotations

import datetime as dt

from discrepancy import Document
from discrepancy.extract import extract_document
from discrepancy.lexicon import load_lexicon


def _dated(text: str) -> dict[str, str | None]:
    doc = Document(id="a", path="a.md", source="Daily A", published=dt.date(2031, 8, 9), text=text)
    claims = extract_document(doc, load_lexicon())
    return {c.subject: c.time.label() for c in claims if c.kind == "date"}


def test_two_wordings_of_one_comparison_meet() -> None:
    a = _dated(
        "The minister said the 9,000 cholera cases recorded so far this year in Velm have exceeded last year's total."
    )
    b = _dated("Velm has counted 9,400 cases of cholera this year, a number that exceeds the total for 2030.")
    assert "date:exceed/case" in a and "date:exceed/case" in b
    assert a["date:exceed/case"] == b["date:exceed/case"]


def test_a_verb_that_compares_nothing_keeps_its_subject() -> None:
    got = _dated("The 9,000 volunteers of Velm reached the coast last year.")
    assert "date:exceed/volunteer" not in got and not any(k.endswith("/volunteer") and "exceed" in k for k in got)
