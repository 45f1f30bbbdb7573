"""A place named with its kind that reports or sees a count ("the region of Kola reported 19 dead",
"Kola province, further north, saw a landslide ... 21 deaths") is that place's part of the toll,
not a second national total. Invented sentences; failed before the change."""

from __future__ import annotations

from documents import death_key_parts


def _places(text: str) -> dict[float, str]:
    return death_key_parts(text, 4, "2031-09-10")


def test_a_region_that_reports_a_count_is_its_place() -> None:
    text = (
        "Typhoon Orla has killed 127 people in Velmia, officials said. The mountainous region of Kola "
        "reported the most fatalities, totaling 19 dead. In Varta, 12 people died."
    )
    assert _places(text)[19.0] == "in kola"


def test_a_province_that_saw_a_landslide_is_the_place_of_its_toll() -> None:
    text = (
        "Typhoon Orla has killed 127 people in Velmia. Kola province, further north, saw a landslide "
        "push a bus into a river, resulting in 21 confirmed deaths. In Varta, 12 people died."
    )
    assert _places(text)[21.0] == "in kola"


def test_an_outlet_that_reports_a_count_is_no_place() -> None:
    text = "Typhoon Orla has killed 127 people in Velmia. In Varta, 12 people died. Reuters reported 40 dead in Velmia."
    assert _places(text)[40.0] == "in velmia"


def test_a_county_set_off_by_two_asides_is_the_place_of_its_toll() -> None:
    text = (
        "Typhoon Orla has killed 127 people in Velmia. Dorn County, North Karsk, one of the areas "
        "hardest hit by the storm, reported 30 deaths. In Varta, 12 people died."
    )
    assert _places(text)[30.0] == "in dorn"
