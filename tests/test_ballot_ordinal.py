"""A ballot's share that leaves its ordinal unstated ("voted by 61% to approve the deal") is the
share of the one ballot its story names by an ordinal ("61% voted for the fourth offer"), and of
neither when the story names two (group._unify, group_unstated.measure_variants). Every sentence
here is invented."""

from __future__ import annotations

from documents import document, group_subject

from discrepancy import check

A = document("a.md", "Daily A", "2031-05-04", "Velm dock workers voted by 61% to approve the deal on Sunday.")
B = document("b.md", "Daily B", "2031-05-04", "At the Velm docks, 61% of members voted for the fourth offer on Sunday.")


def test_a_share_without_its_ordinal_meets_the_one_ballot_named() -> None:
    report = check([A, B])
    subjects = {c.span.path: c.subject for c in report.claims if c.span.quote == "61%"}
    assert subjects["a.md"] != subjects["b.md"]  # one names the offer, the other does not
    assert group_subject(report, "a.md", "61%") is not None
    assert group_subject(report, "a.md", "61%") == group_subject(report, "b.md", "61%")


def test_two_ballots_named_keep_the_unnamed_share_apart() -> None:
    c = document(
        "c.md", "Daily C", "2031-04-20", "At the Velm docks, 45% of members voted for the third offer in April."
    )
    report = check([A, B, c])
    assert group_subject(report, "a.md", "61%") is None
