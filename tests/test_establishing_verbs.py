"""Verbs that tell how a figure was established (assess, check, review, verify, deem, consider) say
nothing of what happened to those counted: the figure is a plain count of its noun, never a measure
named after the verb."""

from __future__ import annotations

from discrepancy import extract


def _subject(text: str, quote: str) -> str:
    return next(c.subject for c in extract(text, published="2031-05-02") if c.span.quote == quote)


def test_a_verb_of_establishing_a_figure_says_nothing_of_what_happened() -> None:
    # "assessed to be", "cross-checked from", "after reviewing": how the figure was known
    text = "Two gunmen were assessed to be members of the Velm cell."
    assert _subject(text, "Two gunmen").split("|")[0] == "quantity:count"
    text = "The toll was cross-checked from 12 hospitals, the governor said."
    assert _subject(text, "from 12 hospitals").split("|")[0] == "quantity:count"
    text = "Officials raised the figure after reviewing 12 local hospitals."
    assert _subject(text, "12 local hospitals").split("|")[0] == "quantity:count"
