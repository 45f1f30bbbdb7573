"""Durations: how long an act lasted, in hours as in days; clock times and periods are no durations."""

from __future__ import annotations

import pytest
from documents import document

from discrepancy import check, extract

PUB = "2031-03-04"


def _durations(text: str) -> list[tuple[str, str, float | None]]:
    return [
        (c.span.quote, c.subject, c.quantity.low)
        for c in extract(text, published=PUB)
        if c.kind == "quantity" and c.quantity is not None and c.quantity.measure == "duration"
    ]


@pytest.mark.parametrize(
    ("text", "quote", "hours"),
    [
        ("After 36 hours of heavy shelling, the rebels asked for talks.", "36 hours", 36),
        ("The army called off its 36-hour offensive on Friday.", "36-hour", 36),
        ("They lived through 36 hours of the siege.", "36 hours", 36),
        ("The siege of the port lasted 36 hours.", "36 hours", 36),
    ],
)
def test_an_assault_lasting_hours_is_its_length(text: str, quote: str, hours: float) -> None:
    [(got, subject, low)] = _durations(text)
    assert (got, low) == (quote, hours)
    assert subject.startswith("quantity:duration|") and subject.split("|")[4] == "assault"


def test_an_occurrence_lasting_is_the_occurrence_s_length() -> None:
    [(_, subject, low)] = _durations("The border war lasted 40 days.")
    assert low == 40 * 24 and subject.split("|")[3] == "conflict"
    [(_, subject, _)] = _durations("Fighting went on for 12 hours, then stopped.")
    assert subject.split("|")[3] == "conflict"


@pytest.mark.parametrize(
    "text",
    [
        "A miner was pulled out alive after 70 hours under the rubble.",
        "More than 150 mm of rain fell in 24 hours.",
        "In the last 24 hours, the fighting left 12 people dead.",
        "He spent 24 hours in the war zone.",
        "The first shot was fired at 4 a.m., two hours before the assault.",
    ],
)
def test_hours_that_are_a_time_or_a_period_are_no_duration(text: str) -> None:
    assert _durations(text) == []


def test_a_clock_time_stays_a_time() -> None:
    claims = extract("The shelling began at 11 p.m. on Tuesday.", published=PUB)
    assert not [c for c in claims if c.kind == "quantity"]


def test_two_outlets_agree_on_the_length_of_an_assault() -> None:
    a = document(
        "a.md", "Daily A", "2031-03-03", "After 36 hours of heavy shelling, the separatists laid down their arms."
    )
    b = document(
        "b.md", "Daily B", "2031-03-04", "The army ended a 36-hour offensive against the separatists on Tuesday."
    )
    report = check([a, b])
    [group] = [g for g in report.groups if g.subject.startswith("quantity:duration")]
    assert len(group.claims) == 2 and group.status == "consistent"


def test_the_length_of_a_rule_is_one_measure_and_told_under_a_modal() -> None:
    ruled = extract("President Orin Dasa, whose family has ruled for 55 years, was ousted.", published=PUB)
    held = extract("His overthrow would end his family's 53-year hold on power in Velmia.", published=PUB)
    keys = {c.subject for c in [*ruled, *held] if c.kind == "quantity"}
    assert keys == {"quantity:duration|-|family|-|rule|-"}
    assert all(c.modality == "asserted" for c in held if c.kind == "quantity")


def test_a_fathers_rule_and_his_sons_are_not_the_familys() -> None:
    """A ruler's length of rule is his, a family's its own, and one of no named holder is not
    compared: the father's 42 years and the son's 14 (who share a surname) are parts of the family's 56. Failed before:
    all were one measure, and 14 against 42 was flagged."""
    text = (
        "The coup ends 56 years of family rule in Velmia. Former President Tor Dasa, who ruled the country "
        "for 42 years, died in 2019, leaving power to his son Ivo Dasa, who was in power for 14 years. "
        "The dynasty is over. President Dasa had ruled for 9 years when he fell ill."
    )
    keys = {c.span.quote: c.subject for c in extract(text, published=PUB) if c.kind == "quantity"}
    assert keys["56 years"] == "quantity:duration|-|family|coup|rule|-", keys
    assert keys["42 years"] == "quantity:duration|-|ruler:Tor Dasa|coup|rule|-", keys
    assert keys["14 years"] == "quantity:duration|-|ruler:Ivo Dasa|coup|rule|2019", keys
    assert keys["9 years"] == "", keys  # either Dasa: compared with nothing
