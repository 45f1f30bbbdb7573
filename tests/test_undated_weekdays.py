"""An undated page placed at its story's first day may be from any day of the story: a weekday it
names is the story's own when the story's dates hold just one such day, not the one before the
story began."""

from __future__ import annotations

import datetime as dt

from discrepancy import check
from discrepancy.models import Document


def _docs(undated_text: str) -> list[Document]:
    return [
        Document(
            id="a",
            path="a.md",
            source="Daily A",
            published="2031-05-05",
            text="Floods in Varnel province cut the coastal road on Monday, the Varnel governor said.",
        ),
        Document(
            id="b",
            path="b.md",
            source="Daily B",
            published="2031-05-09",
            text="The Varnel governor said on Friday that the coastal road would reopen next week.",
        ),
        Document(id="c", path="c.md", source="Daily C", text=undated_text),
    ]


def _days(report_claims: list, doc: str) -> set[dt.date | None]:
    return {c.time.start for c in report_claims if c.document == doc and c.kind == "date"}


def test_a_weekday_of_an_undated_page_falls_within_its_story() -> None:
    report = check(_docs("Floods in Varnel province: the Varnel governor on Thursday declared an emergency."))
    assert {s.documents.__len__() for s in report.stories} == {3}
    assert dt.date(2031, 5, 8) in _days(report.claims, "c")  # Thursday of the story, not 1 May


def test_a_weekday_the_story_holds_twice_keeps_the_placed_day_reading() -> None:
    docs = _docs("Floods in Varnel province: the Varnel governor on Monday declared an emergency.")
    docs[1] = docs[1].model_copy(update={"published": dt.date(2031, 5, 13)})
    report = check(docs)
    assert dt.date(2031, 5, 5) in _days(report.claims, "c")  # two Mondays in the story: as placed
