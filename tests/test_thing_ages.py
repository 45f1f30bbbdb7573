"""The age of a thing, or of someone told by a role: a claim, and two ages for one thing a finding."""

from __future__ import annotations

from flagged import flagged_pairs

from discrepancy import check, extract
from discrepancy.models import Document


def _ages(text: str) -> dict[str, float]:
    return {
        c.subject.split("|")[2]: c.quantity.figure
        for c in extract(text, published="2031-05-02")
        if c.quantity is not None and c.quantity.measure == "age"
    }


def test_the_age_of_a_thing_before_or_after_its_noun() -> None:
    assert _ages("A 40-year-old bridge over the Velm River collapsed on Monday.") == {"bridge": 40}
    assert _ages("The tunnel that flooded near Karsk was 52 years old, officials said.") == {"tunnel": 52}
    assert _ages("The 33-year-old freighter sank off Dorrin.") == {"ship": 33}


def test_someone_told_by_a_role_is_given_an_age_in_passing() -> None:
    assert _ages("The 61-year-old gatekeeper in Velm was charged.") == {}
    assert _ages("The 40-year-old Velmish driver died in the crash.") == {}


def test_no_age_for_anyone_at_all_nor_a_thing_given_two() -> None:
    assert _ages("A 25-year-old man was held. The 30-year-old woman died.") == {}
    assert _ages("A 40-year-old bridge fell at Velm and a 70-year-old bridge fell at Karsk.") == {}


def test_two_ages_of_one_thing_conflict_across_outlets() -> None:
    docs = [
        Document(id="a", path="a.md", text="A 40-year-old bridge over the Velm collapsed.", published="2031-05-02"),
        Document(id="b", path="b.md", text="The bridge that collapsed was 45 years old.", published="2031-05-02"),
        Document(id="c", path="c.md", text="The 40-year-old bridge had been inspected.", published="2031-05-02"),
    ]
    assert flagged_pairs(check(docs)) == {frozenset(("40", "45"))}
