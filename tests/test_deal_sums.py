"""A deal's value told by any of its words ("a $44 billion takeover", "the $44 billion purchase",
"his $44 billion acquisition") is one topic, the deal: two outlets' sums for one deal meet.
Invented sentences; failed before ("purchase" was a topic of its own, and a takeover's sum after a
conversion in brackets kept "takeover")."""

from __future__ import annotations

import pytest

from discrepancy import extract


@pytest.mark.parametrize(
    "text",
    [
        "Orla completed the $44 billion purchase of Velmnet.",
        "Orla completed his $44 billion (£38.1 billion) takeover of Velmnet.",
        "Orla closed its $44 billion buyout of Velmnet.",
    ],
)
def test_a_deals_sum_is_the_deals_whatever_its_word(text: str) -> None:
    subjects = {c.span.quote: c.subject for c in extract(text, published="2031-10-28") if c.kind == "quantity"}
    assert subjects["$44 billion"] == "quantity:money:deal|-|-|-|-|-", subjects
