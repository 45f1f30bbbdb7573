"""A line that links to another article ("READ: ...", "Also read: ...", "Related: ...") holds that
article's headline, told on an earlier day the line does not give: its figures are of that earlier
time, never set against this article's day, and its dates and acts are none of this article's.
Every sentence here is invented."""

from __future__ import annotations

from discrepancy import check, extract
from discrepancy.models import EARLIER_TIME, Document

_LINKED = (
    "The death toll from the ferry fire off Velm rose to 31, the coast guard said on Thursday.\n"
    "READ: Death toll from ferry fire off Velm now 26\n"
)


def test_a_linked_headlines_figure_is_of_an_earlier_time() -> None:
    times = {c.span.quote: c.time.expression for c in extract(_LINKED, published="2031-03-31") if c.kind == "quantity"}
    assert times["26"] == EARLIER_TIME
    assert times["31"] != EARLIER_TIME


def test_a_linked_headline_is_set_against_no_toll() -> None:
    docs = [
        Document(id="a", path="a.md", source="Daily A", published="2031-03-31", text=_LINKED),
        Document(
            id="b",
            path="b.md",
            source="Daily B",
            published="2031-03-31",
            text="At least 31 people died in the ferry fire off Velm, officials said on Thursday.",
        ),
    ]
    assert [f for f in check(docs).findings if f.subject.startswith("quantity:deaths")] == []


def test_a_line_that_only_starts_like_a_link_is_read() -> None:
    text = "Readers of the Velm Post said 31 people died in the fire.\nWatchdogs said 12 ferries were unsafe."
    quoted = {c.span.quote: c.time.expression for c in extract(text, published="2031-03-31") if c.kind == "quantity"}
    assert quoted.get("31 people") not in (None, EARLIER_TIME)
