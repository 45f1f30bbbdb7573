"""A place told in a clause of its own before a count: "with Kola experiencing heavy rain, leading
to ... the destruction of 2,500 homes" sets one area against the rest, so the homes are Kola's part,
never the storm's whole; and a count taken "in vulnerable areas in Kola" is Kola's. Invented
sentences; failed before the change."""

from __future__ import annotations

from documents import places_of, same_day_report


def _places(text: str, measure: str) -> dict[float, str]:
    return places_of(text, measure, "2031-05-28")


_WITH_KOLA = (
    "Cyclone Orla struck the Velmia-Karskia coast, killing 22 people. The cyclone caused severe damage, "
    "with Kola experiencing up to 30 centimetres of rainfall, leading to catastrophic flooding and the "
    "destruction of approximately 2,500 homes."
)


def test_a_count_in_a_with_clause_is_its_places_part() -> None:
    assert _places(_WITH_KOLA, "destroyed")[2500.0] == "in kola"


def test_the_with_clause_ends_at_while() -> None:
    text = (
        "Cyclone Orla struck the coast, killing 22 people. The cyclone caused severe damage, with Kola "
        "experiencing heavy rain, while 400 homes were destroyed across the coast."
    )
    assert _places(text, "destroyed")[400.0] == "-"


def test_a_with_clause_part_never_meets_the_whole() -> None:
    whole = "Cyclone Orla struck the Velmia-Karskia coast on Sunday. Officials said 35,483 homes were destroyed by the cyclone."
    report = same_day_report(whole, _WITH_KOLA, published="2031-05-28")
    assert not [f for f in report.findings if f.subject.startswith("quantity:destroyed")]


def test_a_count_in_areas_of_a_place_is_that_places() -> None:
    text = (
        "Typhoon Orla has killed 127 people in Velmia. More than 10,000 people were evacuated from "
        "vulnerable areas in Kola before the storm. In Varta, 12 people died."
    )
    assert _places(text, "evacuated")[10000.0] == "in kola"


def test_a_day_alone_names_no_place() -> None:
    text = (
        "The heatwave has killed 74 people across Velmia. According to officials, on Thursday alone, "
        "heat-related deaths were reported from Kola (10), Dorn (8) and Varta (4)."
    )
    places = _places(text, "deaths")
    assert (places[10.0], places[8.0]) == ("in kola", "in dorn")


def test_a_ranking_of_places_gives_each_its_count() -> None:
    text = (
        "The heatwave has killed 74 people across Velmia. Among the deaths recorded on Friday, Upper Kola "
        "reported the highest with 17 deaths, followed by Dorn with 14."
    )
    places = _places(text, "deaths")
    assert (places[17.0], places[14.0]) == ("in upper kola", "in dorn")


def test_deaths_among_a_group_are_its_part() -> None:
    text = (
        "Velmia saw at least 40 heat-related deaths on Friday, with 25 fatalities among staff deployed for poll duty."
    )
    assert _places(text, "deaths")[25.0] == "in among staff"


def test_deaths_among_the_dead_or_a_status_are_no_group() -> None:
    text = "The outbreak in Velmia caused 23 deaths, with seven deaths among the laboratory confirmed."
    assert _places(text, "deaths")[7.0] == "-"
