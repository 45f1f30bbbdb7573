"""A thing's size, and the altitude a craft crashed at, do not change from one day to the next: two
outlets' figures for them are compared however many days apart they were told (the rule
fixed-measure-conflict), while other lengths and masses are compared only within days."""

from __future__ import annotations

from flagged import flagged_pairs

from discrepancy import check
from discrepancy.models import Document


def _two(a: str, day_a: str, b: str, day_b: str) -> set[frozenset[str]]:
    docs = [
        Document(id="a", path="a.md", text=a, published=day_a, source="Daily A"),
        Document(id="b", path="b.md", text=b, published=day_b, source="Daily B"),
    ]
    return flagged_pairs(check(docs))


def test_a_ships_tonnage_told_days_apart_conflicts() -> None:
    found = _two(
        "The 224,000-ton Tarvik freighter ran aground near Halden on Tuesday.",
        "2031-03-25",
        "The 200,000-ton Tarvik vessel that ran aground near Halden was refloated on Monday.",
        "2031-03-31",
    )
    assert found == {frozenset(("224,000-ton", "200,000-ton"))}


def test_an_altitude_at_a_crash_corrected_a_week_later_conflicts() -> None:
    found = _two(
        "The Velm Air jet was flying at about 400 feet when it struck the Orvel helicopter.",
        "2031-01-30",
        "Radar data showed the Velm Air jet at an altitude of 325 feet when it struck the Orvel helicopter.",
        "2031-02-06",
    )
    assert found == {frozenset(("about 400 feet", "325 feet"))}


def test_one_ship_in_two_units_days_apart_agrees() -> None:
    found = _two(
        "The 985-foot Tarvik freighter ran aground near Halden on Tuesday.",
        "2031-03-25",
        "The almost 300-metre-long Tarvik vessel that ran aground near Halden was refloated on Monday.",
        "2031-03-31",
    )
    assert found == set()


def test_a_length_of_no_thing_is_compared_only_within_days() -> None:
    found = _two(
        "A 5-km queue of lorries formed at the Velm crossing.",
        "2031-03-25",
        "A 12-km queue of lorries stood at the Velm crossing.",
        "2031-03-31",
    )
    assert found == set()
