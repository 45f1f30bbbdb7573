"""A crowd told with any verb of gathering, its occurrence, and its day.

"Thousands descended on the square" and "thousands gathered in the square" count one crowd; a crowd
at "the biggest parade since the pandemic began" is the parade's, not the pandemic's; and a day that
dates what an official said ("On Tuesday the mayor said ...") is not the day the crowd gathered."""

from __future__ import annotations

import datetime as dt

from discrepancy import extract

_PUBLISHED = "2031-03-06"  # a Thursday


def _crowds(text: str) -> list[tuple[str, str | None, dt.date | None]]:
    return [
        (c.quantity.measure, c.quantity.occurrence, c.time.start)
        for c in extract(text, published=_PUBLISHED)
        if c.quantity and c.quantity.measure == "protesters"
    ]


def test_verbs_of_arriving_somewhere_count_a_crowd() -> None:
    for text in (
        "Hundreds of thousands of people had descended on the old town.",
        "Some 40,000 fans converged on the stadium.",
        "Thousands of people poured into the streets of Orvel.",
    ):
        assert len(_crowds(text)) == 1, text


def test_the_yardstick_of_a_superlative_is_not_the_crowds_occurrence() -> None:
    text = (
        "A crush at the parade in Orvel killed 12 people. About 80,000 people had gathered for "
        "the biggest parade since the pandemic began."
    )
    assert [occ for _, occ, _ in _crowds(text)] == ["crush"]


def test_a_running_total_since_a_war_keeps_the_war() -> None:
    claims = extract("More than 9,000 people have been killed since the war began.", published=_PUBLISHED)
    assert [c.quantity.occurrence for c in claims if c.quantity] == ["conflict"]


def test_a_day_that_dates_a_statement_is_not_the_crowds_day() -> None:
    text = (
        "Earlier on Tuesday the city's mayor said the police response had been too slow. "
        "Tens of thousands of people had gathered in the old town to celebrate."
    )
    assert [day for *_, day in _crowds(text)] != [dt.date(2031, 3, 4)]


def test_a_day_that_dates_the_march_is_the_crowds_day() -> None:
    text = "Thousands marched through Orvel on Tuesday. About 50,000 people joined the march."
    assert dt.date(2031, 3, 4) in [day for *_, day in _crowds(text)]


def test_a_figure_told_of_the_yardstick_is_the_yardsticks() -> None:
    text = (
        "The quake in Orvel killed 40 people. It was the deadliest quake since the 1990 cyclone, "
        "which killed 2,300 people."
    )
    claims = extract(text, published=_PUBLISHED)
    occurrences = {c.span.quote: c.quantity.occurrence for c in claims if c.quantity}
    assert occurrences["2,300 people"] != occurrences["40 people"]


def test_a_race_s_field_is_one_count_however_its_runners_are_named() -> None:
    keys = {
        c.span.quote: c.subject
        for text in (
            "The Orvel Marathon was won by Ada Rook. The elite runners were followed by 45,000 competitors.",
            "Ada Rook won the Orvel Marathon, with 45,000 athletes competing in the capital.",
            "Some 45,000 runners took part in the Orvel Marathon.",
        )
        for c in extract(text, published=_PUBLISHED)
        if c.quantity is not None and c.quantity.figure == 45_000
    }
    assert set(keys) == {"45,000 competitors", "45,000 athletes", "Some 45,000 runners"}
    assert {k.split("|")[1] for k in keys.values()} == {"competitors"}
    assert keys["45,000 athletes"] == keys["Some 45,000 runners"] == "quantity:protesters|competitors|-|-|-|-"
