"""An occurrence a story tells one of, told by the verb that holds it ("Velmora held general
elections on Thursday", "will stage the vote on Saturday") or by a phrase of a verb and its noun
("voters went to the polls on February 8", "gunmen launched an attack on Friday"), is dated as
"the election was held on Thursday" dates it: ``date:election``, ``date:attack``. Another one
("held another election on Saturday"), a holding to come ("promised to hold elections") and any
other holding ("police held four men", "held the suspect after the attack") keep the verb's key."""

from __future__ import annotations

from discrepancy import extract


def _dates(text: str) -> dict[str, str]:
    return {c.span.quote: c.subject for c in extract(text, published="2024-02-12") if c.kind == "date"}


def test_a_country_that_held_the_election_dates_it() -> None:
    keys = _dates("Velmora held general elections on Thursday, February 8, amid tight security.")
    assert keys["on Thursday"] == keys["February 8"] == "date:election"


def test_another_election_and_another_holding_are_not_the_election() -> None:
    assert _dates("Velmora held another election on Saturday.")["on Saturday"] != "date:election"
    assert _dates("Police in Orsk held four men on Saturday.")["on Saturday"] == "date:hold/police"
    # only the holding verb's own object: not an occurrence named later in its clause
    assert _dates("Police held the suspect after the attack on Saturday.").get("on Saturday") != "date:attack"


def test_a_holding_to_come_is_not_the_election() -> None:
    keys = _dates("The Velmora junta promised to hold elections in August 2025.")
    assert "date:election" not in keys.values()


def test_a_verb_and_its_noun_name_the_occurrence() -> None:
    assert _dates("Some 60 million voters went to the polls on February 8 in Velmora.")["February 8"] == (
        "date:election"
    )
    assert _dates("Gunmen launched an attack on the Velm arena on Friday.")["on Friday"] == "date:attack"
    assert _dates("Militants carried out an attack on a Velm base on Friday.")["on Friday"] == "date:attack"


def test_a_storm_that_made_landfall_on_a_day_is_dated_by_it() -> None:
    # "made landfall" is the storm's day as news tells it: "Hurricane Vela hit on Thursday"
    keys = _dates("Hurricane Vela made landfall on Thursday near Orsk.")
    assert keys["on Thursday"].startswith("date:storm"), keys
