"""A decimal figure times its scale is the figure as written: "1.1 lakh people" are 110,000, not the
binary product 110,000.00000000001, which is no whole count of people and was refused."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import extract

SCALES = {"thousand": 1_000, "lakh": 100_000, "million": 1_000_000, "crore": 10_000_000}


def _people(text: str) -> list[tuple[float | None, float | None]]:
    return [
        (c.quantity.low, c.quantity.high)
        for c in extract(text, published="2031-05-27")
        if c.quantity is not None and "people" in c.span.quote
    ]


def test_lakh_with_a_decimal_is_a_whole_count() -> None:
    assert _people("About 1.1 lakh people were evacuated from the coast of Velm.") == [(110_000, 110_000)]


def test_a_range_with_its_scale_once() -> None:
    assert _people("Between 4.1 and 4.6 lakh people were evacuated from Velm.") == [(410_000, 460_000)]


@settings(max_examples=60, deadline=None)
@given(
    whole=st.integers(min_value=1, max_value=99),
    tenth=st.integers(min_value=1, max_value=9),
    scale=st.sampled_from(sorted(SCALES)),
)
def test_every_tenth_of_a_scale_is_exact(whole: int, tenth: int, scale: str) -> None:
    written = f"{whole}.{tenth}"
    expected = float(Decimal(written) * SCALES[scale])
    assert _people(f"Officials said {written} {scale} people were evacuated from Velm.") == [(expected, expected)]
