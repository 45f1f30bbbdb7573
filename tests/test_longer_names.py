"""A storm's name with a title before it ("Super Typhoon Orla") is the storm of the shorter name."""

from __future__ import annotations

from discrepancy import check
from discrepancy.models import Document


def test_a_titled_name_joins_the_shorter_name_even_where_one_article_gives_both() -> None:
    docs = [
        Document(
            id="a",
            path="a.md",
            source="Daily A",
            published="2031-09-10",
            text="Super Typhoon Orla has killed at least 40 people in Velm. Typhoon Orla also left 12 people missing.",
        ),
        Document(
            id="b",
            path="b.md",
            source="Daily B",
            published="2031-09-10",
            text="Typhoon Orla has killed 40 people in Velm.",
        ),
    ]
    report = check(docs)
    quotes = [{(c.document, c.span.quote) for c in g.claims} for g in report.groups]
    assert any({("a", "at least 40 people"), ("b", "40 people")} <= q for q in quotes), quotes
