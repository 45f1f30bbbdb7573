"""Who speaks in a sentence of two clauses: a concessive clause ("Although officials described it
as ...", "..., though police put the toll at ...") keeps its own speaker, and the clause it concedes
to keeps its own; a place after a verb of saying ("said at a news briefing in the capital") is never
a speaker. Every sentence here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract


def _speaker(text: str, quote: str) -> str:
    """The speaker of the quantity claim over ``quote``."""
    i = text.index(quote)
    claims = [c for c in extract(text, published=dt.date(2031, 5, 12)) if c.kind == "quantity"]
    found = [c for c in claims if c.span.start < i + len(quote) and i < c.span.end]
    assert found, [c.span.quote for c in claims]
    return found[0].speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Although Velmish officials described it as a 6.4-magnitude quake, the survey recorded it at magnitude 5.8.",
            "6.4",
            "Velmish officials",
        ),
        (
            "Although Velmish officials described it as a 6.4-magnitude quake, the survey recorded it at magnitude 5.8.",
            "5.8",
            "survey",
        ),
        (
            "Although police said 40 people died, 65 bodies were recovered, the Red Cross said.",
            "65 bodies",
            "Red Cross",
        ),
        (
            "Though the ministry gave a toll of 40, 65 people died, according to the Red Cross.",
            "65 people",
            "Red Cross",
        ),
        ("The Red Cross said 65 people died, although police put the toll at 40.", "40", "police"),
        ("The Red Cross said 65 people died, although police put the toll at 40.", "65 people", "Red Cross"),
        # the subject of the clause conceded to speaks for it alone; one at the sentence's tail for all
        (
            "While unofficial reports indicate over 130 deaths, the governor has only confirmed 50 deaths.",
            "50 deaths",
            "governor",
        ),
        ("While 40 people died in Velm, 10 died in Dorn, police said.", "40 people", "police"),
    ],
)
def test_a_concessive_clause_keeps_its_own_speaker(text: str, quote: str, speaker: str) -> None:
    assert speaker.lower() in _speaker(text, quote).lower()


@pytest.mark.parametrize(
    "text",
    [
        "The toll rose to 40, Ana Ruiz, spokeswoman for the regional council, said at a news briefing in the capital.",
        "By noon 40 people had died, Ana Ruiz, head of the civil defence office, told reporters in Velm.",
        "The toll rose to 40, said at a news briefing in the capital the regional council.",
    ],
)
def test_a_place_after_the_verb_of_saying_is_never_the_speaker(text: str) -> None:
    got = _speaker(text, "40")
    assert "briefing" not in got and "reporters" not in got and "in the" not in got, got


def test_a_name_before_its_role_in_commas_is_the_speaker() -> None:
    text = (
        "The toll rose to 40, Ana Ruiz, spokeswoman for the regional council, said at a news briefing in the capital."
    )
    assert _speaker(text, "40") == "Ana Ruiz"


def test_a_quantifier_in_commas_is_no_role_of_a_name() -> None:
    text = "Meanwhile, the mayors of Velm and Orvel, both members of the opposition, said 40 people had died."
    assert "Orvel" not in _speaker(text, "40 people")


def test_the_speaker_of_a_described_figure_drops_its_adverb() -> None:
    text = "That is far below the 500 deaths that health officials in Velm originally described."
    assert _speaker(text, "500 deaths") == "health officials in Velm"


def test_a_concessive_clause_that_names_no_speaker_is_not_the_next_clauses() -> None:
    text = "While unofficial reports indicate over 130 deaths, the governor has only confirmed 50 deaths."
    assert "governor" not in _speaker(text, "130 deaths")


def test_a_concessive_clause_glued_to_the_sentence_before_keeps_its_own_speaker() -> None:
    """Pages whose paragraphs were joined leave "..While" with no space: still a sentence and a
    concessive clause of its own."""
    text = (
        "The crowd began to leave the hall..While unofficial reports indicate over 130 deaths, the governor"
        " has only confirmed 50 deaths."
    )
    assert "governor" not in _speaker(text, "130 deaths")
    assert "governor" in _speaker(text, "50 deaths")


def test_a_concessive_clause_after_what_a_speaker_said_goes_on_with_it() -> None:
    text = "Authorities in Velm said at least 45 people had died, while 120 others were injured."
    assert _speaker(text, "120") == _speaker(text, "45") != "Daily A"
    # with a speaker of its own, or opening the sentence, it keeps its own
    assert _speaker("Police said 3,000 attended, while organisers said 20,000.", "20,000") == "organisers"
    assert _speaker("Although police said 40 died, 65 bodies were found.", "65") != "police"
