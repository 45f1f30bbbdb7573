"""Test helper: the claim read over a quoted stretch of a text."""

from __future__ import annotations

import datetime as dt

from discrepancy import extract


def modality_over(text: str, quote: str, published: dt.date = dt.date(2024, 6, 10)) -> str:
    """The modality of the first quantity claim over ``quote`` in ``text``."""
    i = text.index(quote)
    claims = extract(text, published=published)
    found = [c for c in claims if c.kind == "quantity" and c.span.start < i + len(quote) and i < c.span.end]
    assert found, f"no quantity claim over {quote!r}: {[c.span.quote for c in claims]}"
    return found[0].modality
