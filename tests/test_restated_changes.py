"""A change of a temperature ("rising by 0.4 degrees Celsius every decade") is no temperature, and
the conversion in brackets after a figure that is no claim ("(0.72 degrees Fahrenheit)") restates
it: no claim either. Every sentence here is invented."""

from __future__ import annotations

from discrepancy import extract


def _quotes(text: str) -> list[str]:
    return [c.span.quote for c in extract(text, published="2031-06-20") if c.kind == "quantity"]


def test_a_change_restated_in_brackets_is_no_temperature() -> None:
    text = (
        "Temperatures in Velm are rising by 0.4 degrees Celsius (0.72 degrees Fahrenheit) every decade, a study says."
    )
    assert _quotes(text) == []


def test_a_temperature_reached_keeps_its_conversion() -> None:
    text = "Temperatures in Velm soared to 51.8 degrees Celsius (125 Fahrenheit) on Monday."
    assert _quotes(text) == ["51.8 degrees Celsius (125 Fahrenheit)"]
    assert _quotes("Temperatures in Velm climbed as high as 51.8C (125.2F) on Monday.") == ["as high as 51.8C (125.2F)"]


def test_a_bracket_that_is_a_toll_is_still_read() -> None:
    assert "17,000 dead" in _quotes("The 1999 quake near Velm (17,000 dead) was worse than this one.")
