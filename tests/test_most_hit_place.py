"""A place the sentence calls the most affected or the worst hit, then ", with" before a figure
("The most affected district is Velm, with nine cases"), is that figure's place: a part of the
total the article gives, never compared with it."""

from __future__ import annotations

from discrepancy import extract

_TOTAL = "A total of 15 confirmed cases of the fever have been reported in Karsk. "


def _subjects(text: str) -> dict[float, str]:
    return {
        c.quantity.figure: c.subject
        for c in extract(text, published="2031-05-02")
        if c.quantity is not None and c.quantity.figure is not None
    }


def test_the_most_affected_place_is_the_figures_part() -> None:
    for told in (
        "The most affected district is Velm in Dorn province, with nine confirmed cases.",
        "Velm is the worst-hit district, with nine confirmed cases.",
    ):
        subjects = _subjects(_TOTAL + told)
        assert subjects[9] != subjects[15]
        assert "velm" in subjects[9]


def test_a_place_not_called_most_hit_leaves_the_figure_whole() -> None:
    subjects = _subjects(_TOTAL + "The district health office, with nine confirmed cases on record, asked for help.")
    assert "velm" not in subjects[9]
