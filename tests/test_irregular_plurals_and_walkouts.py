"""What a count's verb says of it: a compound on an irregular plural ("schoolchildren", "fishermen")
joined by "and" to a singular keeps its verb's fate; workers who walk off the job are strikers however
the sentence brings them in, and "saw" is no fate; a second verb with a figure of its own ("and
killed 30") is that figure's; an attack's first victims are a part of its toll."""

from __future__ import annotations

import pytest

from discrepancy import extract


def _subjects(text: str) -> dict[float, str]:
    return {c.quantity.figure: c.subject for c in extract(text, published="2024-03-05") if c.quantity is not None}


@pytest.mark.parametrize(
    ("sentence", "population"),
    [
        ("Eight schoolchildren and a security guard were killed at the Velm school.", "students"),
        ("Eight fishermen and a boy were killed when the Velm ferry sank.", "fisherman"),
        ("Eight grandchildren and a nurse were killed in the Velm blaze.", "grandchild"),
    ],
)
def test_an_irregular_plural_joined_to_a_singular_keeps_its_fate(sentence: str, population: str) -> None:
    assert _subjects(sentence)[8].startswith(f"quantity:deaths|{population}|")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Velm dispute saw 12,000 union employees walk off the job on Monday.",
        "Some 12,000 dockworkers walked off the job at Velm ports on Monday.",
        "About 12,000 dockworkers downed tools at Velm ports on Monday.",
    ],
)
def test_workers_who_walk_off_the_job_are_strikers(sentence: str) -> None:
    assert _subjects(sentence)[12000].startswith("quantity:protesters|workers|")


def test_a_singular_in_men_is_no_plural() -> None:
    # "a specimen" is one thing: the figure before it is no count of specimens by plural
    got = _subjects("The Velm museum holds 300 specimen jars and 40 fossils.")
    assert not got.get(300, "").startswith("quantity:count|specimen")


def test_a_walkout_before_a_count_of_things_is_not_theirs() -> None:
    got = _subjects("The Velm strike saw 4,500 dockworkers walk off the job and bring work to a halt at 36 ports.")
    assert got[4500].startswith("quantity:protesters|workers|") and got[36].startswith("quantity:count|port|")


def test_a_verb_of_seeing_is_no_fate() -> None:
    # "saw" only tells that something befell those counted: never a measure of its own
    got = _subjects("The Velm dispute saw 9,000 workers stay home on Monday.")
    assert not got[9000].startswith("quantity:see|")


def test_the_first_victims_of_an_attack_are_a_part() -> None:
    text = (
        "Eight pupils and a security guard were killed at the Velm school, police said.\n\n"
        "The boy went to the school with a gun, where he first killed a security guard and two pupils."
    )
    got = _subjects(text)  # a count not compared has no subject
    assert got[8].startswith("quantity:deaths|students|") and got[2] == ""


@pytest.mark.parametrize(
    ("sentence", "first", "measure"),
    [
        ("The Velm flood has displaced at least 41,000 people and killed an additional 30.", 41000, "displaced"),
        ("The Velm storm damaged 9,000 homes and injured 40 people.", 9000, "damaged"),
    ],
)
def test_a_second_verb_with_its_own_figure_is_not_the_first_ones(sentence: str, first: int, measure: str) -> None:
    assert _subjects(sentence)[first].startswith(f"quantity:{measure}|")
