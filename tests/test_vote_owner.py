"""Whose vote share a figure is: the candidate, not the country the race is in, and a sentence's
first name when a vote verb gives the figure later in it."""

from __future__ import annotations

from flagged import flagged_pairs

from discrepancy import check, extract
from discrepancy.models import Document


def _owners(text: str) -> dict[str, str]:
    return {
        c.span.quote: c.subject.split("|")[2]
        for c in extract(text, published="2031-05-02")
        if c.quantity is not None and c.subject
    }


def test_the_country_of_the_race_is_not_the_owner() -> None:
    owners = _owners("Ada Okafor has been declared the winner of Kenya's presidential election with 51.2% of the vote.")
    assert owners["51.2%"] == "Okafor"


def test_a_first_word_name_owns_a_share_a_vote_verb_gives() -> None:
    owners = _owners("Okafor emerged victorious after polling 51.2 percent of the votes.")
    assert owners["51.2 percent"] == "Okafor"


def test_a_candidate_after_ahead_of_still_owns_his_share() -> None:
    owners = _owners("Okafor won 51.2% of the vote, well ahead of Bello, whose share stood at 44.1%.")
    assert owners["51.2%"] == "Okafor"
    assert owners["44.1%"] == "Bello"


def test_a_count_of_votes_is_its_candidates() -> None:
    owners = _owners(
        "Mr Okafor received 8,120,400 votes. Bello, who finished second with 6,900,310 votes, conceded. "
        "Ada Eze polled 900,000 votes in Velmora to finish with a total of 1,480,200 votes."
    )
    assert owners["8,120,400 votes"] == "Okafor"
    assert owners["6,900,310 votes"] == "Bello"
    assert owners["1,480,200 votes"] == "Eze"  # Velmora is where, not whose


def test_a_count_of_votes_nobody_owns_is_never_compared() -> None:
    docs = [
        Document(
            id="a",
            path="a.md",
            text="About 14 million votes were cast. Okafor got 7,100,000 votes.",
            published="2031-05-02",
        ),
        Document(id="b", path="b.md", text="He got 7,100,000 votes, officials said.", published="2031-05-02"),
    ]
    assert _owners("He got 7,100,000 votes, officials said.") == {}
    assert flagged_pairs(check(docs)) == set()


def test_a_speaker_before_a_speech_verb_owns_no_share() -> None:
    owners = _owners("The Velmoran electoral body said the ruling party's candidate secured 8.8 million votes.")
    assert "8.8 million votes" not in owners
    assert _owners("Mr Okafor said he won 52% of the vote.")["52%"] == "Okafor"
