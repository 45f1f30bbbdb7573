"""An actor's own cuts announced to grow ("its layoffs will increase to N") are a decision, asserted;
the same "will" before a toll or a possibility stays a forecast."""

from __future__ import annotations

import pytest
from claims_at import modality_over as _modality


@pytest.mark.parametrize(
    ("text", "quote", "modality"),
    [
        (
            "The retailer's layoffs will now increase to more than 9,000 roles, its chief said.",
            "9,000 roles",
            "asserted",
        ),
        ("Job cuts will rise to 2,500 positions, the bank said.", "2,500 positions", "asserted"),
        ("The death toll will rise to 300 people, officials fear.", "300 people", "hedged"),
        ("Analysts said layoffs could rise to 9,000 jobs.", "9,000 jobs", "hedged"),
    ],
)
def test_announced_growth_of_own_cuts(text: str, quote: str, modality: str) -> None:
    assert _modality(text, quote) == modality
