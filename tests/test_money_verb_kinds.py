"""A sum whose kind no noun names is the kind its verb says: "customers withdrew a total of $42
billion" is a withdrawal, not a "total", and meets "withdrew $42 billion from their accounts";
"pledged to invest $500 million" an investment. The key is weak, as a noun's is. A loss or a cost
told only by its verb stays unkeyed: a story tells many (each firm's, each sector's, the total)."""

from __future__ import annotations

import pytest

from discrepancy import extract


def _money(text: str) -> list[tuple[str, float]]:
    return [
        (c.subject, c.confidence)
        for c in extract(text, published="2031-03-02")
        if c.kind == "quantity" and c.quantity is not None and c.quantity.measure == "money"
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Customers withdrew $42 billion from the Velm bank on Thursday.", "withdrawal"),
        ("Customers of the Velm bank withdrew a total of $42 billion in one day.", "withdrawal"),
        ("Harlow Capital pledged to invest $500 million in the Velm bank.", "investment"),
    ],
)
def test_the_verb_before_a_sum_names_its_kind(text: str, kind: str) -> None:
    ((subject, confidence),) = _money(text)
    assert subject.startswith(f"quantity:money:{kind}|") and confidence < 1.0, (subject, confidence)


def test_a_withdrawal_told_whole_meets_one_told_as_a_total() -> None:
    (plain,) = _money("Customers withdrew $42 billion from the Velm bank on Thursday.")
    (total,) = _money("Customers of the Velm bank withdrew a total of $42 billion in one day.")
    assert plain[0] == total[0]


@pytest.mark.parametrize(
    "text",
    [
        "The firm raised its forecast to $2 billion.",
        "Airlines in Velm were hit hard, losing about $860 million.",
        "The outage will cost the Velm airline $500 million.",
        "Dorn withdrew from the race and paid $3 million in fees.",
    ],
)
def test_no_verb_of_a_kind_names_none(text: str) -> None:
    got = _money(text)
    assert all(
        not s.startswith(("quantity:money:withdrawal", "quantity:money:raise", "quantity:money:loss")) for s, _ in got
    ), got
