"""A figure inside a quoted slogan or title is part of a name, not a count."""

from __future__ import annotations

from discrepancy import extract


def test_a_slogan_is_no_count() -> None:
    text = 'Thousands of students marched under the slogan "12 for 12" in memory of the 12 people killed in the fire.'
    quotes = [c.span.quote for c in extract(text, published="2031-01-09") if c.quantity is not None]
    assert "12" not in quotes and "12 people" in quotes, quotes
