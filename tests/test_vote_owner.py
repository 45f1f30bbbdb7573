"""Whose vote share a figure is: the candidate, not the country the race is in, and a sentence's
first name when a vote verb gives the figure later in it."""

from __future__ import annotations

from discrepancy import extract


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
