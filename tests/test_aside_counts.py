"""A count whose verb comes after an aside set off by commas ("50 people, most of them women, were
killed") takes that verb's state; words of gathering count a crowd."""

from __future__ import annotations

import pytest

from discrepancy import extract


def _subjects(sentence: str) -> dict[float, str]:
    story = "A fire broke out in a market in Lagos on Monday. " + sentence
    return {c.quantity.figure: c.subject for c in extract(story, published="2024-03-05") if c.quantity is not None}


@pytest.mark.parametrize(
    ("sentence", "figure", "measure"),
    [
        ("At least 31 people, most of them traders, were killed, officials said.", 31, "deaths"),
        ("Some 18 workers, including two guards, died in the blaze.", 18, "deaths"),
        ("Nine people, among them four firefighters, were injured.", 9, "injured"),
        ("Another 12 people, many of whom had been sleeping, are still missing.", 12, "missing"),
    ],
)
def test_the_verb_after_an_aside_is_the_figures_own(sentence: str, figure: float, measure: str) -> None:
    assert _subjects(sentence)[figure].startswith(f"quantity:{measure}|")


def test_an_aside_that_is_no_list_of_members_keeps_the_clause_cut() -> None:
    # "police said" is an attribution, not an aside on who was counted: the figure stays a bare count
    got = _subjects("The market had 400 stalls, police said, and 30 were injured.")
    assert not got[400].startswith("quantity:injured|")


@pytest.mark.parametrize(
    "sentence",
    [
        "A gathering of 6,000 people watched the funeral on Tuesday.",
        "About 6,000 mourners assembled outside the mosque.",
        "Some 6,000 worshippers congregated for the prayers.",
    ],
)
def test_words_of_gathering_count_a_crowd(sentence: str) -> None:
    assert _subjects(sentence)[6000].startswith("quantity:protesters|")
