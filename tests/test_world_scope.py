"""A count given for the whole world is a part of its own, never the story's count."""

from __future__ import annotations

from discrepancy import check, extract
from discrepancy.models import Document

_LOCAL = "The measles outbreak on the island has caused 700 cases, officials said."
_WORLD = _LOCAL + " Almost 350,000 measles cases were reported worldwide last year."


def test_a_worldwide_count_has_the_world_as_its_scope() -> None:
    scopes = {c.span.quote: c.subject.split("|")[4] for c in extract(_WORLD, published="2031-05-02") if c.quantity}
    assert scopes["Almost 350,000 measles cases"] == "in world"
    assert scopes["700 cases"] == "-"


def test_a_worldwide_count_never_meets_the_story_count() -> None:
    docs = [
        Document(id="a", path="a.md", text=_WORLD, published="2031-05-02"),
        Document(
            id="b", path="b.md", text="The island's measles outbreak has caused 700 cases.", published="2031-05-02"
        ),
    ]
    assert not [f for f in check(docs).findings if f.severity in ("error", "warning")]


def test_a_rank_in_the_world_keeps_the_story_count() -> None:
    text = "The crash, one of the deadliest in the world, killed 179 people."
    scopes = {c.span.quote: c.subject.split("|")[4] for c in extract(text, published="2031-05-02") if c.quantity}
    assert scopes["179 people"] == "-"
