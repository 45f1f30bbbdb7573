"""Counts of people on board and of what happened to them.

Counts of groups that together are everyone aboard, joined by "and" ("150 passengers and seven
crew members"), also count all aboard, so they meet "157 passengers and crew"; "the deaths of all
157 on board" says how many were aboard as well as how many died; the verbs of dying and rescue,
and the crew's other names, say what a count is of. Every sentence here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import Document, check, extract
from discrepancy.models import EARLIER_TIME


def _subjects(text: str, quote: str) -> list[str]:
    """The subjects of the quantity claims whose span is exactly ``quote``."""
    return [c.subject for c in extract(text, published="2031-05-12") if c.kind == "quantity" and c.span.quote == quote]


def test_coordinated_passengers_and_crew_also_count_all_aboard() -> None:
    text = "The jet was carrying 150 passengers and seven crew members when it crashed near Velm."
    claims = [c for c in extract(text, published="2031-05-12") if c.kind == "quantity"]
    whole = [c for c in claims if c.span.quote == "150 passengers and seven crew members"]
    assert [c.subject.split("|")[:2] for c in whole] == [["quantity:on_board", "people"]]
    assert whole[0].quantity is not None and whole[0].quantity.low == whole[0].quantity.high == 157
    assert {c.span.quote for c in claims} >= {"150 passengers", "seven crew members"}


def test_coordinated_dead_passengers_and_crew_are_all_the_dead() -> None:
    text = "In the crash near Velm, 140 passengers and four crew members lost their lives."
    assert [s.split("|")[:2] for s in _subjects(text, "140 passengers and four crew members")] == [
        ["quantity:deaths", "people"]
    ]


def test_counts_of_one_group_are_not_summed() -> None:
    text = "The ferry was carrying 300 passengers and 20 vehicles when it sank off Kelva."
    assert _subjects(text, "300 passengers and 20 vehicles") == []


def test_all_of_a_group_on_board_counts_those_aboard_too() -> None:
    text = "The crash near Velm led to the deaths of all 157 people on board."
    assert sorted(s.split("|")[0] for s in _subjects(text, "157 people")) == ["quantity:deaths", "quantity:on_board"]


def test_the_sum_meets_the_total_and_all_aboard_dead_meets_it_too() -> None:
    day = dt.date(2031, 5, 12)
    docs = [
        Document(
            id="a",
            path="a.md",
            source="Daily A",
            published=day,
            text="Velm jet crash\n\nThe jet that crashed at Velm was carrying 150 passengers and seven crew members.",
        ),
        Document(
            id="b",
            path="b.md",
            source="Daily B",
            published=day,
            text="Velm jet crash\n\nThe jet, carrying 157 passengers and crew, crashed at Velm on Sunday.",
        ),
        Document(
            id="c",
            path="c.md",
            source="Daily C",
            published=day,
            text="Velm jet crash\n\nThe jet crash at Velm caused the deaths of all 150 people on board.",
        ),
    ]
    report = check(docs)
    aboard = [g for g in report.groups if g.subject.startswith("quantity:on_board|people|")]
    assert len(aboard) == 1
    assert {c.document for c in aboard[0].claims} == {"a", "b", "c"}
    # 150 aboard (all dead) against 157: the one article set against the two that agree
    assert [(f.claim.document, sorted(c.document for c in f.conflicts_with)) for f in report.findings] == [
        ("c", ["a", "b"])
    ]


@pytest.mark.parametrize(
    ("text", "quote", "measure", "population"),
    [
        ("The plane carried 90 people, of which 80 passed away in the crash.", "80", "deaths", "people"),
        ("Eleven people succumbed to their burns in the crash.", "Eleven people", "deaths", "people"),
        ("Only two flight attendants survived the crash.", "two flight attendants", "rescued", "crew"),
        ("After the sinking, 104 survivors were brought ashore at Kelva.", "104 survivors", "rescued", "people"),
        ("The stampede killed 40 people, including two officers.", "two officers", "deaths", "police"),
    ],
)
def test_what_a_count_of_an_accident_counts(text: str, quote: str, measure: str, population: str) -> None:
    assert [s.split("|")[:2] for s in _subjects(text, quote)] == [[f"quantity:{measure}", population]]


def test_a_figure_the_article_calls_wrong_is_of_an_earlier_time() -> None:
    # listed with the toll, but of no known day: never compared (docs/semantics.md, "Running totals")
    text = "Officials put the toll at 80, after it was wrongly reported earlier that 95 people were killed."
    claims = [c for c in extract(text, published="2031-05-06") if c.span.quote == "95 people"]
    assert [c.time.expression for c in claims] == [EARLIER_TIME]


@pytest.mark.parametrize(
    ("text", "quote", "population"),
    [
        ("Witnesses said about 90 minors and numerous women were aboard the trawler.", "about 90 minors", "children"),
        ("The plane carried 150 passengers and seven pilots.", "150 passengers", "passengers"),
        ("The bus carried 40 pupils and several teachers.", "40 pupils", "students"),
    ],
)
def test_a_group_joined_with_a_count_of_its_own_is_not_counted_with_it(text: str, quote: str, population: str) -> None:
    assert [s.split("|")[1] for s in _subjects(text, quote)] == [population]
