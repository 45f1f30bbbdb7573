"""A named group's count is the count of all where an article gives the group and all people one
figure on one day ("killed 50 workers ... the death toll stood at 50"): the story's dead are that
group, and "49 workers" elsewhere is the toll, compared with "49 people". A group that an article
counts below all people on one day ("49 people ..., among them 12 workers") is a part and stays
apart; so does a kind of people ("Velmish people"), which tolls are broken down by."""

from __future__ import annotations

import datetime as dt

from discrepancy import Document, check
from discrepancy.models import Report

TITLE = "Fire at Velm dormitory\n\n"


def _report(*texts: str) -> Report:
    docs = [
        Document(id=f"d{i}", path=f"d{i}.md", source=f"Daily {i}", published=dt.date(2031, 6, 13), text=TITLE + t)
        for i, t in enumerate(texts)
    ]
    return check(docs)


def _deaths(report: Report) -> dict[str, set[str]]:
    return {
        g.subject.split("|")[1]: {f"{c.document}:{c.span.quote}" for c in g.claims}
        for g in report.groups
        if g.subject.startswith("quantity:deaths|")
    }


def test_a_group_that_an_article_gives_the_toll_is_the_whole() -> None:
    report = _report(
        "The dormitory fire in Velm killed 50 workers on Wednesday, and officials said the death toll stood at 50.",
        "The blaze in Velm killed 49 workers on Wednesday.",
        "At least 49 people died in the Velm dormitory fire on Wednesday.",
    )
    assert _deaths(report) == {"people": {"d0:50 workers", "d0:50", "d1:49 workers", "d2:At least 49 people"}}


def test_a_group_counted_below_the_toll_is_a_part() -> None:
    report = _report(
        "The dormitory fire in Velm killed 49 people on Wednesday, among them 12 workers, and 12 workers died"
        " in the kitchen.",
        "The blaze in Velm killed 12 workers on Wednesday.",
        "At least 49 people died in the Velm dormitory fire on Wednesday.",
    )
    deaths = _deaths(report)
    assert deaths["people"] == {"d0:49 people", "d2:At least 49 people"}
    assert "d1:12 workers" in deaths["workers"]
