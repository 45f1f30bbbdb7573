"""Whose a figure is when the owner is not named beside it in full: a candidate's party after his
name, a first name the article gives in full elsewhere, a pronoun for the one person named just
before. Resolved within the article, never from a list of names."""

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


def test_a_party_after_its_candidate_does_not_own_his_votes() -> None:
    owners = _owners(
        "Tomas Okafor of the Velm Progress Party (VPP) won 7 million votes. Ada Eze of Lindia polled 2,100,300 votes."
    )
    assert owners["7 million votes"] == "Okafor"
    assert owners["2,100,300 votes"] == "Eze"


def test_a_first_name_alone_is_the_full_name_the_article_gives() -> None:
    owners = _owners(
        "The challenger, Tomas Okafor, conceded on Monday. "
        "Bello won the race, defeating Tomas who finished second with 6,984,100 votes."
    )
    assert owners["6,984,100 votes"] == "Okafor"
    # a first name the article never gives in full stays as it is
    alone = _owners("Bello won the race, defeating Tomas who finished second with 6,984,100 votes.")
    assert alone["6,984,100 votes"] == "Tomas"
    # "Bello Ade" told surname first, while "Kemi Ade Bello" gives Bello as a surname
    surname = _owners(
        "That Bello Ade of the VPP is declared the winner. Kemi Ade Bello took office. "
        "Bello, who finished first with 8,100,200 votes, spoke."
    )
    assert surname["8,100,200 votes"] == "Bello"
    # an employer is never a person: its one word is not the longer name that opens with it
    for text in (
        "Her remarks went to the Velmart Stores group. Last year Velmart employed 1.6 million people.",
        "Her remarks went to Velmart Stores. By March, Velmart had 1.6 million workers.",
    ):
        assert set(_owners(text).values()) == {"Velmart"}


def test_he_stands_for_the_one_person_named_in_the_sentence_before() -> None:
    owners = _owners(
        "Former Velm State Governor and candidate of the Lindia People's Party, Ada Eze, finished fourth. "
        "He secured 1,496,200 votes."
    )
    assert owners["1,496,200 votes"] == "Eze"
    # after two people, a pronoun may stand for either: the count stays unowned
    two = _owners("Ada Eze and Tomas Okafor both campaigned in Velm. She secured 1,496,200 votes.")
    assert "1,496,200 votes" not in two


def test_a_candidates_votes_in_a_place_are_a_part_of_his_total() -> None:
    docs = [
        Document(
            id="a",
            path="a.md",
            text="Ada Eze polled nearly a million votes in Velmora to finish with a total of 1,496,200 votes.",
            published="2031-05-02",
        ),
        Document(id="b", path="b.md", text="Eze received 1,496,200 votes.", published="2031-05-02"),
    ]
    assert flagged_pairs(check(docs)) == set()
