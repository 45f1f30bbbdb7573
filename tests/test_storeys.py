"""A building's height in storeys is a claim; two counts for one building are a finding."""

from __future__ import annotations

from flagged import flagged_pairs

from discrepancy import check, extract
from discrepancy.models import Document


def _storeys(text: str) -> dict[str, float]:
    return {
        c.subject: c.quantity.figure
        for c in extract(text, published="2031-06-25")
        if c.quantity is not None and c.quantity.measure == "storeys"
    }


def test_a_count_of_storeys_is_keyed_by_the_thing_it_describes() -> None:
    assert _storeys("Crews searched the rubble of the 13-story building in Velm.") == {
        "quantity:storeys|-|-|-|building|-": 13
    }
    assert _storeys("The 12-story condominium building in Velm collapsed.") == {"quantity:storeys|-|-|-|building|-": 12}
    assert _storeys("The collapse of a twelve-storey apartment tower in Velm killed 11.") == {
        "quantity:storeys|-|-|-|building|-": 12
    }


def test_two_buildings_in_one_article_are_none() -> None:
    assert _storeys("The six-storey building burned. A four-storey building nearby in Velm was spared.") == {}


def test_two_counts_of_storeys_conflict_across_outlets() -> None:
    docs = [
        Document(id="a", path="a.md", text="The 12-story Velm tower collapsed on Thursday.", published="2031-06-25"),
        Document(id="b", path="b.md", text="The 13-story Velm tower collapsed on Thursday.", published="2031-06-25"),
    ]
    assert flagged_pairs(check(docs)) == {frozenset(("12", "13"))}
