"""A lead that names only a generic kind ("a nightclub fire") says what the article is about, over a
kind it names in passing later (a stampede in the crowd); a lead that names a specific kind keeps it
(our own articles)."""

from __future__ import annotations

from discrepancy import extract

FIRE = (
    "Forty-one people lost their lives in a nightclub fire in Velm, officials said.\n\n"
    "Witnesses said sparks from a flare set the ceiling alight. Several guests were hurt in a stampede"
    " at the exit. The death toll stood at 41 on Monday."
)
CRASH = (
    "A Velm Air jet crashed on landing in Dorn, killing 41 people, officials said.\n\n"
    "The plane caught fire on the runway, and the fire burned for an hour. Firefighters fought the fire"
    " for hours. The death toll stood at 41 on Monday."
)


def _toll(text: str) -> set[str]:
    return {c.subject for c in extract(text, published="2031-05-05") if c.subject.startswith("quantity:deaths")}


def test_a_generic_kind_in_the_lead_is_what_the_article_is_about() -> None:
    assert _toll(FIRE) == {"quantity:deaths|people|-|fire|-|-"}


def test_a_specific_kind_in_the_lead_keeps_it() -> None:
    assert _toll(CRASH) == {"quantity:deaths|people|-|crash|-|-"}
