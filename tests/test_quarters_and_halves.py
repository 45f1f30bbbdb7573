"""A quarter or a half of a year is the period a figure totals ("a third-quarter loss of $2
billion", "sales in the first half"): figures of one period are compared, figures of two periods
are not, and a game's half ("scored in the first half") is no date."""

from __future__ import annotations

import datetime as dt

from discrepancy import Document, check
from discrepancy.extract.dates import find_dates
from discrepancy.models import Report

TITLE = "Velm Motors results\n\n"


def _report(*texts: str, published: dt.date = dt.date(2031, 10, 30)) -> Report:
    docs = [
        Document(id=f"d{i}", path=f"d{i}.md", source=f"Daily {i}", published=published, text=TITLE + text)
        for i, text in enumerate(texts)
    ]
    return check(docs)


def _labels(text: str, published: dt.date = dt.date(2031, 10, 30)) -> list[tuple[str, str]]:
    return [(text[d.start : d.end], d.time.label()) for d in find_dates(text, 0, len(text), published)]


def test_quarters_and_halves_resolve_against_the_publication_date() -> None:
    assert _labels("Velm Motors lost money in the third quarter.") == [("third quarter", "2031-Q3")]
    assert _labels("It expects a profit in the fourth quarter.") == [("fourth quarter", "2031-Q4")]
    assert _labels("A second-half loss, and Q2 2030.", dt.date(2031, 2, 1)) == [
        ("second-half", "2030-H2"),
        ("Q2 2030", "2030-Q2"),
    ]
    assert _labels("Sales in the second half of last year.") == [("second half of last year", "2030-H2")]


def test_a_games_half_or_a_century_is_no_date() -> None:
    assert _labels("Orsk scored twice in the first half of the match.") == []
    assert _labels("The home side led at the break after the first half.") == []
    assert _labels("The town grew in the first half of the century.") == []


def test_two_figures_for_one_quarter_are_compared() -> None:
    report = _report(
        "The carmaker posted a third-quarter net loss of $2.4 billion.",
        "The carmaker reported a net loss of $3.1 billion in the third quarter, the company said.",
    )
    flagged = {(f.claim.span.quote, *(c.span.quote for c in f.conflicts_with)) for f in report.findings}
    assert any({"$2.4 billion", "$3.1 billion"} <= set(pair) for pair in flagged)


def test_figures_of_two_periods_are_not_compared() -> None:
    report = _report(
        "The carmaker posted a third-quarter net loss of $2.4 billion.",
        "The carmaker reported a net loss of $5.8 billion in the first half of the year, the company said.",
    )
    assert report.findings == []
    loss = [c for c in report.claims if c.quantity is not None and "loss" in c.subject]
    assert sorted(c.time.label() for c in loss) == ["2031-H1", "2031-Q3"]


def test_a_quarter_dates_no_act() -> None:
    report = _report("Velm Motors posted a third-quarter net loss of $2.4 billion.")
    assert [c.subject for c in report.claims if c.kind == "date"] == []
