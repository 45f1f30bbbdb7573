"""The date of the occurrence a story tells, however an outlet words it.

Attacks, elections and incidents recur, so a date of "an attack" says nothing of the story's own;
but a definite or dated mention ("the attack happened on October 14", "Saturday's bombing",
"Tuesday's vote"), a verb that names the act ("the army took power on February 1"), or a day that
"saw" it gives one key per occurrence, so outlets meet on it. Another one ("another attack"), a
complement ("the results of the election on Monday") and an article that dates the kind on two
days stay unkeyed."""

from __future__ import annotations

import datetime as dt

from discrepancy import extract

_PUBLISHED = "2031-10-16"  # a Thursday; Saturday is 11 October


def _dates(text: str, published: str = _PUBLISHED) -> dict[str, tuple[str, dt.date | None]]:
    return {c.span.quote: (c.subject, c.time.start) for c in extract(text, published=published) if c.kind == "date"}


def test_the_attack_and_saturdays_bombing_share_one_key() -> None:
    dates = _dates("The attack happened on October 11 near the port. Saturday's truck bombing shook Orvel.")
    assert dates["attack happened on October 11"] == ("date:attack", dt.date(2031, 10, 11))
    assert dates["Saturday's truck bombing"] == ("date:attack", dt.date(2031, 10, 11))


def test_an_incident_is_the_article_s_attack() -> None:
    dates = _dates("The incident happened on Saturday in Orvel. The attack on the market killed 40 people.")
    assert dates["incident happened on Saturday"][0] == "date:attack"


def test_a_vote_held_and_a_vote_owned_by_its_day() -> None:
    assert _dates("Velm's general election was held on October 14, 2031.")["election was held on October 14, 2031"][
        0
    ] == ("date:election")
    assert _dates("Tuesday's vote followed a long campaign in Velm.")["Tuesday's vote"] == (
        "date:election",
        dt.date(2031, 10, 14),
    )


def test_a_day_that_saw_the_elections() -> None:
    dates = _dates("Tuesday saw the holding of presidential and local elections in Velm.")
    assert dates["Tuesday"] == ("date:election", dt.date(2031, 10, 14))


def test_two_bombings_that_took_place_on_one_day() -> None:
    dates = _dates("On 11 October 2031, two truck bombings took place in Orvel, killing 500 people.")
    assert dates["11 October 2031"][0] == "date:attack"


def test_another_attack_and_a_complement_stay_unkeyed() -> None:
    dates = _dates(
        "The attack happened on Saturday. Another attack on Sunday killed two."
        " The results of the election on Monday were disputed."
    )
    assert [s for s, _ in dates.values() if s.startswith(("date:attack", "date:election"))] == ["date:attack"]


def test_an_election_dated_on_two_days_is_two_elections() -> None:
    one = _dates("The election on October 12 went ahead in Velm.")
    two = _dates("The election on September 14 was annulled. The election on October 12 went ahead in Velm.")
    assert [s for s, _ in one.values()] == ["date:election"]
    assert [s for s, _ in two.values() if s == "date:election"] == []


def test_a_verb_that_names_the_coup() -> None:
    dates = _dates(
        "The army took power in Velm on February 1. The cabinet was overthrown by the military on February 1."
        " Killings have risen since the February 1 coup."
    )
    assert {s for s, _ in dates.values()} == {"date:coup"}


def test_a_year_that_names_a_thing_dates_no_act() -> None:
    dates = _dates("The army took power on February 1. It said it acted under the 2008 Constitution of Velm.")
    assert list(dates.values()) == [("date:coup", dt.date(2031, 2, 1))]


def test_a_subject_before_an_apposition() -> None:
    dates = _dates("The twin explosions, the deadliest in Velm's history, occurred on October 10 near the station.")
    assert dates["October 10"][0] == "date:explosion"


def test_a_weekday_beside_its_day_of_the_month() -> None:
    dates = _dates(
        "The incident happened on Tuesday afternoon, 14th October, after a truck bomb went off.", "2031-12-01"
    )
    assert dates["incident happened on Tuesday"][1] == dt.date(2031, 10, 14)
