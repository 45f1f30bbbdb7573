"""How far something travelled: the length of its subject's path, never a distance from a place."""

from __future__ import annotations

from flagged import flagged_pairs

from discrepancy import check, extract
from discrepancy.models import Document


def _anchors(text: str) -> dict[str, str]:
    return {c.span.quote: c.subject.split("|")[4] for c in extract(text, published="2031-03-26") if c.quantity}


def test_a_distance_after_a_verb_of_travel_is_its_subjects_path() -> None:
    assert _anchors("The tornado traveled 59 miles across Velm County.") == {"59 miles": "path of tornado"}
    assert _anchors("The twister was on the ground for an hour and nearly covered 60 miles.")["60 miles"] == (
        "path of tornado"
    )


def test_two_lengths_of_one_path_conflict() -> None:
    docs = [
        Document(id="a", path="a.md", text="The Velm tornado traveled 59 miles on Friday.", published="2031-03-26"),
        Document(
            id="b", path="b.md", text="The Velm tornado traveled at least 170 miles on Friday.", published="2031-03-26"
        ),
    ]
    assert flagged_pairs(check(docs)) == {frozenset(("59 miles", "at least 170 miles"))}
