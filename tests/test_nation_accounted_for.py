"""A people that "accounted for" or "made up" a number of deaths counts its own share of the toll,
never the whole. Invented sentences; failed before the change."""

from __future__ import annotations

from documents import death_key_parts


def _populations(text: str) -> dict[float, str]:
    return death_key_parts(text, 1, "2031-06-25")


def test_a_people_that_accounted_for_deaths_is_their_share() -> None:
    text = "The heat has killed more than 1,100 pilgrims. Diplomats said Egyptians accounted for 658 deaths."
    assert _populations(text)[658.0] == "egyptian people"


def test_a_people_that_made_up_deaths_is_their_share() -> None:
    assert _populations("The storm killed 90 people. Jordanians made up about 40 deaths.")[40.0] == "jordanian people"


def test_a_cause_that_accounted_for_deaths_names_no_people() -> None:
    assert _populations("The heat accounted for 658 deaths, officials said.")[658.0] == "people"
