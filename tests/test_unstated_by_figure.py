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
