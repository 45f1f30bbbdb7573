"""The terms of an agreement, told in the future because they start later, are asserted: what the
deal will do and how pay will rise under it (extract/attribution.py, grammar 'decided')."""

from __future__ import annotations

from discrepancy import extract


def _modality(text: str, quote: str) -> str:
    return next(c.modality for c in extract(text, published="2031-03-02") if c.span.quote == quote)


def test_a_wage_that_will_rise_under_a_deal_is_a_term() -> None:
    assert _modality("Under the deal, the starting wage will rise 40% to $22 an hour.", "40%") == "asserted"


def test_what_an_agreement_will_do_is_a_term() -> None:
    text = "The agreement will raise the top wage to $38 per hour, the union said."
    assert _modality(text, "$38 per hour") == "asserted"
