"""A percentage right between an article and a noun qualifies that noun ("a 30% wage increase"): a topic
word further back in the sentence ("its offer to workers") is not what it is of."""

from __future__ import annotations

from discrepancy import extract


def _subjects(text: str) -> list[str]:
    return [c.subject for c in extract(text, published="2031-12-19") if c.kind == "quantity"]


def test_a_raise_offered_to_workers_is_no_share_of_the_workforce() -> None:
    found = _subjects(
        "Velmco made its final offer to workers on Monday, proposing a 30% wage increase over four years."
    )
    assert found and not any("workforce" in s for s in found), found


def test_a_share_of_the_workforce_still_is_one() -> None:
    found = _subjects("Velmco announced layoffs for 10% of its workforce.")
    assert any(s.startswith("quantity:percentage:workforce") for s in found), found
