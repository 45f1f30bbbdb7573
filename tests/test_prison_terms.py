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


def test_the_day_of_surrender_meets_however_it_is_told() -> None:
    docs = [
        _doc("A", "Ada Vey, who ran Velm Bank, will now report to prison on June 2, 2031."),
        _doc("B", "Ada Vey was sentenced on Friday. She must begin serving time on June 2, 2031."),
        _doc("C", "Ada Vey will be required to self-surrender on 2 June 2031."),
    ]
    subjects = {c.subject for c in check(docs).claims if c.kind == "date" and "2031" in c.span.quote}
    assert subjects == {"date:surrender/vey"}
    groups = [g for g in check(docs).groups if g.subject == "date:surrender/vey"]
    assert len(groups) == 1 and len(groups[0].claims) == 3


def test_counts_are_keyed_by_verdict_and_person() -> None:
    text = (
        "Jurors found Ada Vey guilty on four counts. She was acquitted of four fraud counts, and "
        "jurors deadlocked on three other charges. Ivo Marr has since been found guilty of 12 counts."
    )
    subjects = {q: c.subject for q, c in _quantities(text).items()}
    assert subjects["four counts"] == "quantity:count|count|Vey|-|-|-"
    assert subjects["four fraud counts"] == "quantity:count|counts acquitted|Vey|-|-|-"
    assert subjects["three other charges"] == "quantity:count|counts deadlocked|Vey|-|-|-"
    assert subjects["12 counts"] == "quantity:count|count|Marr|-|-|-"


def test_four_of_eleven_counts_and_a_verdict_told_earlier_agree() -> None:
    docs = [
        _doc("A", "Ada Vey was previously found guilty on four of 11 counts."),
        _doc("B", "The trial ended on Jan. 3, 2031 with the jury convicting Ada Vey on four counts."),
        _doc("C", "Jurors found her not guilty on four other charges. Ada Vey was found guilty on four counts."),
    ]
    groups = [
        sorted(c.span.quote for c in g.claims)
        for g in check(docs).groups
        if g.subject.startswith("quantity:count|count|")
    ]
    assert groups == [["four counts", "four counts", "four of 11 counts"]]
    acquitted = [c for c in check(docs).claims if "counts acquitted" in c.subject]
    assert [c.modality for c in acquitted] == ["asserted"]


def test_a_courts_measures_of_loss_and_restitution_are_apart() -> None:
    text = (
        "Judge Oren Tal put the total loss to investors at $384 million. A reasonable loss is only "
        "$121 million. Ada Vey was ordered to pay $452 million in restitution."
    )
    topics = {q: c.subject.split("|")[0] for q, c in _quantities(text).items() if q.startswith("$")}
    assert topics == {
        "$384 million": "quantity:money:loss",
        "$121 million": "quantity:money:reasonable_loss",
        "$452 million": "quantity:money:restitution",
    }


def test_durations_outside_a_criminal_court_are_no_prison_terms() -> None:
    claims = _quantities("Ada Vey won a second four-year term. The government proposed a 10-year moratorium.")
    assert not any("prison term" in c.subject for c in claims.values())
