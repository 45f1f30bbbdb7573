"""Two vehicles in one collision: those aboard the other party (a helicopter, a freight or commercial
train) are a part of all aboard, and those "aboard both aircraft" are everyone, so neither meets the
airliner's own count. Invented sentences; failed before the change."""

from __future__ import annotations

from documents import places_of, same_day_report


def _places(text: str, measure: str) -> dict[float, str]:
    return places_of(text, measure, "2031-01-30")


HELICOPTER = (
    "The jet collided with an Army helicopter over the Velm in a fiery crash. The helicopter, believed to be "
    "carrying three people, fell into the river."
)
JET = "Velmair Flight 53 was carrying 60 passengers and four crew members when the crash over the Velm occurred."
BOTH = "The crash over the Velm killed all 67 people aboard both aircraft, officials said."


def test_the_other_vehicles_aboard_are_its_own() -> None:
    assert _places(HELICOPTER, "on_board")[3.0] == "in helicopter"


def test_those_aboard_both_vehicles_are_everyone() -> None:
    assert _places(BOTH, "on_board")[67.0] == "in both vehicles"


def test_a_train_another_train_hit_keeps_its_count() -> None:
    text = "A freight train collided with a passenger train carrying 350 passengers near Kola."
    assert _places(text, "on_board")[350.0] == "-"


def test_no_vehicles_count_meets_another_vehicles() -> None:
    report = same_day_report(HELICOPTER, JET, BOTH, published="2031-01-30")
    assert not [f for f in report.findings if f.subject.startswith("quantity:on_board")]
