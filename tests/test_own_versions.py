"""A page that keeps its earlier versions repeats one sentence with new figures: the outlet updating
itself, not contradicting itself."""

from __future__ import annotations

from discrepancy import check
from discrepancy.models import Document


def _findings(text: str) -> list:
    return check([Document(id="a", path="a.md", source="Daily A", published="2031-04-02", text=text)]).findings


def test_numbered_versions_of_one_sentence_are_updates() -> None:
    text = (
        "Updates:\n\n"
        "  1. Twelve people are killed and 80 others are rescued after a ferry catches fire near the island of Velm.\n"
        "  2. Seventeen people are killed and more than 90 others are rescued after a ferry catches fire near the island of Velm.\n"
    )
    assert _findings(text) == []


def test_two_different_sentences_of_one_article_still_disagree() -> None:
    text = (
        "Officials raised the toll of the ferry fire near Velm to 17 on Sunday. "
        "So far, 12 people have been confirmed dead in the ferry fire near Velm, the coast guard said."
    )
    assert _findings(text) != []
