"""A word in -ed that English does not list ("refloated", "deplaned") is a past form of a verb, no
noun: "was partly refloated on Monday" dates the refloating. Invented sentences; failed before
(the word was read as a noun and the clause dated nothing)."""

from __future__ import annotations

from discrepancy import extract
from discrepancy.read.tokens import tokenize


def test_an_unlisted_past_form_is_a_verb() -> None:
    text = "The ship was partly refloated on Monday."
    assert [t.tag for t in tokenize(text, 0, len(text)) if t.lower == "refloated"] == ["VERB"]


def test_its_clause_dates_the_act() -> None:
    keys = [
        c.subject
        for c in extract("The Velm Star was partly refloated on Monday.", published="2031-03-30")
        if c.kind == "date"
    ]
    assert any(k.startswith("date:refloat") for k in keys), keys


def test_an_adjective_after_a_figure_and_a_gerund_before_one() -> None:
    """ "four top executives": an adjective after a figure, never a verb; "by firing four": a gerund
    after a preposition takes its object. Failed before: neither sentence counted the fired."""
    for text in ("Orla fired four top executives.", "Orla began by firing four executives."):
        subjects = [c.subject for c in extract(text, published="2031-10-28") if c.kind == "quantity"]
        assert subjects == ["quantity:laid_off|executive|-|-|-|-"], (text, subjects)
