"""How long a state or an act of no lexicon occurrence lasted ("40 days on strike", "the walkout,
which has lasted six weeks", "a walkout that's coming to six weeks"), and the age a rule is changed
to ("raise the retirement age from 60 to 63")."""

from __future__ import annotations

import datetime as dt

from discrepancy import check, extract
from discrepancy.models import Claim, Document


def _quantities(text: str) -> dict[str, Claim]:
    return {c.span.quote: c for c in extract(text, published="2031-05-03") if c.kind == "quantity"}


def test_days_on_strike_are_the_strikes_length() -> None:
    assert _quantities("After 38 days on strike, the dockers went back.")["38 days"].subject.endswith("|strike|-")
    assert _quantities("The dockers had been on strike for 38 days.")["38 days"].subject.endswith("|strike|-")


def test_a_relative_clause_of_lasting_names_what_lasted() -> None:
    claims = _quantities("The walkout, which has lasted five weeks, ended on Monday.")
    assert claims["five weeks"].subject == "quantity:duration|-|-|-|walkout|-"


def test_coming_to_a_length_is_nearly_that_length() -> None:
    claim = _quantities("The deal ends a walkout that's coming to five weeks.")["five weeks"]
    assert claim.subject == "quantity:duration|-|-|-|walkout|-"
    assert claim.quantity is not None and claim.quantity.qualifier == "nearly"


def test_a_states_lengths_meet_across_outlets() -> None:
    day = dt.date(2031, 5, 3)
    docs = [
        Document(
            id="a",
            path="a.md",
            source="Daily A",
            published=day,
            text="Velm dockers end a strike that's coming to five weeks.",
        ),
        Document(
            id="b",
            path="b.md",
            source="Daily B",
            published=day,
            text="After 34 days on strike, Velm dockers went back to work.",
        ),
        Document(
            id="c", path="c.md", source="Daily C", published=day, text="Velm dockers end a nearly five-week strike."
        ),
    ]
    groups = [sorted(c.span.quote for c in g.claims) for g in check(docs).groups if "duration" in g.subject]
    assert ["34 days", "five weeks", "nearly five-week"] in groups


def test_the_age_a_rule_is_changed_to() -> None:
    claims = _quantities("The cabinet wants to raise the retirement age from 60 to 63.")
    assert claims["63"].subject == "quantity:age_limit|-|-|-|retirement|-"
    assert "60" not in claims
    far = _quantities("It would raise the legal retirement age by two months a year from 60 to 63 by 2035.")
    assert far["63"].subject == "quantity:age_limit|-|-|-|retirement|-"
    assert list(_quantities("Lawmakers voted to lower the voting age to 16."))[-1] == "16"
    assert [c.subject for c in _quantities("Lawmakers voted to lower the voting age to 16.").values()] == [
        "quantity:age_limit|-|-|-|voting|-"
    ]


def test_an_adjective_between_a_figure_and_its_unit_of_time() -> None:
    claims = _quantities("The hearing closed after five gruelling weeks of evidence.")
    assert claims["five gruelling weeks"].subject == "quantity:duration|-|-|-|evidence|-"
    boats = _quantities("Four long boats sailed into Velm harbour.")
    assert all("duration" not in c.subject for c in boats.values())
