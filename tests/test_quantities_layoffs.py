"""Job cuts however counted: roles and positions are jobs, layoffs that grow to a figure are cuts,
and a figure set apart after the number it gives ("..., just over 9,000") is that number."""

from __future__ import annotations

import pytest

from discrepancy import extract

PUB = "2031-01-05"


def _subjects(text: str) -> dict[str, str]:
    return {c.span.quote: c.subject for c in extract(text, published=PUB) if c.kind == "quantity"}


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Brightmart's layoffs will now grow to more than 9,000 roles, its chief said.", "more than 9,000 roles"),
        ("Brightmart's layoffs will increase to more than 9,000 jobs.", "more than 9,000 jobs"),
        ("Brightmart will eliminate 9,000 roles.", "9,000 roles"),
    ],
)
def test_cut_roles_and_jobs_are_one_count(text: str, quote: str) -> None:
    assert _subjects(text)[quote] == "quantity:laid_off|workers|-|-|-|-"


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ('She expects the number of jobs to be cut to be larger, "just over 9,000."', "over 9,000",
         "quantity:laid_off|workers|-|-|-|-"),
        ("The number of people killed rose again: 41.", "41", "quantity:deaths|people|-|-|-|-"),
    ],
)  # fmt: skip
def test_a_figure_set_apart_gives_the_number_named_before_it(text: str, quote: str, subject: str) -> None:
    assert _subjects(text)[quote] == subject


def test_a_bare_figure_after_a_comma_with_no_number_named_is_not_read() -> None:
    assert "about 1,000" not in _subjects("Brightmart will cut jobs, about 1,000.")


def test_jobs_added_set_apart_are_the_payroll_gain() -> None:
    subjects = _subjects(
        "Employers added 410,000 jobs in March. The number of jobs added beat forecasts and is nearly"
        " twice the amount added in February -- 215,000."
    )
    assert subjects["215,000"] == subjects["410,000 jobs"] == "quantity:jobs:payrolls|jobs|-|-|-|-"
