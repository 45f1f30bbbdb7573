"""A count coordinated with another takes its own verb's measure, and a bare count of a state only
things can be in takes the things counted before it."""

from __future__ import annotations

import pytest

from discrepancy import extract


def _read(sentence: str) -> dict[float, str]:
    story = "An earthquake struck Pakistan on Monday. " + sentence
    return {c.quantity.figure: c.subject for c in extract(story, published="2024-03-05") if c.quantity is not None}


@pytest.mark.parametrize(
    ("sentence", "figure", "measure"),
    [
        ("At least 120 people were killed and 340 others were injured.", 340, "injured"),
        ("At least 175 people have been killed and 181 others are missing.", 181, "missing"),
        ("Nine people died while 14 others remain missing.", 14, "missing"),
    ],
)
def test_others_take_their_own_verb(sentence: str, figure: float, measure: str) -> None:
    got = _read(sentence)
    assert got[figure].startswith(f"quantity:{measure}|people|")


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("At least 31 died and 12 were missing from the Velm ferry.", {31: "deaths", 12: "missing"}),
        ("At least 31 died and 12 are still missing.", {31: "deaths", 12: "missing"}),
        ("At least 31 people died and 12 others were reported missing.", {31: "deaths", 12: "missing"}),
        ("Some 31 people died and 12 others were said to be missing.", {31: "deaths", 12: "missing"}),
        ("At least 31 died and 12 were believed to be missing.", {31: "deaths", 12: "missing"}),
        ("At least 31 people drowned and 12 others were thought to be missing.", {31: "deaths", 12: "missing"}),
    ],
)
def test_each_figure_takes_the_verb_right_after_it(sentence: str, figures: dict[int, str]) -> None:
    """A verb right after a bare figure owns it ("31 died and 12 were missing": 31 deaths), and
    "others" keeps the group of the figure before, never its verb."""
    got = _read(sentence)
    for figure, measure in figures.items():
        assert got[figure].startswith(f"quantity:{measure}|people|"), (figure, got)


def test_a_bare_count_of_damaged_counts_the_things_before_it() -> None:
    got = _read("Rescuers said 2,000 houses had collapsed and 5,000 damaged.")
    assert got[5000].startswith("quantity:damaged|homes|")


@pytest.mark.parametrize(
    "sentence",
    ["The quake left 45 people dead and hundreds homeless.", "The quake left at least 30 dead and thousands homeless."],
)
def test_a_vague_count_after_and_is_no_second_group_of_the_first(sentence: str) -> None:
    # "and hundreds homeless" counts the homeless on its own: the dead are people, not "people and homeless"
    assert [s for s in _read(sentence).values() if s.startswith("quantity:deaths")] == [
        "quantity:deaths|people|-|earthquake|-|-"
    ]
