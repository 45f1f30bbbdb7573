"""Those who lived through an occurrence are those brought out of it alive: "two survived" and "two
were pulled from the river" are one count (measures.yaml: the survivors' words are rescued)."""

from __future__ import annotations

from discrepancy import Document, check


def test_survivors_and_the_rescued_meet() -> None:
    docs = [
        Document(
            id="a",
            path="a.md",
            source="Daily A",
            published=__import__("datetime").date(2031, 4, 2),
            text="Karsk bridge collapse\n\nTwo workers survived the collapse of the Karsk bridge.",
        ),
        Document(
            id="b",
            path="b.md",
            source="Daily B",
            published=__import__("datetime").date(2031, 4, 2),
            text="Karsk bridge collapse\n\nTwo workers were pulled from the river after the Karsk bridge collapse.",
        ),
    ]
    report = check(docs)
    assert any({c.document for c in g.claims} == {"a", "b"} for g in report.groups)
