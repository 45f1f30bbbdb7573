"""A range's round ends are its writer's bounds: a figure beyond them is at odds with it."""

from __future__ import annotations

from discrepancy import check
from discrepancy.models import Document


def _findings(a: str, b: str) -> list:
    docs = [
        Document(id="a", path="a.md", source="Daily A", published="2031-03-02", text=a),
        Document(id="b", path="b.md", source="Daily B", published="2031-03-02", text=b),
    ]
    return check(docs).findings


def test_a_figure_just_beyond_a_stated_range_is_at_odds_with_it() -> None:
    found = _findings(
        "Between 500 and 700 people were on board the ferry that sank off Velm, officials said.",
        "The ferry that sank off Velm was carrying 750 people, survivors said.",
    )
    assert len(found) == 1


def test_a_figure_inside_a_stated_range_meets_it() -> None:
    found = _findings(
        "Between 500 and 700 people were on board the ferry that sank off Velm, officials said.",
        "The ferry that sank off Velm was carrying 650 people, survivors said.",
    )
    assert found == []
