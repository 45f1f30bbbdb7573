"""Who did an act is not who it was done to, and "one" before a noun is a figure of that noun.

A figure whose phrase is the subject of an active verb of a family ("kill", "injure", "rescue")
whose object is another figure is the doer: the state the verb names is the object's ("two gunmen
killed 12 people" counts two gunmen and twelve dead). "One" right before a singular noun is the
numeral of that noun, not a pronoun before a verb ("one guard was killed")."""

from __future__ import annotations

from discrepancy import extract


def _subjects(text: str) -> dict[str, str]:
    return {c.span.quote: c.subject for c in extract(text, published="2031-05-02")}


def test_the_doers_of_an_act_on_a_figure_are_counted_as_themselves() -> None:
    got = _subjects("Two gunmen killed 12 people at the Velm market.")
    assert got["Two gunmen"].startswith("quantity:count|")
    assert got["12 people"].startswith("quantity:deaths|people|")
    got = _subjects("Three blasts injured at least 40 people in Orvel on Monday.")
    assert got["Three blasts"].startswith("quantity:count|")
    assert got["at least 40 people"].startswith("quantity:injured|people|")


def test_those_the_act_was_done_to_keep_its_state() -> None:
    # a passive, an intransitive verb, a time or a preposition's figure after the verb: no object
    assert _subjects("Two gunmen were killed by the police.")["Two gunmen"].startswith("quantity:deaths|")
    got = _subjects("12 people killed 3 days ago were buried in Velm.")
    assert got["12 people"].startswith("quantity:deaths|")
    got = _subjects("At least 30 people have died instead of 90 as first reported.")
    assert got["At least 30 people"].startswith("quantity:deaths|")


def test_one_before_a_singular_noun_is_its_numeral() -> None:
    got = _subjects("One guard was killed in the raid on the Orvel depot.")
    assert got["One guard"].startswith("quantity:deaths|guard|")
    got = _subjects("One guard was hurt and one soldier was killed.")
    assert got["One guard"].startswith("quantity:injured|guard|")


def test_a_bracket_that_opens_on_a_clause_is_an_aside_not_a_breakdown() -> None:
    # the missing of the earlier report are that report's count, not a part of today's missing
    text = (
        "The rains left 400 people dead and more than 90 still missing (correcting a report from "
        "Velm that said 900 were dead and over 700 missing)."
    )
    assert _subjects(text)["over 700 missing"].startswith("quantity:missing|people|")
    got = _subjects("The outbreak caused 23 deaths (4 confirmed, 19 probable) in Orvel.")
    assert got["4 confirmed"].startswith("quantity:deaths|confirmed|")


def test_a_part_told_by_its_nationality_alone_is_that_nation_s_people() -> None:
    got = _subjects("Of the dead, 16 were Velmish, one was Orvelian and two were Velmish police officers.")
    assert got["16 were Velmish"].startswith("quantity:deaths|velmish people|")
    assert got["two were Velmish police"].startswith("quantity:deaths|police|")


def test_a_revision_past_what_the_toll_is_of_reaches_its_new_level() -> None:
    got = _subjects("The ministry raised the death toll in the Velm blasts from 75 to at least 77 late Sunday.")
    assert got["at least 77"].startswith("quantity:deaths|people|")


def test_as_high_as_is_a_ceiling_like_as_many_as() -> None:
    claim = next(c for c in extract("Officials put the death toll as high as 74.", published="2031-05-02"))
    assert claim.span.quote == "as high as 74" and claim.quantity is not None
    assert claim.quantity.qualifier == "up_to" and claim.subject.startswith("quantity:deaths|")


def test_a_part_of_a_group_with_no_state_is_counted_as_who_it_was() -> None:
    got = _subjects("Of the victims, 12 were Velmish, one was Orvelian and two were women, police said.")
    assert got["12 were Velmish"].startswith("quantity:count|velmish people|")
    assert got["two were women"].startswith("quantity:count|women|")
    # what happened to such a part is never set against the whole's count
    assert _subjects("Of the victims, 7 died in hospital.")["7"] == ""
