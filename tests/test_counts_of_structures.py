"""Structures that gave way, counted: 'two dams collapsed', 'two dams outside the city collapsed'
and 'two dams located on the river burst' are one fact (the count of collapsed dams), past a place
phrase and a participle that only says which ones."""

from __future__ import annotations

import pytest

from discrepancy import extract


@pytest.mark.parametrize(
    "sentence",
    [
        "Two dams collapsed near Velm on Sunday.",
        "Two dams outside the city collapsed.",
        "Two dams located on the Velm river burst.",
        "Residents said two bridges outside Velm collapsed on Sunday.",
    ],
)
def test_a_count_of_structures_that_gave_way_is_their_collapse(sentence: str) -> None:
    counts = [c.subject for c in extract(sentence, published="2031-09-13") if c.kind == "quantity"]
    assert len(counts) == 1 and counts[0].startswith("quantity:collapse|")


def test_a_participle_of_a_state_keeps_its_count() -> None:
    counts = [c.subject for c in extract("12 people injured in the blast in Velm were taken to hospital.")]
    assert any(s.startswith("quantity:injured|") for s in counts)


def test_the_kidnap_of_a_count_is_its_abduction() -> None:
    """'the kidnap' is a noun after its article (lemminflect lists 'kidnap' only as a verb): the
    figure after 'of' is who was taken, as after 'the abduction of'."""
    counts = [c.subject for c in extract("Police searched Velm following the kidnap of over 280 pupils.")]
    assert counts == ["quantity:held|students|-|-|-|-"]
