"""The doer of a dated act is the person, however an outlet names them: "he" or "she" stands for the
person the article has just named ("Mara Vell is ... He joined Dorvale in July"), and a role with
a name set beside it ("his wife, Ana Brel, joined") is that name. So two outlets' dates of one
person's act meet, and a pronoun the article cannot resolve keeps its old key (the verb's object)."""

from __future__ import annotations

import datetime as dt

from discrepancy import Document, check, extract
from discrepancy.models import Report


def _dates(text: str) -> dict[str, str]:
    return {c.span.quote: c.subject for c in extract(text, published="2031-03-01") if c.kind == "date"}


def _report(*texts: str) -> Report:
    docs = [
        Document(id=f"d{i}", path=f"d{i}.md", source=f"Daily {i}", published=dt.date(2031, 3, 1), text=text)
        for i, text in enumerate(texts)
    ]
    return check(docs)


def test_he_is_the_person_named_just_before() -> None:
    named = _dates("Mara Vell joined Dorvale from Kesting United in July 2029.")
    told_short = _dates("Mara Vell is a midfielder from Orsk. He joined Dorvale in July 2029.")
    assert named["July 2029"] == told_short["July 2029"] == "date:join/vell"


def test_a_pronoun_with_two_people_before_it_keeps_the_object() -> None:
    keys = _dates("Mara Vell met Ado Kel in Orsk. He joined Dorvale in July 2029.")
    assert keys["July 2029"] == "date:join/dorvale"


def test_a_name_in_apposition_is_the_doer() -> None:
    assert _dates("In 2010 his wife, Ana Brel, joined Velm Air as a pilot.")["2010"] == "date:join/brel"
    # an apposition that describes, not names, leaves the subject as it was
    assert _dates("The twin blasts, the deadliest in Velm history, occurred on 3 May 2030.")["3 May 2030"] == (
        "date:explosion"
    )


def test_two_outlets_dates_of_one_persons_act_meet_and_disagree() -> None:
    report = _report(
        "Velm Air crash\n\nIn March 2010 his wife, Ana Brel, joined Velm Air as a pilot.",
        "Velm Air crash\n\nAna Brel was the co-pilot. She joined Velm Air in April 2010.",
    )
    flagged = [{f.claim.span.quote, *(c.span.quote for c in f.conflicts_with)} for f in report.findings]
    assert {"March 2010", "April 2010"} in flagged


def test_an_aside_between_dashes_is_passed_over_to_the_subject() -> None:
    keys = _dates("The 200,000-ton vessel — a so-called ultra-large container ship — ran aground Tuesday.")
    assert keys["Tuesday"] == "date:run/vessel"
    keys = _dates("The mayor of Velm — who was elected in 2020 — resigned on Tuesday.")
    assert keys["on Tuesday"] == "date:resign/mayor"
