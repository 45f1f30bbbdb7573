"""A vote share told from an early or partial count ("early projections showed Orlo ahead with 50.8
percent") changes by the hour: it is not compared; a provisional or preliminary result is."""

from __future__ import annotations

from discrepancy import extract


def _shares(text: str) -> list[str]:
    return [c.subject for c in extract(text, published="2031-12-19") if c.kind == "quantity"]


def test_an_early_projection_is_not_compared() -> None:
    assert _shares("State media reported early projections that showed Orlo was ahead with 50.8 percent of votes.") == [
        ""
    ]


def test_partial_results_are_not_compared() -> None:
    assert _shares("Partial results gave Orlo 50.8 percent of the vote.") == [""]


def test_a_preliminary_result_is() -> None:
    assert _shares("Preliminary results gave Orlo 50.8 percent of the vote.") == [
        "quantity:percentage:vote|-|Orlo|-|-|-"
    ]
