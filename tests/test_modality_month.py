"""A capitalised "May" that is the month or a name never makes a figure a forecast."""

from __future__ import annotations

import pytest
from claims_at import modality_over as _modality


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
