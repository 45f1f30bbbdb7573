"""A count true at the moment it is told (the missing, those in hospital) in an undated article
holds on a day only its placing in the story gives: unless the article names that day, it may be
of any of the story's days, so it is never set against another article's count. One article is
still one moment. Every sentence here is invented."""

from __future__ import annotations

from discrepancy import check
from discrepancy.models import Document


def _missing_findings(*docs: Document) -> list:
    return [f for f in check(list(docs)).findings if f.subject.startswith("quantity:missing")]


def test_an_undated_missing_count_is_of_an_unknown_day() -> None:
    dated = Document(
        id="a",
        path="a.md",
        source="Daily A",
        published="2031-07-11",
        text="Floods in Velm have killed 40 people, and 30 people are still missing, officials said.",
    )
    undated = Document(
        id="b",
        path="b.md",
        source="Daily B",
        text="Floods in Velm have killed 40 people, officials said. Some 80 people remain missing.",
    )
    assert _missing_findings(dated, undated) == []


def test_two_undated_missing_counts_are_of_unknown_days() -> None:
    first = Document(
        id="b",
        path="b.md",
        source="Daily B",
        published="2031-07-11",
        text="Floods in Velm have killed 40 people, officials said on Tuesday.",
    )
    undated = [
        Document(id=i, path=f"{i}.md", source=f"Daily {i}", text=t)
        for i, t in (
            ("C", "The floods in Velm have killed 25 people, and 70 people remain missing."),
            ("D", "The floods in Velm have killed 60 people, and 35 people remain missing."),
        )
    ]
    assert _missing_findings(first, *undated) == []


def test_one_undated_article_is_still_one_moment() -> None:
    undated = Document(
        id="b",
        path="b.md",
        source="Daily B",
        text="Floods in Velm have killed 40 people, and 30 people are still missing. "
        "Rescuers said 80 people remain missing in Velm.",
    )
    other = Document(
        id="a",
        path="a.md",
        source="Daily A",
        published="2031-07-11",
        text="Floods in Velm have killed 40 people, officials said.",
    )
    assert _missing_findings(undated, other)


def test_dated_missing_counts_of_one_day_still_meet() -> None:
    docs = [
        Document(id=i, path=f"{i}.md", source=f"Daily {i}", published="2031-07-11", text=t)
        for i, t in (
            ("A", "Floods in Velm have killed 40 people, and 30 people are still missing, officials said."),
            ("B", "Floods in Velm have killed 40 people, officials said. Some 80 people remain missing."),
        )
    ]
    assert _missing_findings(*docs)


def test_one_undated_article_is_one_moment_beside_another_with_its_figure() -> None:
    """The figure another undated article shares does not hide the article's own two."""
    dated = Document(
        id="C",
        path="C.md",
        source="Daily C",
        published="2031-07-11",
        text="Floods in Velm have killed 40 people, officials said on Tuesday.",
    )
    docs = [dated] + [
        Document(id=i, path=f"{i}.md", source=f"Daily {i}", text=t)
        for i, t in (
            ("A", "Floods in Velm have killed 40 people, and 30 people are still missing."),
            (
                "B",
                "Floods in Velm have killed 40 people, and 30 people are still missing. "
                "Rescuers said 80 people remain missing in Velm.",
            ),
        )
    ]
    found = _missing_findings(*docs)
    assert found
    assert all(c.document == "B" for f in found for c in (f.claim, *f.conflicts_with))


def test_an_undated_article_that_names_its_day_is_of_that_day() -> None:
    dated = Document(
        id="a",
        path="a.md",
        source="Daily A",
        published="2031-07-08",
        text="Floods in Velm have killed 40 people, and 30 people are still missing, officials said on Tuesday.",
    )
    undated = Document(
        id="b",
        path="b.md",
        source="Daily B",
        text="Floods in Velm killed 40 people on Tuesday, officials said. Some 80 people remain missing.",
    )
    assert _missing_findings(dated, undated)
