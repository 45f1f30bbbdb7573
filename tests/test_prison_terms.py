"""Prison terms keyed by their role and whose they are: the term given meets the term given (135
months and 11 years and three months are one), never the term asked for, the maximum, the period
of supervised release or a co-defendant's term."""

from __future__ import annotations

import datetime as dt

from discrepancy import check, extract
from discrepancy.models import Claim, Document

_PUB = "2031-05-03"


def _quantities(text: str) -> dict[str, Claim]:
    return {c.span.quote: c for c in extract(text, published=_PUB) if c.kind == "quantity"}


def test_a_term_given_is_keyed_by_the_person_sentenced() -> None:
    claims = _quantities("Velm Bank founder Ada Vey was sentenced to 11 years and three months in prison on Friday.")
    term = claims["11 years and three months"]
    assert term.subject == "quantity:duration|-|Vey|-|prison term|-"
    assert term.quantity is not None and term.quantity.figure == 135 * 730.5  # hours


def test_requests_and_the_maximum_are_apart_from_the_term() -> None:
    text = (
        "Ada Vey had faced as much as 20 years in prison. Her lawyers had asked for 18 months of house "
        "arrest, while prosecutors sought 15 years. Judge Oren Tal sentenced Ada Vey to nine years, "
        "followed by three years of supervised release."
    )
    subjects = {q: c.subject.split("|")[4] for q, c in _quantities(text).items()}
    assert subjects["as much as 20 years"] == "prison term maximum"
    assert subjects["18 months"] == "house arrest sought by defence"
    assert subjects["15 years"] == "prison term sought by prosecution"
    assert subjects["nine years"] == "prison term"
    assert subjects["three years"] == "supervised release"


def test_a_restatement_in_brackets_is_no_term_of_its_own() -> None:
    claims = _quantities("Ada Vey: prison sentence: 11.25 years (11 years, three months).")
    assert claims["11.25 years"].subject.endswith("|prison term|-")
    assert claims["11 years"].subject == "" and claims["three months"].subject == ""


def _doc(name: str, text: str) -> Document:
    day = dt.date.fromisoformat(_PUB)
    return Document(id=name, path=f"{name}.md", source=f"Daily {name}", published=day, text=text)


def test_terms_in_months_and_years_agree_and_a_co_defendants_is_apart() -> None:
    docs = [
        _doc("A", "Ada Vey of Velm Bank was sentenced to 11.25 years in prison."),
        _doc("B", "Ada Vey will report to prison on June 2, 2031, to begin her 135-month sentence."),
        _doc("C", "Ada Vey was sentenced to more than 11 years. Her partner Ivo Marr was jailed for 13 years."),
    ]
    groups = [sorted(c.span.quote for c in g.claims) for g in check(docs).groups if "prison term" in g.subject]
    assert ["11.25 years", "135-month", "more than 11 years"] in groups
    assert not any("13 years" in g and len(g) > 1 for g in groups)
    assert not check(docs).findings
