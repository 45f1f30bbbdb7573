"""An undated page placed at its story's first day sits no earlier than the first day a dated
article gave a figure it repeats: it was written when that figure was known (`compare.placed`)."""

from __future__ import annotations

import datetime as dt

from documents import document

from discrepancy import check

FIRST = document(
    "first.md",
    "Daily A",
    "2031-05-01",
    "Landslide in Vornholt\n\nThe landslide in Vornholt has killed 40 people, officials said.",
)
LATER = document(
    "later.md",
    "Daily B",
    "2031-05-05",
    "Vornholt toll climbs\n\nThe landslide in Vornholt has killed 130 people, officials said on Monday.",
)


def _undated(figure: int) -> object:
    return document(
        "undated.md",
        "Daily C",
        None,
        f"Vornholt mourns\n\nThe landslide in Vornholt has killed {figure} people, officials said.",
    )


def test_a_page_that_repeats_a_later_toll_is_placed_at_its_day() -> None:
    report = check([FIRST, LATER, _undated(130)])
    placed = {c.published for c in report.claims if c.document == "undated.md"}
    assert placed == {dt.date(2031, 5, 5)}
    assert not [f for f in report.findings if f.rule == "running-total-pace"]


def test_a_page_that_repeats_no_figure_stays_at_its_storys_first_day() -> None:
    report = check([FIRST, LATER, _undated(128)])
    placed = {c.published for c in report.claims if c.document == "undated.md"}
    assert placed == {dt.date(2031, 5, 1)}


def test_a_page_that_names_an_earlier_day_sits_at_the_day_of_a_figure_it_repeats() -> None:
    undated = document(
        "undated.md",
        "Daily C",
        None,
        "Vornholt mourns\n\nOfficials said 130 people had died in the landslide that hit Vornholt on 30 April.",
    )
    report = check([FIRST, LATER, undated])
    assert {c.published for c in report.claims if c.document == "undated.md"} == {dt.date(2031, 5, 5)}
