"""A capitalised "May" that is the month or a name never makes a figure a forecast."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract


def _modality(text: str, quote: str) -> str:
    i = text.index(quote)
    claims = extract(text, published=dt.date(2024, 6, 10))
    found = [c for c in claims if c.kind == "quantity" and c.span.start < i + len(quote) and i < c.span.end]
    assert found, f"no quantity claim over {quote!r}: {[c.span.quote for c in claims]}"
    return found[0].modality


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Unemployment in May was 4.1%, the statistics office said.", "4.1%"),
        ("The party won 38.2 percent of May 12's vote.", "38.2 percent"),
        ("In late May inflation was 3.1%.", "3.1%"),
        ("Theresa May's government counted 1,200 migrants.", "1,200 migrants"),
    ],
)
def test_month_may_is_not_a_modal(text: str, quote: str) -> None:
    assert _modality(text, quote) == "asserted"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Officials said the toll may rise to 300 people.", "300 people"),
        ("Flood Toll May Reach 300 People, Officials Warn", "300 People"),
    ],
)
def test_modal_may_still_hedges(text: str, quote: str) -> None:
    assert _modality(text, quote) == "hedged"
