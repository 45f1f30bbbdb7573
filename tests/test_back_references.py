"""A figure in words after "the" with its verb right after it ("the two died in hospital") refers back
to people the article has told of: a part of a count, never a count of its own. A figure with its
noun ("the 288 people killed") is still read. Every sentence here is invented."""

from __future__ import annotations

from discrepancy import extract


def _quotes(text: str) -> list[str]:
    return [c.span.quote for c in extract(text, published="2031-02-02") if c.kind == "quantity"]


def test_the_two_who_died_are_no_new_toll() -> None:
    text = (
        "Three people died in the Velm blast. The spokesman said the two died while being treated at a city hospital."
    )
    assert _quotes(text) == ["Three people"]


def test_a_figure_with_its_noun_is_still_read() -> None:
    assert _quotes("The 288 people killed in the Velm crash were named.") == ["288 people"]
