"""How long an occurrence went on and how far around it a zone or its debris reached, across outlets:
a tornado's time on the ground however it is told ("lasted over an hour", "Lasting roughly 70
minutes, the tornado", "on the ground for 1 hour and 11 minutes"), a fire's days of burning, the
radius of an evacuation or an exclusion zone, the reach of shrapnel; a range kept as one interval."""

from __future__ import annotations

import pytest
from flagged import flagged_pairs

from discrepancy import check, extract
from discrepancy.models import Document


def _keys(text: str) -> dict[str, str]:
    return {c.span.quote: c.subject for c in extract(text, published="2031-03-26") if c.quantity and c.subject}


def _docs(*texts: str) -> list[Document]:
    return [
        Document(id=f"d{i}", path=f"d{i}.md", source=f"Daily {'ABCD'[i]}", text=t, published="2031-03-26")
        for i, t in enumerate(texts)
    ]


TORNADO = "quantity:duration|-|-|storm|tornado|-"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The Velm twister lasted over an hour, the weather service said.", "over an hour"),
        ("Lasting roughly 70 minutes, this 1,200-foot-wide tornado flattened Velm.", "roughly 70 minutes"),
        ("The tornado was on the ground for over two hours and crossed Velm County.", "over two hours"),
        ("The tornado remained on the ground for 1 hour and 11 minutes,tracking 40 miles.", "1 hour and 11 minutes"),
        ("The tornado was half a mile wide and lasted for over an hour.", "over an hour"),
    ],
)
def test_a_tornados_time_on_the_ground_is_one_key(text: str, quote: str) -> None:
    assert _keys(text).get(quote) == TORNADO, _keys(text)


def test_a_duration_in_two_units_is_their_sum() -> None:
    claims = [c for c in extract("The siege of Velm lasted two hours and 30 minutes.") if c.quantity]
    assert [(c.span.quote, c.quantity.figure) for c in claims] == [("two hours and 30 minutes", 2.5)]


def test_two_times_on_the_ground_conflict_and_an_open_one_meets_the_exact() -> None:
    found = flagged_pairs(
        check(
            _docs(
                "The Velm tornado was on the ground for over two hours.",
                "Lasting roughly 70 minutes, the Velm tornado destroyed 40 homes.",
                "The Velm twister lasted over an hour and destroyed 40 homes.",
            )
        )
    )
    assert frozenset(("over two hours", "roughly 70 minutes")) in found
    assert frozenset(("over an hour", "roughly 70 minutes")) not in found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The fire north of the port of Velm, which has been burning for seven days now, reached the coast.", "fire"),
        ("A wildfire that has raged for seven days in the Orlan hills reached the coast.", "fire"),
    ],
)
def test_a_fires_days_of_burning_are_the_fires(text: str, kind: str) -> None:
    assert _keys(text).get("seven days") == f"quantity:duration|-|-|{kind}|-|-", _keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "After the Velm tornado, the meeting of the council lasted over two hours.",
        "The cleanup after the Velm tornado could last more than a year.",
        "The tornado warning for Velm lasted over an hour.",
        '"It felt like the tornado was on the ground for over two hours," a Velm resident said.',
    ],
)
def test_a_duration_of_something_else_is_not_the_occurrences(text: str) -> None:
    keys = _keys(text)
    assert TORNADO not in keys.values(), keys


@pytest.mark.parametrize(
    ("text", "quote", "zone"),
    [
        ("Residents within a 1-mile radius of the plant have been ordered to evacuate.", "1-mile", "evacuation zone"),
        ("Most people within one mile had already evacuated, the mayor said.", "one mile", "evacuation zone"),
        ("The agency is prohibiting climbers within 3 km of the peak of Mount Velm.", "3 km", "exclusion zone"),
        ("The sheriff imposed a 10 p.m. curfew in a 1-mile radius of the plant.", "1-mile", "curfew zone"),
    ],
)
def test_a_distance_that_bounds_a_zone_is_keyed_by_what_the_zone_is_for(text: str, quote: str, zone: str) -> None:
    assert _keys(text).get(quote) == f"quantity:distance|-|-|-|{zone}|-", _keys(text)


def test_a_zone_told_in_metres_is_keyed_alike() -> None:
    keys = _keys("Police evacuated buildings within 500 metres of the Velm embassy.")
    assert keys.get("500 metres") == "quantity:length|-|-|-|evacuation zone|-", keys


def test_people_living_within_a_distance_bound_no_zone() -> None:
    keys = _keys("About 250,000 people live within 10 kilometres of Mount Velm.")
    assert "zone" not in keys.get("10 kilometres", ""), keys


def test_two_radii_of_one_evacuation_zone_conflict() -> None:
    found = flagged_pairs(
        check(
            _docs(
                "Residents within a 1-mile radius of the Velm plant were ordered to evacuate on Monday.",
                "People within three miles of the Velm plant were ordered to evacuate on Monday.",
            )
        )
    )
    assert found == {frozenset(("1-mile", "three miles"))}


def test_the_reach_of_shrapnel_told_as_a_warning_is_compared() -> None:
    docs = _docs(
        "Governor Rey warned an explosion could send shrapnel a mile away from the Velm crash.",
        "Governor Rey warned a blast could have deadly shrapnel traveling up to a mile.",
        "Governor Rey warned an explosion could send shrapnel three miles from the Velm crash.",
    )
    found = flagged_pairs(check(docs))
    assert frozenset(("a mile", "three miles")) in found
    assert frozenset(("a mile", "up to a mile")) not in found


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The siege of Velm lasted between one and three hours.", "between one and three hours"),
        ("The siege of Velm lasted from one to three hours.", "from one to three hours"),
        ("The siege of Velm lasted 1-3 hours.", "1-3 hours"),
    ],
)
def test_a_range_of_a_duration_is_one_interval(text: str, quote: str) -> None:
    claims = [c for c in extract(text) if c.quantity]
    assert [(c.span.quote, c.quantity.low, c.quantity.high) for c in claims] == [(quote, 1.0, 3.0)]


LOST = "quantity:duration|-|-|-|lost after launch|-"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Three minutes after lift off, the Velm rocket exploded during its test flight.", "Three minutes"),
        (
            "The Velm rocket reached 30 kilometers, exploding just short of four minutes after launch.",
            "just short of four minutes",
        ),
        ("The Velm rocket flew for two to three minutes before it lost control and blew up.", "two to three minutes"),
    ],
)
def test_a_flight_up_to_the_vehicles_loss_is_one_length(text: str, quote: str) -> None:
    assert _keys(text).get(quote) == LOST, _keys(text)


def test_a_time_after_launch_of_a_planned_act_is_no_flights_length() -> None:
    keys = _keys("About three minutes after takeoff, the Velm upper stage was supposed to separate, but it did not.")
    assert LOST not in keys.values(), keys


def test_two_times_of_a_rockets_loss_conflict() -> None:
    found = flagged_pairs(
        check(
            _docs(
                "Three minutes after lift off, the Velm rocket exploded.",
                "Just four minutes after launch, the Velm rocket exploded.",
            )
        )
    )
    assert found == {frozenset(("Three minutes", "four minutes"))}


def test_a_week_long_blaze_is_seven_days_of_burning() -> None:
    found = flagged_pairs(
        check(
            _docs(
                "A week-long blaze in the Orlan hills destroyed 30 homes.",
                "The fire in the Orlan hills burned for seven days.",
                "The fire in the Orlan hills burned for 12 days.",
            )
        )
    )
    assert frozenset(("A week-long", "seven days")) not in found
    assert frozenset(("A week-long", "12 days")) in found


def test_a_unit_long_of_no_act_is_no_claim() -> None:
    assert _keys("The council of Velm held a day-long meeting on knitting.") == {}


def test_a_loss_told_long_before_a_time_after_takeoff_does_not_make_it_a_flights_length() -> None:
    keys = _keys(
        "The Velm jet, whose sister plane crashed over the sea in 2019, landed safely two hours after takeoff."
    )
    assert LOST not in keys.values(), keys
