"""A whole of a part told with its size and a relative clause of what befell it ("25 of the 26 who
died were in Velm") counts that fate: the 26 dead meet another outlet's "killed 26 people", never a
bare count of people."""

from __future__ import annotations

from discrepancy import extract


def _subject(text: str, quote: str) -> str:
    return next(c.subject for c in extract(text, published="2031-05-02") if c.span.quote == quote)


def test_the_whole_of_a_part_is_what_its_relative_clause_says_befell_it() -> None:
    assert _subject("Twenty-five of the 26 who died were in Velm.", "26").startswith("quantity:deaths|people|")
    assert _subject("Five of the 20 who died were Karsk residents.", "20").startswith("quantity:deaths|people|")
    assert _subject("Twelve of the 40 who were injured later died.", "40").startswith("quantity:injured|people|")


def test_a_whole_without_a_fate_stays_a_count() -> None:
    assert _subject("Twelve of the 40 who live in Velm later died.", "40").startswith("quantity:count|")


def test_a_part_of_those_deaths_is_a_part_not_a_rival_toll() -> None:
    # before: "those" read as a pronoun, and the 25 as a second count of all deaths
    text = "The storm killed 26 people in Velm. 25 of those deaths were civilians."
    assert _subject(text, "25 of those deaths were civilians").startswith("quantity:deaths|civilians|")


def test_the_place_after_the_parts_verb_is_the_parts() -> None:
    # a story that counts in two places gives each count its place; "were in Velm" is the 25's
    text = "One person died in Karsk. Twenty-five of the 26 who died were in Velm."
    subject = _subject(text, "26")
    assert subject.startswith("quantity:deaths|people|") and "velm" not in subject
