"""A company's officer, named with the title, speaks for the company: the day of the statement is
keyed as the company's, so "Velmco said on Monday" and "its CEO wrote on Monday" meet."""

from __future__ import annotations

import datetime as dt

from discrepancy import Document
from discrepancy.extract import extract_document
from discrepancy.lexicon import load_lexicon


def _subjects(text: str) -> set[str]:
    doc = Document(id="a", path="a.md", source="Daily A", published=dt.date(2031, 1, 9), text=text)
    return {c.subject for c in extract_document(doc, load_lexicon()) if c.subject.startswith("date:say/")}


def test_an_officer_after_the_company_s_clause_speaks_for_it() -> None:
    got = _subjects("Velmco will close two plants in Orvel, CEO Ada Ruhl wrote in a memo on Wednesday.")
    assert got == {"date:say/velmco"}


def test_an_officer_after_the_company_s_possessive_speaks_for_it() -> None:
    got = _subjects("Velmco Inc’s cuts will reach 900 roles, Chief Executive Ada Ruhl said on Wednesday.")
    assert got == {"date:say/velmco"}


def test_a_speaker_without_an_officer_s_title_speaks_for_himself() -> None:
    got = _subjects("Velmco will close two plants in Orvel, union leader Piet Aalto said on Wednesday.")
    assert "date:say/velmco" not in got
