"""A figure whose thousands are written out and then named again ("100,000 thousand people") is a
slip: no value is read from it, so it never meets the counts of others as a hundred million."""

from __future__ import annotations

from discrepancy import extract


def _figures(text: str) -> list[float]:
    return [
        c.quantity.figure
        for c in extract(text, published="2031-05-02")
        if c.quantity is not None and c.quantity.figure is not None
    ]


def test_thousands_written_out_and_named_again_is_no_figure() -> None:
    assert _figures("Well over 100,000 thousand people marched in Velm on Saturday.") == []
    assert _figures("Some 25,000 thousand protesters filled the streets of Karsk.") == []


def test_thousands_named_once_are_read() -> None:
    assert _figures("About 100 thousand people marched in Velm on Saturday.") == [100000]
    assert _figures("About 100,000 people marched in Velm on Saturday.") == [100000]
    assert _figures("Dorn Bank lent 1,500 million euros to Velm.") == [1.5e9]
