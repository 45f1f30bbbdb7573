"""A doer placed relative to the article's own day ("the last bulletin was published on 22 March")
is each article's own: the clause dates no act another article could date, while "the first
bulletin" is one bulletin for all."""

from __future__ import annotations

from discrepancy import extract


def _dated(text: str) -> list[str]:
    return [c.subject for c in extract(text, published="2031-04-15") if c.kind == "date" and c.subject]


def test_the_last_of_a_kind_dates_nothing_comparable() -> None:
    text = "Since the last bulletin on this event was published on 22 March 2031, six more cases were reported in Velm."
    assert _dated(text) == []
    assert _dated("The previous report from Karsk was released on 2 April 2031.") == []


def test_the_first_of_a_kind_is_dated() -> None:
    text = (
        "Since the first bulletin on this event was published on 25 February 2031, eight cases were reported in Velm."
    )
    assert len(_dated(text)) == 1
