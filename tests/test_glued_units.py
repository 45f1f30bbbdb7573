"""Letters glued to a figure are its unit where a size is told ("500m away", "waves reached 4.5m",
"a 2,800m (3,062 yard) runway"): metres, not millions. Without a size, a glued "m" stays no claim
("a loss of 106.8m", with no currency named) or a million where a currency or a counted noun says so."""

from __future__ import annotations

from discrepancy import extract


def _read(text: str) -> list[tuple[str, str, float]]:
    return [
        (c.span.quote, c.subject.split("|")[0], c.quantity.figure)
        for c in extract(text, published="2031-03-05", path="a.md")
        if c.quantity is not None
    ]


def test_a_glued_m_of_a_size_is_metres() -> None:
    assert _read("The first blast was 500m away from the shrine.") == [("500m", "quantity:length", 500.0)]
    assert _read("The jet overran the 2,800m (3,062 yard) runway at Velm.") == [
        ("2,800m (3,062 yard)", "quantity:length", 2800.0)
    ]
    assert [q for q, _, _ in _read("The wall at Orsk is 2.5m high.")] == ["2.5m"]


def test_a_glued_m_of_no_size_is_no_length() -> None:
    assert _read("Velm Motors made a loss of 106.8m for the year.") == []
    assert _read("Velm Motors sold 106.8m shares.")[0][2] == 106_800_000.0
