"""Counts given for one place of a disaster's area are parts, keyed by that place: the place that
ends a run of coordinated counts is each count's, and "<Name> county, where ..." names one."""

from __future__ import annotations

from discrepancy import extract

PUB = "2024-03-05"


def _subjects(text: str) -> dict[float, str]:
    story = "An earthquake struck Pakistan on Monday. " + text
    return {c.quantity.figure: c.subject for c in extract(story, published=PUB) if c.quantity is not None}


def test_a_place_after_coordinated_counts_is_each_counts() -> None:
    got = _subjects(
        "The quake killed 900 people. At least 120 people were killed and 340 others were"
        " injured in Kola district alone, while 15 people died and 60 were hurt in nearby Rima district."
    )
    assert "in kola" in got[120] and "in kola" in got[340]
    assert "in rima" in got[15] and "in rima" in got[60]
    assert "in " not in got[900].split("|")[4]  # the whole keeps no place


def test_a_list_of_counts_ending_on_a_place() -> None:
    got = _subjects(
        "Two people died in Rima. By Tuesday, 64 residents had been killed, more than 30 were missing and 800"
        " injured in Kola County."
    )
    assert all("in kola" in got[v] for v in (64, 30, 800))


def test_a_count_in_a_clause_after_a_county() -> None:
    got = _subjects("Two people died in Rima. Most of the casualties were in Kola county, where 87 people were killed.")
    assert "in kola" in got[87]


def test_a_run_stops_at_a_part_without_a_figure() -> None:
    got = _subjects(
        "Two people died in Rima. At least 120 people were killed, rescuers said, and relief arrived in Kola on Monday."
    )
    assert "kola" not in got[120]


def test_a_name_ending_like_an_adjective_is_a_place() -> None:
    got = _subjects("Two people died in Rima. Eleven deaths were reported in Dongxian and nearby towns.")
    assert "in dongxian" in got[11]


def test_a_place_called_hard_hit_owns_the_count() -> None:
    got = _subjects("Two people died in Rima. Hard-hit Kolavan reported 53 deaths on Monday.")
    assert "in kolavan" in got[53]


def test_a_count_of_areas_is_no_toll() -> None:
    story = (
        "An earthquake struck Pakistan on Monday. Hard-hit Kola reported 53 deaths, while three deaths were"
        " reported in Rima and the city's two counties of Vel and Dor."
    )
    tolls = [c.quantity.figure for c in extract(story, published=PUB) if c.quantity and c.quantity.measure == "deaths"]
    assert sorted(tolls) == [3, 53]


def test_the_dead_outside_a_named_place_are_the_rest_of_the_area() -> None:
    # the toll outside the city is counted apart from the city's, however the city is named
    got = _subjects(
        "The quake killed 900 people in the city of Kola. At least 70 people died outside the city of Kola, "
        "and 12 were killed outside Rima."
    )
    assert got[70].split("|")[4] == "in elsewhere" and got[12].split("|")[4] == "in elsewhere"


def test_a_count_in_a_clause_after_another_places_occurrence() -> None:
    # "in which" opens the earlier tremors' own count, as "where" does, not the story's toll
    got = _subjects(
        "The quake killed 900 people, the deadliest this year after tremors in Rima, in which an estimated "
        "30,000 people were killed."
    )
    assert "in rima" in got[30000] and "in " not in got[900].split("|")[4]


def test_a_city_named_after_a_capitalised_adjective_is_the_city() -> None:
    # "the Karskian city of Kola": the place is Kola, never the adjective
    got = _subjects("Two people died in Rima. At least 300 people died in the Karskian city of Kola.")
    assert "in kola" in got[300]


def test_a_town_described_by_an_adjective_of_place_is_no_place_named() -> None:
    # "the Karskian city" describes the story's town; it names no part of the whole
    got = _subjects("Two people died in Rima. A further 900 people are missing in the Karskian city, the group said.")
    assert got[900].split("|")[4] == "-"
