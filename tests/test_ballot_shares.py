"""Shares of a ballot keyed by what the vote decided (its outcome and its object, with the
ordinal the text gives), whoever the voters are called and in whichever order the sentence puts
it. Sentences invented, in our own words."""

from __future__ import annotations

from flagged import flagged_pairs

from discrepancy import check, extract
from discrepancy.models import Document


def _topics(text: str) -> dict[str, str]:
    return {
        c.span.quote: c.subject.split("|")[0].split(":", 2)[2]
        for c in extract(text, published="2031-05-02")
        if c.quantity is not None and c.subject and c.quantity.measure == "percentage"
    }


def test_a_share_is_keyed_by_outcome_and_object_not_by_voters() -> None:
    topics = _topics(
        "Dock workers in Velm walked out. 91% of voting dockers rejected the proposed contract and 88% "
        "approved the work stoppage. The Velm branch said 90.4% of union members rejected the contract "
        "offer. The dockers rejected the deal by 90.1%, and 87% voted to strike."
    )
    assert topics["91%"] == topics["90.4%"] == topics["90.1%"] == "ballot against deal"
    assert topics["88%"] == topics["87%"] == "ballot for strike"


def test_every_order_of_a_vote_share() -> None:
    topics = _topics(
        "Members voted by 61% to approve the pact. The motion was carried by 70% of delegates. "
        "Of those who cast ballots, 55% voted in favour of the bill."
    )
    assert topics["61%"] == "ballot for deal"
    assert topics["70%"] == "ballot for motion"
    assert topics["55%"] == "ballot for bill"


def test_a_figure_after_the_object_is_no_share_of_the_vote() -> None:
    topics = _topics("Members approved the deal, which raises pay by 20% over three years.")
    assert not topics.get("20%", "").startswith("ballot")


def test_an_ordinal_names_another_ballot_and_against_is_not_for() -> None:
    topics = _topics("Then 62% voted against the second offer. Later 58% of members voted to accept the offer.")
    assert topics["62%"] == "ballot against deal second"
    assert topics["58%"] == "ballot for deal"


def test_a_candidates_share_is_no_ballot_question() -> None:
    topics = _topics("Rey won 52% of the vote. 45% voted for Okafor. 40% backed the Velm Party.")
    assert not any(t.startswith("ballot") for t in topics.values())


def test_two_shares_of_one_rejection_conflict_and_a_strike_vote_meets_neither() -> None:
    docs = [
        Document(
            id="a",
            path="a.md",
            text="Velm dockers strike\n\n93.5% of union members rejected the contract offer.",
            published="2031-05-02",
        ),
        Document(
            id="b",
            path="b.md",
            text="Velm dockers strike\n\nThe dockers rejected the contract by 92.1% and 93.5% voted to strike.",
            published="2031-05-02",
        ),
    ]
    assert flagged_pairs(check(docs)) == {frozenset(("93.5%", "92.1%"))}
