"""A storm's name with a title before it ("Super Typhoon Orla") is the storm of the shorter name."""

from __future__ import annotations

from documents import document

from discrepancy import check


def test_a_titled_name_joins_the_shorter_name_even_where_one_article_gives_both() -> None:
    docs = [
        document(
            "a.md",
            "Daily A",
            "2031-09-10",
            "Super Typhoon Orla has killed at least 40 people in Velm. Typhoon Orla also left 12 people missing.",
        ),
        document("b.md", "Daily B", "2031-09-10", "Typhoon Orla has killed 40 people in Velm."),
    ]
    report = check(docs)
    quotes = [{(c.document, c.span.quote) for c in g.claims} for g in report.groups]
    assert any({("a.md", "at least 40 people"), ("b.md", "40 people")} <= q for q in quotes), quotes
