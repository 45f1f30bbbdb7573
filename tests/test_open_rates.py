"""A rate or share no lexicon topic names is keyed by the subject of the verb whose new level it
is, with the noun before the head ("absence rate", "vacancy rate"): a bare "rate" would make every
rate meet, and the noun of a phrase after the subject ("in the city") is where, not what."""

from __future__ import annotations

import pytest

from discrepancy import extract


def _subject(sentence: str, quote: str) -> str:
    claims = extract(sentence, published="2031-03-01")
    return next(c.subject for c in claims if c.quantity is not None and c.span.quote == quote)


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("The absence rate among nurses fell to 6.2 percent.", "6.2 percent"),
        ("Officials said the absence rate stood at 6.2 per cent on Monday.", "6.2 per cent"),
        ("In Dorrin, the absence rate has dropped again to 6.2%.", "6.2%"),
    ],
)
def test_a_rate_set_by_a_verb_of_change_is_keyed_by_its_subject(sentence: str, quote: str) -> None:
    assert _subject(sentence, quote).startswith("quantity:percentage:absence rate|")


def test_the_place_after_the_subject_is_not_what_the_rate_is_of() -> None:
    got = _subject("The vacancy rate in the harbour district rose sharply to 12 percent.", "12 percent")
    assert got.startswith("quantity:percentage:vacancy rate|")


def test_two_rates_of_different_things_stay_apart() -> None:
    a = _subject("The literacy rate rose to 71 percent.", "71 percent")
    b = _subject("The vacancy rate rose to 71 percent.", "71 percent")
    assert a != b


def test_the_new_level_after_an_adverb_keeps_the_topic_of_the_old() -> None:
    text = "Enrolment rates have fallen steeply from over 80 per cent in 2015 to under 40 per cent last year."
    assert _subject(text, "under 40 per cent") == _subject(text, "from over 80 per cent").replace("|2015", "|-")
