"""A story that counts a measure in several places keeps each place: a count for a place never
drops it to meet the story's bare toll, and a bare count whose figure other articles give to one of
the places alone is that place's. Every sentence is invented."""

from __future__ import annotations

from documents import document, group_subject

from discrepancy import check

_A = document(
    "a.md",
    "Daily A",
    "2031-04-02",
    "A storm tore through Velmora, killing at least 30 people. One person was killed in Orvania.",
)
_B = document(
    "b.md",
    "Daily B",
    "2031-04-02",
    "The storm that hit Velmora killed at least 31 people. The mayor said there were at least 14 deaths in the town of Karsk.",
)
_C = document(
    "c.md",
    "Daily C",
    "2031-04-02",
    "The storm in Velmora killed 31 people. The mayor said 14 people were killed in the storm.",
)


def _findings_between(quote: str, other: str) -> list[str]:
    report = check([_A, _B, _C])
    return [
        f.rule
        for f in report.findings
        if {quote, other} <= {f.claim.span.quote, *(c.span.quote for c in f.conflicts_with)}
    ]


def test_a_count_for_one_of_several_places_keeps_its_place() -> None:
    report = check([_A, _B, _C])
    subject = group_subject(report, "b.md", "at least 14 deaths")
    assert subject is not None and "in karsk" in subject
    assert not _findings_between("at least 14 deaths", "at least 31 people")


def test_a_bare_count_joins_the_place_other_articles_give_its_figure() -> None:
    report = check([_A, _B, _C])
    assert group_subject(report, "c.md", "14 people") == group_subject(report, "b.md", "at least 14 deaths")
    assert not _findings_between("14 people", "31 people")


def test_a_bare_figure_others_give_bare_stays_the_whole() -> None:
    d = document("d.md", "Daily D", "2031-04-02", "The storm in Velmora killed 14 people, officials said.")
    report = check([_A, _B, _C, d])
    assert group_subject(report, "c.md", "14 people") != group_subject(report, "b.md", "at least 14 deaths")


def test_a_bare_figure_its_article_gives_as_the_whole_stays_the_whole() -> None:
    e = document("e.md", "Daily E", "2031-04-01", "A day earlier, the storm in Velmora had killed 14 people.")
    report = check([_A, _B, e])
    assert group_subject(report, "e.md", "14 people") != group_subject(report, "b.md", "at least 14 deaths")
