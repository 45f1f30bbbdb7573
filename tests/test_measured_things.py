"""Figures of a thing, not a casualty count: how long a document is, how many live in a place,
and two durations told to the minute."""

from __future__ import annotations

import datetime as dt

from discrepancy import check, extract
from discrepancy.models import Document


def _doc(i: str, text: str, day: int = 3) -> Document:
    return Document(id=i, path=f"{i}.md", source=f"Daily {i}", published=dt.date(2031, 5, day), text=text)


def _subjects(text: str) -> dict[str, str]:
    return {c.span.quote: c.subject for c in extract(text, published="2031-05-03") if c.kind == "quantity"}


def test_a_documents_pages_are_keyed_by_the_document() -> None:
    assert _subjects("The attacker left a 52-page letter.")["52-page"] == "quantity:pages|-|-|-|letter|-"


def test_two_page_counts_of_one_document_disagree() -> None:
    docs = [
        _doc("a", "The gunman who attacked a chapel in Velm left a 52-page letter."),
        _doc("b", "The gunman who attacked a chapel in Velm posted a 73-page letter online."),
    ]
    assert any("pages" in f.claim.subject for f in check(docs).findings)


def test_a_nation_of_n_is_its_population() -> None:
    subjects = _subjects("The island nation of 40,000 people closed its schools.")
    assert subjects["40,000 people"] == "quantity:population|people|-|-|-|-"
    subjects = _subjects("The small state of just 40,000, east of Velm, closed its schools.")
    assert subjects["40,000"].startswith("quantity:population|")


def test_a_population_told_months_apart_is_one_figure() -> None:
    docs = [
        _doc("a", "The island nation of 40,000 people closed its schools.", day=3),
        _doc("b", "Velmora has a population of about 40,000.", day=3),
        _doc("c", "Velmora, out of a population of 40,312, lost 12 people.", day=29),
    ]
    groups = [sorted(c.span.quote for c in g.claims) for g in check(docs).groups if "population|" in g.subject]
    assert ["40,000 people", "40,312", "about 40,000"] in groups


def test_durations_to_the_minute_are_not_widened_as_conversions() -> None:
    docs = [
        _doc("a", "The gunman attacked a chapel in Velm. The live stream lasted for 21 minutes."),
        _doc("b", "The gunman attacked a chapel in Velm. He posted a 22-minute video."),
    ]
    assert any("duration" in f.claim.subject for f in check(docs).findings)


def test_a_range_with_a_suspended_hyphen_and_its_conversion() -> None:
    subjects = _subjects("Up to 400 people were on the 15- to 25 metre-long (50- to 80-foot) barge.")
    assert subjects["15- to 25 metre"] == "quantity:length|-|-|-|barge|-"


def test_a_participle_of_measuring_is_said_of_the_noun_before_it() -> None:
    subjects = _subjects("The barge, measuring 25 metres in length, was carrying grain.")
    assert subjects["25 metres"] == "quantity:length|-|-|-|barge|-"


def test_a_size_told_as_a_modifier_is_taken_for_granted() -> None:
    claims = extract("It is not known how many were aboard the 25-metre-long barge.", published="2031-05-03")
    claim = next(c for c in claims if c.span.quote == "25-metre")
    assert claim.subject == "quantity:length|-|-|-|barge|-" and claim.modality == "asserted"
