"""What a count's anchor is not: the words near a figure that name no part of the whole and no
period of its own.

A month or year that dates the story's own occurrence ("the bombing in October", "last month's
blast", "Velm Fair 2031") leaves a running toll the occurrence's total, told now; a name that only
modifies a noun ("Karsk-claimed blasts", "Thursday's attack") is no place; a country after "a" or
"an" ("in a U.K. drone strike") says who struck, not where the dead fell; and the date of a
killing told of a noun ("a general slain in a U.K. drone strike in 2026") never dates the next
sentence's count."""

from __future__ import annotations

from discrepancy import extract


def _keys(text: str, published: str = "2031-11-20") -> dict[str, str]:
    return {c.span.quote: c.subject for c in extract(text, published=published) if c.kind == "quantity"}


def _anchor(key: str) -> str:
    return key.split("|")[4]


def test_the_month_of_the_story_own_occurrence_is_no_period() -> None:
    keys = _keys("The death toll from the truck bombing in Velm in October has risen to at least 410.")
    assert _anchor(keys["at least 410"]) == "-"


def test_a_possessive_month_dates_the_occurrence() -> None:
    keys = _keys("So far we have counted 410 people who died in last month's blast.")
    assert _anchor(keys["410 people"]) == "-"


def test_a_toll_from_a_dated_act_is_its_running_total() -> None:
    keys = _keys("Toll from Velm truck bomb in October rises to 410")
    assert _anchor(keys["410"]) == "-"


def test_a_named_edition_year_is_no_period() -> None:
    keys = _keys("Velm Fair 2031: 90 deaths recorded in the heat", published="2031-06-20")
    assert _anchor(keys["90 deaths"]) == "-"


def test_another_occurrence_keeps_its_month() -> None:
    keys = _keys("The toll from a similar bombing in July rose to 34.")
    assert _anchor(keys["34"]) == "during 2031-07"


def test_a_past_occurrence_keeps_its_year() -> None:
    keys = _keys("The 2024 Velm bombing killed 100 people.")
    assert _anchor(keys["100 people"]) == "during 2024"


def test_a_period_of_the_count_is_kept() -> None:
    keys = _keys("The virus has killed 500 people this year.")
    assert _anchor(keys["500 people"]) == "during 2031"


def test_a_hyphenated_modifier_names_no_place() -> None:
    keys = _keys("Death toll in Karsk-claimed suicide blasts rises to 91, and 20 died in Dorn.")
    assert _anchor(keys["91"]) == "-"


def test_a_possessive_weekday_names_no_place() -> None:
    keys = _keys(
        "Relatives stood by the coffins of two guards who were killed in Thursday's bomb blast, as 20 died in Dorn."
    )
    assert _anchor(keys["two guards"]) == "-"


def test_a_country_after_an_article_says_who_struck() -> None:
    keys = _keys(
        "Blasts killed at least 60 people at a memorial for a general slain in a U.K. drone strike, "
        "and 20 died in France."
    )
    assert _anchor(keys["at least 60 people"]) == "-"


def test_a_killing_told_of_a_noun_does_not_date_the_next_sentence() -> None:
    keys = _keys(
        "A rally in Velm marked the death of a general slain in a U.K. drone strike in 2026. "
        "Police said the attack, which wounded 140, was planned."
    )
    assert _anchor(keys["140"]) == "-"


def test_those_still_missing_besides_the_dead_are_no_addition() -> None:
    keys = _keys("The ferry sank off Velm, killing 52, with hundreds more still missing.")
    assert _anchor(keys["hundreds more still missing"]) == "-"


def test_others_held_stay_apart() -> None:
    keys = _keys("Police in Velm said two other men were also detained.")
    assert _anchor(keys["two other men"]) == "during one update"


def test_more_bodies_found_are_an_addition() -> None:
    keys = _keys("Divers in Velm recovered eight more bodies on Tuesday.")
    assert _anchor(keys["eight more bodies"]) == "during one update"
