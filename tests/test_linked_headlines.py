"""A line that links to another article ("READ: ...", "Also read: ...", "Related: ...") holds that
article's headline, told on its own day: nothing on it is this article's claim. Every sentence
here is invented."""

from __future__ import annotations

from discrepancy import extract


def _quotes(text: str) -> list[str]:
    return [c.span.quote for c in extract(text, published="2031-05-12") if c.kind == "quantity"]


def test_a_linked_headline_is_no_claim() -> None:
    text = (
        "The death toll from the ferry fire off Velm rose to 31, the coast guard said.\n"
        "READ: Death toll from ferry fire off Velm now 26\n"
        "Also read: Velm ferry fire | 12 of 240 passengers still missing\n"
        "Related: Karsk quake kills 40\n"
    )
    assert _quotes(text) == ["31"]


def test_a_line_that_only_starts_like_a_link_is_read() -> None:
    text = "Readers of the Velm Post said 31 people died in the fire.\nWatchdogs said 12 ferries were unsafe."
    assert "31 people" in _quotes(text)
