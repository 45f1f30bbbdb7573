"""A sum "per share" or "a share" ("a loss of $7.9 billion, or $12.91 per share") is per unit, its
own subject, never set against the total it divides."""

from __future__ import annotations

from discrepancy import extract


def _losses(text: str) -> dict[str, str]:
    return {c.span.quote: c.subject for c in extract(text, published="2031-05-02") if c.kind == "quantity"}


def test_a_sum_per_share_is_not_the_total() -> None:
    found = _losses("Velmco reported a net loss of $7.95 billion, or $12.91 per share, in the third quarter.")
    assert found["$7.95 billion"] != found["$12.91"]
    found = _losses("Dorn Bank posted a loss of 3.4 billion euros, or 1.20 euros a share.")
    assert found["3.4 billion euros"].split("|")[0] == found["1.20 euros"].split("|")[0]
    assert found["3.4 billion euros"] != found["1.20 euros"]
