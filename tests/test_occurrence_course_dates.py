"""The date of an occurrence is the day it happened, whoever words it: a crash verb read with a
particle ("derailed in a fiery crash", "collapsed over the river") is still the crash or the
collapse; a storm that "weakened on Sunday" was under way, and an "incident" in an article about a
typhoon is one event in it, so neither dates the storm; one day of the year told two years apart is
the occurrence's year mistold."""

from __future__ import annotations

import datetime as dt

from discrepancy import Document, check
from discrepancy.models import Report


def _report(*texts: str, published: dt.date = dt.date(2031, 9, 10)) -> Report:
    docs = [
        Document(id=f"d{i}", path=f"d{i}.md", source=f"Daily {i}", published=published, text=text)
        for i, text in enumerate(texts)
    ]
    return check(docs)


def _subjects(report: Report, quote: str) -> set[str]:
    return {c.subject for c in report.claims if c.kind == "date" and c.span.quote == quote}


def _flagged(report: Report) -> list[set[str]]:
    return [{f.claim.span.quote, *(c.span.quote for c in f.conflicts_with)} for f in report.findings]


def test_a_crash_verb_with_a_particle_dates_the_crash() -> None:
    report = _report("On March 4, 2031 a freight train of Velm Rail derailed in a fiery crash near Orvel.")
    assert _subjects(report, "March 4, 2031") == {"date:crash"}


def test_a_structure_giving_way_over_a_river_is_its_collapse() -> None:
    report = _report("On Monday, a bridge collapsed over the Orla river near Velm.")
    assert _subjects(report, "On Monday") == {"date:collapse"}


def test_a_storm_weakening_is_not_the_storm_s_date() -> None:
    report = _report(
        "Typhoon Orla hit the coast of Velm on Saturday, officials said.",
        "While the typhoon weakened on Sunday, heavy rains persisted across Velm.",
    )
    assert "date:storm" not in _subjects(report, "on Sunday")
    assert _flagged(report) == []


def test_an_incident_in_a_typhoon_article_is_not_the_typhoon() -> None:
    report = _report(
        "Typhoon Orla hit the coast of Velm on Saturday, officials said.",
        "Typhoon Orla brought floods and landslides to Velm. A bridge over the Orla river fell on Monday."
        " Following Monday's incident, authorities banned traffic on other bridges. The typhoon made"
        " landfall on Saturday.",
    )
    assert "date:storm" not in _subjects(report, "Monday's incident")
    assert _flagged(report) == []


def test_one_day_of_the_year_two_years_apart_is_a_mistold_year() -> None:
    report = _report(
        "The derailment near Orvel happened March 4, 2031, at 8:40 p.m.",
        "On March 4, 2029 a freight train operated by Velm Rail derailed in a fiery crash near Orvel.",
        published=dt.date(2031, 3, 7),
    )
    assert {"March 4, 2029"} in [s & {"March 4, 2029"} for s in _flagged(report)]
