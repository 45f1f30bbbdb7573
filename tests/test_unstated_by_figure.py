"""A count that leaves its measure and occurrence unstated ("a ferry with 40 people") joins, by its
figure, the one key of its story that states them and that other articles give that figure alone
(group_unstated.by_unstated_figure). Every sentence here is invented."""

from __future__ import annotations

from documents import document

from discrepancy import check

ABOARD = "quantity:on_board|people|-|shipwreck|-|-"


def _subject_of(report, path: str, quote: str) -> str:  # type: ignore[no-untyped-def]
    return next(c.subject for c in report.claims if c.span.path == path and c.span.quote == quote)


def _where(report, path: str, quote: str) -> str:  # type: ignore[no-untyped-def]
    return next(g.subject for g in report.groups for c in g.claims if c.span.path == path and c.span.quote == quote)


A = document("a.md", "Daily A", "2031-05-02", "The Orla ferry sank off Velm on Friday with 40 people on board.")
B = document("b.md", "Daily B", "2031-05-02", "The ferry sinking off Velm killed 31 people, the coastguard said.")
C = document("c.md", "Daily C", "2031-05-03", "Rescuers searched for the Orla, a Velm ferry with 40 people.")


def test_an_unstated_count_joins_the_key_other_articles_give_its_figure() -> None:
    report = check([A, B, C])
    assert _subject_of(report, "c.md", "40 people") != ABOARD  # read as a bare count
    assert _where(report, "c.md", "40 people") == _where(report, "a.md", "40 people")


def test_a_figure_no_other_article_gives_stays_apart() -> None:
    other = document("c.md", "Daily C", "2031-05-03", "Rescuers searched for the Orla, a Velm ferry with 38 people.")
    report = check([A, B, other])
    assert not any(
        c.span.path == "c.md" and g.subject.startswith("quantity:deaths") for g in report.groups for c in g.claims
    )


DORN = "quantity:deaths|people|-|storm:Hurricane Dorn|-|-"
TOLD = (
    "Hurricane Dorn killed at least 24 people in Velmland on Friday. The death toll from Dorn had risen to"
    " at least 24 across Velmland by Friday afternoon. A bus crash on a flooded road near Karsk killed one person."
)
LATER = document("e.md", "Daily E", "2031-05-02", "Hurricane Dorn killed at least 30 people in Velmland on Friday.")


def test_a_toll_whose_occurrence_is_unstated_takes_the_one_its_own_article_gives_its_figure() -> None:
    """ "The death toll from Dorn had risen to at least 24" names no occurrence word, in a story that
    counts a crash's dead too; its own article gives 24 to the hurricane that day: the toll is its."""
    report = check([document("d.md", "Daily D", "2031-05-02", TOLD), LATER])
    assert _subject_of(report, "d.md", "at least 24") == "quantity:deaths|people|-|-|-|-"
    assert _where(report, "d.md", "at least 24") == DORN


def test_a_toll_its_own_article_gives_no_key_stays_apart() -> None:
    other = TOLD.replace("had risen to at least 24", "had risen to at least 26")
    report = check([document("d.md", "Daily D", "2031-05-02", other), LATER])
    assert not any(c.span.path == "d.md" and c.span.quote == "at least 26" for g in report.groups for c in g.claims)
