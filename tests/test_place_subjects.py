"""A state the sentence names as the subject of its verb of recording or seeing a count ("Karnataka
recorded 16 deaths") and a place after the count's verb past an aside naming a part of it
("Fourteen people, including 10 poll workers, have died in Kola") are the count's place: a part of
the country's toll, never a second toll. Invented sentences; failed before the change."""

from __future__ import annotations

from documents import death_key_parts


def _places(text: str) -> dict[float, str]:
    return death_key_parts(text, 4, "2031-06-01")


def test_a_state_that_records_a_count_is_its_place() -> None:
    text = "The heat wave has killed 90 people across India. Karnataka recorded 16 deaths on Friday."
    assert _places(text)[16.0] == "in karnataka"


def test_a_state_told_by_its_side_that_sees_deaths_is_its_place() -> None:
    text = "The heat wave has killed 90 people across India. Western Karnataka witnessed the deaths of 19 people."
    assert _places(text)[19.0] == "in western karnataka"


def test_an_outlet_or_a_country_that_reports_is_no_place() -> None:
    text = "The heat wave has killed 90 people across India. Reuters reported 40 deaths. India recorded 41 deaths."
    places = _places(text)
    assert places[40.0] == "-"
    assert places[41.0] == "-"


def test_a_place_past_an_aside_naming_a_part_is_the_counts() -> None:
    text = (
        "The heat wave has killed 90 people in Velmia. Fourteen people, including 10 poll workers, "
        "have died in Kola, officials said. In Dorn, 12 people died."
    )
    assert _places(text)[14.0] == "in kola"


def test_an_aside_that_names_no_part_stops_the_place() -> None:
    text = (
        "The heat wave has killed 90 people in Velmia. Fourteen people, officials said, were treated "
        "in Kola. In Dorn, 12 people died."
    )
    assert 14.0 not in _places(text)


def test_a_state_opening_the_sentence_past_its_countrys_name_is_the_place() -> None:
    text = (
        "The heat wave has killed 90 people across India. Fourteen people died in Kerala on Thursday. "
        "In India's most populous state of Karnataka, at least nine poll workers died on Friday."
    )
    assert _places(text)[9.0] == "in karnataka"


def test_the_toll_a_states_count_brings_up_is_that_states() -> None:
    text = (
        "The heat wave has killed 90 people across India. Friday saw the loss of five lives in Kerala, "
        "bringing the death toll to 14."
    )
    assert _places(text)[14.0] == "in kerala"


def test_a_toll_the_sentence_owns_otherwise_stays_the_whole() -> None:
    text = (
        "The heat wave has killed 90 people across India. Friday saw the loss of five lives in Kerala, "
        "bringing the overall death toll to 95."
    )
    assert _places(text)[95.0] == "-"


def test_a_country_that_saw_a_toll_is_its_place_beside_another_countrys() -> None:
    text = (
        "Cyclone Orla struck the coasts of India and Bangladesh. By Monday, Kerala had reported six "
        "deaths, while Bangladesh saw a higher toll with 16 deaths."
    )
    assert _places(text)[16.0] == "in bangladesh"


def test_a_part_told_in_its_wholes_country_is_no_second_count_of_it() -> None:
    text = (
        "Cyclone Orla struck Velmia and Bangladesh. In India, a senior Kerala official confirmed the "
        "deaths of at least six civilians, including three who were electrocuted. In Bangladesh, ten died."
    )
    assert 3.0 not in _places(text)


def test_a_place_past_the_cause_of_death_is_the_counts() -> None:
    text = (
        "The heat wave has killed 90 people in Velmia. Fourteen people have died due to heatstroke in "
        "Kola in the last 24 hours. In Dorn, 12 people died."
    )
    assert _places(text)[14.0] == "in kola"
