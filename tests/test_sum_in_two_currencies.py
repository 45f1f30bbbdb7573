"""A sum given in two currencies is one sum: the key still names one thing, so a figure that leaves
its owner unstated finds it by the figure."""

from __future__ import annotations

from documents import document

from discrepancy import check


def test_an_unowned_fine_joins_the_owner_whose_sum_is_also_given_converted() -> None:
    docs = [
        document(
            "a.md",
            "Daily A",
            "2031-05-22",
            "The Velm data regulator fined Velmco €1.2 billion (close to $1.3 billion) on Monday.",
        ),
        document(
            "b.md",
            "Daily B",
            "2031-05-22",
            "The Velm data regulator fined Velmco €1.2 billion on Monday. It also fined Orbix €746 million.",
        ),
        document(
            "c.md",
            "Daily C",
            "2031-05-22",
            "The company was hit by the Velm data regulator with a record fine of €1.2 billion on Monday.",
        ),
    ]
    groups = [{(c.document, c.span.quote) for c in g.claims} for g in check(docs).groups]
    assert any({("a.md", "€1.2 billion"), ("c.md", "€1.2 billion")} <= q for q in groups), groups
