"""Shares of a whole as an editor compares them: what a percentage is of, read past an owner, a
size and modifiers; which part of the whole its modifiers name; and the date a stock figure is
counted to. Articles invented, in our own words."""

from __future__ import annotations

from documents import document

from discrepancy import Document, check
from discrepancy.extract import extract_document
from discrepancy.lexicon import load_lexicon


def _share(doc: Document, quote: str):
    found = [c for c in extract_document(doc, load_lexicon()) if c.span.quote.endswith(quote)]
    assert found, f"no claim on {quote!r}"
    return found[0]


# one retailer's cuts told by three papers on two days: shares of its office staff and of all staff
OFFICE_FIVE = document(
    "a.md",
    "Harbour Post",
    "2031-03-06",
    "Velmart cuts\n\nThe cuts fall mostly on the retailer's office ranks, about 5% of that segment of its "
    "staff and 1.2% of its total workforce of 1.5 million as of September.",
)
OFFICE_SIX = document(
    "b.md",
    "Coast Daily",
    "2031-03-06",
    "Velmart cuts\n\nThe Velmart cuts amount to 6% of the retailer's roughly 300,000-person office workforce.",
)
ALL_STAFF = document(
    "c.md",
    "Valley Times",
    "2031-03-04",
    "Velmart cuts\n\nThe Velmart cuts represent about 1.2% of the 1.5 million full- and part-time workers "
    "the retailer counted as of Sept. 30, 2030.",
)


def test_a_share_is_of_the_noun_after_an_owner_a_size_and_modifiers() -> None:
    six = _share(OFFICE_SIX, "6%")
    assert six.subject.startswith("quantity:percentage:workforce|")
    assert "office" in six.subject  # the office part, not all of the workforce


def test_a_share_of_the_total_or_of_a_coordination_is_of_the_whole() -> None:
    total = _share(OFFICE_FIVE, "1.2%")
    workers = _share(ALL_STAFF, "1.2%")
    assert total.subject == workers.subject == "quantity:percentage:workforce|-|-|-|-|-"


def test_that_segment_is_the_part_the_sentence_named_before() -> None:
    five = _share(OFFICE_FIVE, "5%")
    assert five.subject == _share(OFFICE_SIX, "6%").subject


def test_a_date_after_another_figure_is_that_figures_own() -> None:
    # "as of September" dates the 1.5 million, not the shares before it
    for doc, quote in ((OFFICE_FIVE, "5%"), (OFFICE_FIVE, "1.2%"), (ALL_STAFF, "1.2%")):
        time = _share(doc, quote).time
        assert (time.start, time.end) == (doc.published, doc.published), quote


def test_shares_of_one_part_disagree_and_shares_of_the_whole_agree() -> None:
    report = check([OFFICE_FIVE, OFFICE_SIX, ALL_STAFF])
    pairs = {frozenset((f.claim.span.quote, o.span.quote)) for f in report.findings for o in f.conflicts_with}
    assert frozenset(("about 5%", "6%")) in pairs
    assert not any("1.2%" in q for pair in pairs for q in pair)  # the whole's share is not the part's
    agreeing = [g for g in report.groups if g.status == "consistent" and g.compared]
    assert any({c.span.path for c in g.claims} == {"a.md", "c.md"} for g in agreeing)
