"""An editor's word in square brackets inside a quotation ("we have recovered 18 [bodies] onboard")
is read as the sentence's own: the figure counts bodies, not those on board. Every sentence here
is invented."""

from __future__ import annotations

from discrepancy import extract


def _measures(text: str) -> list[str]:
    return [c.subject.split("|")[0] for c in extract(text, published="2031-03-31") if c.kind == "quantity"]


def test_an_editors_word_is_the_counted_noun() -> None:
    text = "\u201cWe have recovered 18 [bodies] onboard the burnt Velm ferry,\u201d the commander said."
    assert _measures(text) == ["quantity:bodies"]


def test_a_markdown_link_is_no_editors_word() -> None:
    text = "The Velm ferry had 250 people on board, [officials said](https://example.org/velm)."
    assert _measures(text) == ["quantity:on_board"]
