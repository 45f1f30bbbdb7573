"""A figure of a measure that names no thing (a change, a win) with nothing else told of it is
compared only with the same figure (group_thingless.py). Every article here is invented."""

from __future__ import annotations

import discrepancy
from discrepancy import Document


def _doc(name: str, source: str, text: str) -> Document:
    return Document(id=name, path=f"{name}.md", source=source, published="2031-02-02", text=f"Velmco results\n\n{text}")


def _groups(*docs: Document) -> dict[str, str]:
    report = discrepancy.check(list(docs))
    return {g.subject: g.status for g in report.groups}


def test_two_rises_of_things_unnamed_are_no_dispute_and_the_same_rise_agrees() -> None:
    revenue = _doc("a", "Velm Post", "Velmco's share price showed a 13 percent increase.")
    earnings = _doc("b", "Orvel Wire", "Velmco's headcount showed a 16 percent increase, it said.")
    again = _doc("c", "Kelva Daily", "The share price of Velmco showed a 13 percent increase.")
    bare = "quantity:percentage:increase|-|-|-|-|-"
    assert bare not in _groups(revenue, earnings)
    assert _groups(revenue, earnings, again).get(bare) == "consistent"


def test_seats_won_by_no_named_party_are_not_set_against_each_other() -> None:
    one = _doc("a", "Velm Post", "The Orvel Front, led by Ana Ruiz, won 22.")
    other = _doc("b", "Orvel Wire", "The old ruling bloc won just 44, its leader said.")
    assert _groups(one, other).get("quantity:win|-|-|-|-|-") != "conflict"
