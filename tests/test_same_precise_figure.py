"""Outlets that give one precise figure corroborate each other however their sentences were read: a
figure of three significant digits or more that two outlets of a story give, and that no group
already holds for both, is listed as an agreement on the figure. A round figure, two measures, or
a figure already grouped gives no such group; nothing is flagged."""

from __future__ import annotations

import datetime as dt

from discrepancy import Document, check
from discrepancy.models import Report

TITLE = "Velm verdict\n\n"


def _report(*texts: str) -> Report:
    docs = [
        Document(id=f"d{i}", path=f"d{i}.md", source=f"Daily {i}", published=dt.date(2031, 5, 2), text=TITLE + text)
        for i, text in enumerate(texts)
    ]
    return check(docs)


def _figure_groups(report: Report) -> list[set[str]]:
    return [{c.span.quote for c in g.claims} for g in report.groups if g.subject.startswith("figure:")]


def test_a_precise_figure_read_two_ways_is_one_agreement() -> None:
    report = _report(
        "A judge in Orsk ordered the broadcaster Velm Media to pay $321,650,000 in legal costs.",
        "The Velm Media bill came to $321,650,000, lawyers for the families said.",
    )
    groups = [g for g in report.groups if g.subject.startswith("figure:")]
    assert [{c.span.quote for c in g.claims} for g in groups] == [{"$321,650,000"}]
    assert groups[0].status == "consistent" and len(groups[0].sources) == 2
    assert report.findings == []


def test_a_round_figure_is_no_corroboration() -> None:
    report = _report(
        "A judge in Orsk ordered the broadcaster Velm Media to pay $150 million in legal costs.",
        "The Velm Media bill came to $150 million, lawyers for the families said.",
    )
    assert _figure_groups(report) == []


def test_one_figure_of_two_measures_is_two_facts() -> None:
    report = _report(
        "The Velm quake killed 2,053 people, officials said.",
        "The Velm quake injured 2,053 people, the Red Crescent said.",
    )
    assert _figure_groups(report) == []


def test_a_figure_its_subject_already_groups_is_not_listed_again() -> None:
    report = _report(
        "The Velm quake killed 2,053 people, officials said.",
        "The Velm quake has killed 2,053 people, the Red Crescent said.",
    )
    assert _figure_groups(report) == []
    assert any({c.span.quote for c in g.claims} >= {"2,053 people"} for g in report.groups)


def test_a_precise_figure_told_as_at_least_or_about_is_the_same_figure() -> None:
    report = _report(
        "A judge in Orsk ordered the broadcaster Velm Media to pay at least $321,650,000 in legal costs.",
        "The Velm Media bill came to about $321,650,000, lawyers for the families said.",
    )
    assert _figure_groups(report) == [{"at least $321,650,000", "about $321,650,000"}]
    assert report.findings == []


def test_more_than_a_precise_figure_is_not_that_figure() -> None:
    report = _report(
        "A judge in Orsk ordered the broadcaster Velm Media to pay more than $321,650,000 in legal costs.",
        "The Velm Media bill came to $321,650,000, lawyers for the families said.",
    )
    assert _figure_groups(report) == []
