"""How far something travelled: the length of its subject's path, never a distance from a place."""

from __future__ import annotations

from flagged import flagged_pairs

from discrepancy import check, extract
from discrepancy.models import Document


def _measures(text: str) -> dict[str, str]:
    return {
        c.span.quote: c.subject.split("|")[0].removeprefix("quantity:")
        for c in extract(text, published="2031-03-26")
        if c.quantity and c.subject
    }


def test_a_distance_after_a_verb_of_travel_is_its_subjects_path() -> None:
    assert _measures("The tornado traveled 59 miles across Velm County.") == {"59 miles": "path_length"}
    assert _measures("The twister was on the ground for an hour and nearly covered 60 miles.")["60 miles"] == (
        "path_length"
    )
    assert _measures("The lava flowed 3 km down the slope.") == {"3 km": "path_length"}


def test_two_lengths_of_one_path_conflict() -> None:
    docs = [
        Document(id="a", path="a.md", text="The Velm tornado traveled 59 miles on Friday.", published="2031-03-26"),
        Document(
            id="b", path="b.md", text="The Velm tornado traveled at least 170 miles on Friday.", published="2031-03-26"
        ),
    ]
    assert flagged_pairs(check(docs)) == {frozenset(("59 miles", "at least 170 miles"))}
