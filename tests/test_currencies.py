"""Amounts of money in any currency are money, never a count of what follows them."""

from __future__ import annotations

import pytest

from discrepancy import extract


def _quantities(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quote, measure, unit) of each quantity claim."""
    out = []
    for c in extract(text, published="2031-05-04"):
        if c.kind == "quantity" and c.quantity is not None:
            out.append((c.span.quote, c.quantity.measure, c.quantity.unit))
    return out


@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        ("Each bereaved family was paid Tk 30,000 for funeral costs.", "Tk 30,000", "BDT"),
        ("The province set aside PKR 900,000 for the relief camps.", "PKR 900,000", "PKR"),
        ("The fund has collected 4 million USD so far.", "4 million USD", "USD"),
        ("The union asked for a raise of 85,000 Kenyan shillings.", "85,000 Kenyan shillings", "KES"),
        ("Farmers were promised 12,000 naira per hectare.", "12,000 naira", "NGN"),
        ("Tickets cost R$ 40 at the gate.", "R$ 40", "BRL"),
    ],
)
def test_an_amount_in_any_currency_is_money(text: str, quote: str, unit: str) -> None:
    assert (quote, "money", unit) in _quantities(text), _quantities(text)


def test_an_amount_paid_to_the_families_of_the_dead_is_no_toll() -> None:
    text = "The families of the 14 dead will each receive Tk 20,000, and the injured Tk 5,000."
    measures = {quote: measure for quote, measure, _ in _quantities(text)}
    assert measures.get("Tk 20,000") == "money" and measures.get("Tk 5,000") == "money", measures
    assert [q for q, m in measures.items() if m == "deaths"] == ["14 dead"], measures


@pytest.mark.parametrize(
    "text",
    [
        "ALL 50 PASSENGERS WERE RESCUED FROM THE FERRY.",  # a code that is a word, in a headline's capitals
        "The toll passed the 1,000 mark on Sunday.",  # a currency's name that is an English word
        "Gunmen killed 12 villagers in Ndola province.",
    ],
)
def test_a_word_that_only_looks_like_a_currency_is_none(text: str) -> None:
    assert all(measure != "money" for _, measure, _ in _quantities(text)), _quantities(text)
