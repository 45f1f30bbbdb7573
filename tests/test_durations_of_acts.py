"""A duration after "for" is the length of the act named right before it ("a stoppage for two days"),
and a figure written as a word joined to its unit ("a two-day stoppage") sizes the noun after it
whatever follows, so the two meet; a thing or a place before "for" names no act."""

from __future__ import annotations

import pytest

from discrepancy import extract


def _durations(text: str) -> dict[str, str]:
    return {
        c.span.quote: c.subject
        for c in extract(text, published="2031-03-04")
        if c.quantity is not None and c.quantity.measure == "duration"
    }


STRIKE = "quantity:duration|-|-|-|strike|-"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Dockers in Port Ansel voted for a strike for two days.", "two days"),
        ("Dockers in Port Ansel could launch a two-day strike this coming Monday.", "two-day"),
        ("Dockers in Port Ansel began a two-day strike on Monday.", "two-day"),
    ],
)
def test_a_strike_told_either_way_has_one_length(text: str, quote: str) -> None:
    assert _durations(text).get(quote) == STRIKE, _durations(text)


def test_a_rule_in_a_named_country_is_the_rule() -> None:
    keys = _durations("The Union bloc has been in power in Orlesia for almost nine years.")
    assert keys.get("almost nine years") == "quantity:duration|-|ruler:Union|-|rule|-", keys


@pytest.mark.parametrize(
    "text",
    [
        "A driver was stuck in his van for two days.",
        "The two towns were cut off for two days.",
    ],
)
def test_a_thing_or_a_verb_before_for_names_no_act(text: str) -> None:
    assert _durations(text) == {"two days": ""}, _durations(text)


@pytest.mark.parametrize(
    "text",
    [
        "The president of Orlesia declared three days of mourning.",
        "The president of Orlesia declared three days of national mourning.",
        "Orlesia began three days of official public mourning on Friday.",
    ],
)
def test_a_duration_of_an_act_no_list_names_is_of_its_head_noun(text: str) -> None:
    assert _durations(text).get("three days") == "quantity:duration|-|-|-|mourning|-", _durations(text)


def test_the_head_stops_before_a_verb() -> None:
    keys = _durations("In Port Ansel, two days of stormy negotiations ended without a deal.")
    assert keys.get("two days") == "quantity:duration|-|-|-|negotiation|-", keys


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Judge Ada Rook ruled after a hearing in Orvel that lasted over four hours.", "over four hours"),
        ("In Orvel, Judge Ada Rook heard more than four hours of courtroom debate.", "more than four hours"),
        ("Judge Ada Rook ruled in Orvel after an over four-hour court proceeding.", "over four-hour"),
    ],
)
def test_a_sitting_of_a_court_is_one_hearing_however_it_is_named(text: str, quote: str) -> None:
    assert _durations(text)[quote] == "quantity:duration|-|-|-|hearing|-"
