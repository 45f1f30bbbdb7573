"""A figure after a preposition of place that counts places ("marched in 40 cities", "a strike in
seven states") says how many places an occurrence spans: a count of its own, compared with the
other outlets' counts of those places, never a count of those it befell."""

from __future__ import annotations

import pytest

from discrepancy import extract


def _keys(text: str) -> dict[str, str]:
    return {c.span.quote: c.subject for c in extract(text, published="2031-03-02") if c.quantity is not None}


@pytest.mark.parametrize(
    ("text", "quote", "key"),
    [
        ("Rallies against the levy were held in 40 cities on Saturday.", "40 cities", "quantity:places|city|"),
        ("Nurses walked out in seven states and the capital.", "seven states", "quantity:places|state|"),
        ("Wildfires were burning in 14 provinces by Monday.", "14 provinces", "quantity:places|province|"),
    ],
)
def test_a_count_of_places_is_its_own_subject(text: str, quote: str, key: str) -> None:
    assert _keys(text).get(quote, "").startswith(key), _keys(text)


def test_two_outlets_counts_of_the_places_meet() -> None:
    one = _keys("Rallies against the levy were held in 40 cities on Saturday.")
    other = _keys("Rallies against the levy took place in more than 60 cities on Saturday.")
    assert set(one.values()) == set(other.values())


def test_the_places_are_no_count_of_the_dead() -> None:
    keys = _keys("At least 30 people were killed in the two provinces.")
    assert keys.get("two provinces", "").startswith("quantity:places|province|")
    assert keys.get("At least 30 people", "").startswith("quantity:deaths|people|")


def test_people_in_a_place_are_still_people() -> None:
    # "in the 20 villages" counts villages; "in 20 families" is no place
    assert not any(k.startswith("quantity:places") for k in _keys("Aid went to 20 families in the valley.").values())


def test_places_a_contestant_won_are_not_the_occurrences() -> None:
    keys = _keys("Velm won the polls in 11 states, and Orsk was victorious in 12 states.")
    assert not any(k.startswith("quantity:places") for k in keys.values()), keys


def test_a_breakdown_after_the_places_splits_the_count_before_them() -> None:
    keys = _keys("The ministry counts 30 cases in two districts (18 confirmed, 12 probable).")
    assert keys.get("two districts", "").startswith("quantity:places|district|")
    assert keys.get("18 confirmed", "").startswith("quantity:cases|"), keys
