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
