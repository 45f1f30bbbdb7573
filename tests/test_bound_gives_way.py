"""An outlet that gives a bound and a figure of one cluster ("at least 100,000" marched; police
counted "107,000") is set against another's count by its figure: the bound, open above, does not
contradict a larger count. Every sentence here is invented."""

from __future__ import annotations

from documents import document
from flagged import flagged_pairs

from discrepancy import check


def test_a_figure_speaks_for_its_outlet_over_a_bound() -> None:
    docs = [
        document(
            "a.md",
            "Daily A",
            "2031-05-04",
            "At least 100,000 people marched in Velm on Saturday against the pension law. "
            "The Velm police estimated the turnout at 107,000.",
        ),
        document(
            "b.md",
            "Daily B",
            "2031-05-04",
            "The unions said 400,000 people marched in Velm on Saturday against the pension law.",
        ),
    ]
    pairs = flagged_pairs(check(docs))
    assert frozenset({"107,000", "400,000 people"}) in pairs
    assert not any("At least 100,000 people" in p for p in pairs)
