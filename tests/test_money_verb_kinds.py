"""A sum whose kind no noun names is the kind its verb says: "the bank lost $1.8 billion" is a loss
and meets "an after-tax loss of $1.8 billion"; "withdrew a total of $42 billion" is a withdrawal,
not a "total"; "will cost the airline $500 million" a cost. The key is weak, as a noun's is."""

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
        ("The Velm bank lost $1.8 billion on the sale of its bonds.", "loss"),
        ("Customers withdrew $42 billion from the Velm bank on Thursday.", "withdrawal"),
        ("Customers of the Velm bank withdrew a total of $42 billion in one day.", "withdrawal"),
        ("The outage will cost the airline $500 million, Dorn said.", "cost"),
        ("Harlow Capital pledged to invest $500 million in the Velm bank.", "investment"),
        ("A pledge from Harlow takes the total amount being raised to about $2.25 billion.", "raise"),
    ],
)
def test_the_verb_before_a_sum_names_its_kind(text: str, kind: str) -> None:
    ((subject, confidence),) = _money(text)
    assert subject.startswith(f"quantity:money:{kind}|") and confidence < 0.7, (subject, confidence)


def test_a_loss_told_by_its_verb_meets_the_loss_told_by_its_noun() -> None:
    (verb,) = _money("The Velm bank lost $1.8 billion on the sale of its bonds.")
    (noun,) = _money("The Velm bank reported an after-tax loss of $1.8 billion.")
    assert verb[0] == noun[0]


@pytest.mark.parametrize(
    "text",
    [
        "The firm raised its forecast to $2 billion.",
        "Dorn paid $3 million for the site in Velm.",
        "The cost of the Velm bridge was $3 million.",
    ],
)
def test_no_verb_of_a_kind_names_none(text: str) -> None:
    assert all(
        not s.startswith(("quantity:money:loss", "quantity:money:withdrawal", "quantity:money:raise"))
        for s, _ in _money(text)
    ), _money(text)
