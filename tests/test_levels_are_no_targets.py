"""A verb of attack whose object is a figure tells a level reached ("inflation hit 11.1%"), no attack."""

from __future__ import annotations

import pytest

from discrepancy import extract


@pytest.mark.parametrize(
    "text",
    ["Inflation in Velm hit 9.4% in October.", "The toll hit 200 on Monday.", "Prices struck 1,200 in May."],
)
def test_a_figure_is_no_target(text: str) -> None:
    assert [c.span.quote for c in extract(text, published="2031-11-16") if c.kind == "event"] == []


def test_a_place_still_is() -> None:
    events = [c for c in extract("Rebels hit the town of Velm on Monday.", published="2031-11-16") if c.kind == "event"]
    assert events and events[0].event is not None and events[0].event.patient == "Velm"
