"""A count "feared dead" is a fear, not a toll: the claim is hedged, never set against the toll
(a hedged figure is listed beside an agreement that gives it, and raises no finding). Every
sentence here is invented."""

from __future__ import annotations

from discrepancy import check, extract
from discrepancy.models import Document


def _modalities(text: str, quote: str) -> list[str]:
    return [c.modality for c in extract(text, published="2031-06-15") if c.kind == "quantity" and c.span.quote == quote]


def test_feared_dead_is_a_fear() -> None:
    assert _modalities("Hundreds feared dead after migrant boat sinks off Velm", "Hundreds feared dead") == ["hedged"]
    assert _modalities("At least 40 people are feared dead after the ferry sank off Karsk.", "At least 40 people") == [
        "hedged"
    ]


def test_the_dead_are_still_a_toll() -> None:
    text = "At least 78 migrants died when the boat sank off Velm, and 40 residents feared for their lives."
    assert _modalities(text, "At least 78 migrants") == ["asserted"]


def test_a_fear_is_not_set_against_the_toll() -> None:
    docs = [
        Document(
            id="a",
            path="a.md",
            source="Daily A",
            published="2031-06-15",
            text="Hundreds feared dead after migrant boat sinks off Velm\nThe boat sank off Velm on Wednesday.",
        ),
        Document(
            id="b",
            path="b.md",
            source="Daily B",
            published="2031-06-15",
            text="At least 78 migrants died when the boat sank off Velm on Wednesday, the coast guard said.",
        ),
    ]
    assert [f for f in check(docs).findings if f.subject.startswith("quantity:deaths")] == []
