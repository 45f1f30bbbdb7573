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


def test_the_price_of_a_share_is_one_subject_however_it_is_worded() -> None:
    subjects = {
        next(c.subject for c in extract(text, published="2031-03-02") if c.quantity is not None)
        for text in (
            "Velmsoft will pay $95 per share for Dorn Games.",
            "Velmsoft will pay $95 per Dorn share.",
            "The transaction values Dorn Games at $95 a share.",
            "Velmsoft agreed to buy Dorn Games for $95.00 per share in cash.",
        )
    }
    assert subjects == {"quantity:money:share offer|-|-|-|in each|-"}  # per unit: never a total


def test_a_price_the_market_set_a_share_is_no_price_paid() -> None:
    for text, quote in (
        ("Dorn's stock ended the day up 25%, closing at $82.31 per share.", "$82.31"),
        ("Dorn shares skyrocketed by 30 per cent at the $85.30 after the news.", "$85.30"),
    ):
        (claim,) = [c for c in extract(text, published="2031-03-02") if c.span.quote == quote]
        assert "share offer" not in claim.subject


def test_what_a_buyer_will_pay_is_a_term_of_the_deal() -> None:
    assert _modality("Velmsoft will pay $95 per share for Dorn Games.", "$95") == "asserted"
    assert _modality("Velmsoft will buy Dorn Games in a deal worth $68.7 billion.", "$68.7 billion") == "asserted"
    assert _modality("Analysts said Velmsoft could pay $95 per share.", "$95") == "hedged"


def test_a_currency_code_after_a_sum_hides_no_topic() -> None:
    for text in (
        "Velmsoft completed its $68.7B USD acquisition of Dorn.",
        "Velmsoft completed its $68.7B acquisition of Dorn.",
    ):
        (claim,) = [c for c in extract(text, published="2031-03-02") if c.quantity is not None]
        assert claim.subject == "quantity:money:deal|-|-|-|-|-", text


def test_a_sum_a_buyer_pays_for_a_company_is_the_deal_s_value_however_it_is_paid() -> None:
    subjects = {
        next(c.subject for c in extract(text, published="2031-03-02") if c.quantity is not None)
        for text in (
            "Velmsoft is acquiring Dorn Games for $68.7 billion in cash.",
            "Velmsoft agreed to buy Dorn Games for $68.7 billion.",
            "Velmsoft will buy Dorn Games in a $68.7 billion all-cash deal.",
        )
    }
    assert subjects == {"quantity:money:deal|-|-|-|-|-"}


def test_a_stock_s_close_is_no_value_of_the_deal() -> None:
    text = "The deal is to happen at 90 dollars a share; the stock closed at USD 65.39 on Friday."
    claims = {c.span.quote: c.subject for c in extract(text, published="2031-03-02") if c.quantity is not None}
    assert claims["90 dollars"] == "quantity:money:share offer|-|-|-|in each|-"
    assert claims["USD 65.39"] == ""  # a market price moves by the minute: not compared
