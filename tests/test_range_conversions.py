"""A range given again in another unit in brackets ("between 20 and 30 metres (65 to 100 ft)
long") is one claim, as a single conversion is ("30 miles (48 km)"): the bracketed range is no
second measure, and the dimension word after it is no thing measured."""

from __future__ import annotations

from discrepancy import extract


def _quantities(text: str) -> list[tuple[str, str]]:
    return [(c.subject, c.span.quote) for c in extract(text, published="2031-01-02") if c.kind == "quantity"]


def test_a_bracketed_range_is_the_same_claim() -> None:
    plain = _quantities("The trawler at Velm was between 20 and 30 metres long.")
    (told,) = _quantities("The trawler at Velm was between 20 and 30 metres (65 to 100 ft) long.")
    assert told[0] == plain[0][0]
    assert told[1].endswith("(65 to 100 ft)")


def test_a_hyphened_bracketed_range_stays_one_claim() -> None:
    ((subject, quote),) = _quantities("The trawler at Velm was 20-30 metres (65-100 ft) long.")
    assert quote.endswith("(65-100 ft)")
    assert "long" not in subject
