"""Which occurrence a count belongs to when its nearest occurrence word names none, or names any.

An occurrence word that modifies an institution or a thing ("the fire agency", "flood defences")
tells no occurrence; a generic word ("the incident", "the accident", "the fire", "the blaze") is
the article's own occurrence when the article names a more specific one (a crash's fire, a
stampede called an accident). Every sentence here is invented."""

from __future__ import annotations

import pytest
from test_occurrence_ordinal import _occurrence

from discrepancy import extract


@pytest.mark.parametrize(
    ("text", "quote", "occurrence"),
    [
        ("A storm hit Velm on Monday and killed 9 people, the flood agency said.", "9 people", "storm"),
        (
            "The tram derailed near Orvel. The regional fire service confirmed the deaths of 14 people.",
            "14 people",
            "crash",
        ),
        (
            "The quake on Monday was felt across all of Kelva, where 6 people died as a lorry hit a crash barrier.",
            "6 people",
            "earthquake",
        ),
    ],
)
def test_an_occurrence_word_that_names_an_institution_or_a_thing_is_no_occurrence(
    text: str, quote: str, occurrence: str
) -> None:
    assert _occurrence(text, quote) == occurrence


@pytest.mark.parametrize(
    ("text", "quote", "occurrence"),
    [
        # a crash's fire is the crash
        (
            "A jet crashed on landing at Velm airport on Sunday. The blaze that followed killed 40 people.",
            "40 people",
            "crash",
        ),
        # a stampede that an outlet calls an accident is the stampede
        (
            "A stampede at the Orvel stadium left 80 dead. A witness said 90 people died in the accident.",
            "90 people",
            "crush",
        ),
        # the incident of a crash story is the crash
        (
            "The ferry collision off Kelva was the worst in a decade. The incident left 12 people injured.",
            "12 people",
            "crash",
        ),
        # soldiers who open fire at a march start no fire
        (
            "Troops broke up a march in Velm on Friday. They opened fire, killing 7 protesters.",
            "7 protesters",
            "protest",
        ),
    ],
)
def test_a_generic_occurrence_word_is_the_article_own_occurrence(text: str, quote: str, occurrence: str) -> None:
    assert _occurrence(text, quote) == occurrence


def test_a_generic_word_alone_names_its_own_kind() -> None:
    text = "An incident at the Orvel depot left 4 people injured on Monday."
    assert _occurrence(text, "4 people") == "incident"


def test_generic_words_do_not_outvote_the_article_occurrence() -> None:
    text = (
        "A bus crash on the Velm road on Monday set the coach on fire. The fire spread fast, and the blaze "
        "and two more fires burned for hours. The toll rose to 23."
    )
    assert _occurrence(text, "23") == "crash"


def test_a_second_incident_is_still_another_one() -> None:
    text = "A bus crash near Velm killed 5 people. A second incident, on the Orvel road, injured 3 people."
    assert _occurrence(text, "3 people") == "second:incident"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Thousands joined the march in Velm on Saturday to honour the 15 people who were killed when a "
            "roof collapsed at the Dorn station.",
            "15 people",
        ),
        (
            "Thousands joined the march in Velm on Saturday. The march was calm. Fifteen bystanders were "
            "killed when a canopy at the Dorn station collapsed last year.",
            "Fifteen bystanders",
        ),
    ],
)
def test_a_structure_that_collapsed_is_a_collapse_and_bystanders_are_people(text: str, quote: str) -> None:
    (claim,) = [c for c in extract(text, published="2031-05-04") if c.span.quote == quote]
    assert claim.subject.startswith("quantity:deaths|people|-|collapse|"), claim.subject


def test_the_month_of_a_collapse_after_its_toll_is_no_period() -> None:
    text = (
        "Thousands joined the march in Velm on Saturday. The march was calm. "
        "The collapse of a canopy at the Dorn station killed 15 people in November."
    )
    (claim,) = [c for c in extract(text, published="2032-03-15") if c.span.quote == "15 people"]
    assert claim.subject == "quantity:deaths|people|-|collapse|-|-", claim.subject
    assert claim.time.label() == "2031-11"
    (war,) = [c for c in extract("The war in Velm killed 500 people in October.", published="2031-11-16") if c.quantity]
    assert war.subject.endswith("|during 2031-10|-")  # a war's month is the period its count totals


def test_an_eruption_is_an_occurrence_and_climbers_are_people() -> None:
    keys = {
        next(c.subject for c in extract(text, published="2031-05-04") if c.quantity is not None)
        for text in (
            "Eleven climbers were killed in the eruption of Mount Velm on Sunday.",
            "The eruption of Mount Velm on Sunday killed eleven hikers.",
        )
    }
    assert keys == {"quantity:deaths|people|-|eruption|-|-"}  # as "11 people were killed" (measures.yaml)
    # a volcano erupts again: an unnamed eruption's day is not compared with another's
    dated = [c for c in extract("Mount Velm erupted again on Monday.", published="2031-05-04") if c.kind == "date"]
    assert all(c.subject != "date:eruption" for c in dated)


def test_chaos_that_erupted_is_no_eruption() -> None:
    # "erupted" names a volcano's eruption; after chaos, panic or violence it is an idiom, and the
    # toll is the crush's or the attack's that the sentence names
    for text, kind in (
        ("Soon chaos erupted and at least 150 people died in a crowd crush near the station.", "crush"),
        ("Violence erupted after the vote, and 12 people were killed in an attack on a market.", "attack"),
    ):
        keys = {c.subject for c in extract(text, published="2031-05-04") if c.quantity is not None}
        assert {k.split("|")[3] for k in keys} == {kind}, (text, keys)
    volcano = {c.subject for c in extract("Mount Velm erupted, and 11 people were killed.", published="2031-05-04")}
    assert "quantity:deaths|people|-|eruption|-|-" in volcano
