"""A sum written with a glued scale and its currency after it ("48.5m pounds", "55m euros") is a sum
of millions, as "£48.5m" is; a sum restated in brackets in another currency ("£48.5m (€55m)") is the
same sum, read with the words of the first, never a part of it."""

from __future__ import annotations

import pytest

from discrepancy import extract


def _money(text: str) -> dict[str, tuple[str, float | None, str | None]]:
    return {
        c.span.quote: (c.subject, c.quantity.low, c.quantity.unit)
        for c in extract(text, published="2031-03-04")
        if c.quantity is not None and c.quantity.measure == "money"
    }


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("Rovers paid 48.5m pounds for the winger.", "48.5m pounds", 48_500_000, "GBP"),
        ("Ostend agreed a deal worth 55m euros for the striker.", "55m euros", 55_000_000, "EUR"),
        ("The league fined the club 2bn yen.", "2bn yen", 2_000_000_000, "JPY"),
    ],
)
def test_a_glued_scale_before_a_currency_is_millions(text: str, quote: str, value: float, unit: str) -> None:
    got = _money(text)
    assert quote in got, got
    assert got[quote][1:] == (value, unit), got


def test_a_sum_restated_in_another_currency_has_the_first_sums_subject() -> None:
    got = _money("Rovers paid a club record fee of £48.5m (€55m) for the winger.")
    assert got["£48.5m"][0] == got["€55m"][0] == "quantity:money:fee|-|-|-|-|-", got


def test_a_breakdown_in_brackets_is_still_a_part() -> None:
    got = _money("The settlement was $40m ($5m of it in legal fees).")
    assert got["$5m"][0] != got["$40m"][0], got


def test_a_length_written_short_is_no_sum() -> None:
    assert _money("A 5m wave struck the harbour.") == {}
