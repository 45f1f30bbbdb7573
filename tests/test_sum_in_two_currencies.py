"""A sum given in two currencies is one sum: the key still names one thing, so a figure that leaves
its owner unstated finds it by the figure."""

from __future__ import annotations

from discrepancy import check
from discrepancy.models import Document


def test_an_unowned_fine_joins_the_owner_whose_sum_is_also_given_converted() -> None:
    docs = [
        Document(
            id="a",
            path="a.md",
            source="Daily A",
            published="2031-05-22",
            text="The Velm data regulator fined Velmco €1.2 billion (close to $1.3 billion) on Monday.",
        ),
        Document(
            id="b",
            path="b.md",
            source="Daily B",
            published="2031-05-22",
            text="The Velm data regulator fined Velmco €1.2 billion on Monday. It also fined Orbix €746 million.",
        ),
        Document(
            id="c",
            path="c.md",
            source="Daily C",
            published="2031-05-22",
            text="The company was hit by the Velm data regulator with a record fine of €1.2 billion on Monday.",
        ),
    ]
    groups = [{(c.document, c.span.quote) for c in g.claims} for g in check(docs).groups]
    assert any({("a", "€1.2 billion"), ("c", "€1.2 billion")} <= q for q in groups), groups
