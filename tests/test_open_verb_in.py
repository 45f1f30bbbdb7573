"""Keys read off the open vocabulary: a count whose verb no family names takes the verb as its
measure, without an "in" after it ("40 houses were buried in the landslide" counts what "buried 40
houses" does, extract/open_counts._measure); a measure set against the subject of "be" is the
noun's, not a place adverb's after it ("the runway there is 2,400 metres long"), and never a bare
plural a relative clause describes ("runways that are 1,200m long": a kind). Every sentence
here is invented."""

from __future__ import annotations

from documents import document

from discrepancy import check


def test_buried_in_is_buried() -> None:
    a = document(
        "a.md", "Daily A", "2031-05-02", "A landslide in Velm buried more than 40 houses on Friday, officials said."
    )
    b = document("b.md", "Daily B", "2031-05-02", "More than 40 houses were buried in the Velm landslide on Friday.")
    subjects = {c.span.path: c.subject for c in check([a, b]).claims if c.quantity is not None}
    assert subjects["b.md"] == subjects["a.md"] == "quantity:bury|homes|-|-|-|-"


def test_a_place_adverb_is_not_what_is_measured() -> None:
    a = document(
        "a.md",
        "Daily A",
        "2031-05-02",
        "The jet overran the runway at Velm on Friday. The runway there is 2,400 metres long.",
    )
    b = document(
        "b.md", "Daily B", "2031-05-02", "The jet overran a 2,400-metre runway at Velm on Friday, officials said."
    )
    subjects = {c.span.path: c.subject for c in check([a, b]).claims if c.quantity is not None}
    assert subjects["a.md"] == subjects["b.md"] == "quantity:length|-|-|-|runway|-"


def test_a_bare_plural_a_relative_clause_describes_is_a_kind() -> None:
    a = document(
        "a.md",
        "Daily A",
        "2031-05-02",
        'The jet overran a 2,400-metre runway at Velm. "It can land on runways that are 1,200m to 1,300m long," he said.',
    )
    subjects = {c.span.quote: c.subject for c in check([a]).claims if c.quantity is not None}
    assert subjects["2,400-metre"] == "quantity:length|-|-|-|runway|-"
    assert subjects["1,200m to 1,300m"] != subjects["2,400-metre"]
