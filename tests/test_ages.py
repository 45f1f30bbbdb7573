"""A named person's age is a claim; two ages for one person are a finding."""

from __future__ import annotations

from flagged import flagged_pairs

from discrepancy import check, extract
from discrepancy.models import Document


def _ages(text: str) -> dict[str, float]:
    return {
        c.subject.split("|")[2]: c.quantity.figure
        for c in extract(text, published="2031-05-02")
        if c.quantity is not None and c.quantity.measure == "age"
    }


def test_ages_beside_names() -> None:
    text = (
        "Mr Okafor, 61, said he would run again. The 44-year-old Bello disagreed. "
        "Jana Novak (34) and Tomas Berg, aged 52, watched. Senator Ada Eze, 58 – a veteran – left."
    )
    assert _ages(text) == {"Okafor": 61, "Bello": 44, "Novak": 34, "Berg": 52, "Eze": 58}


def test_no_age_without_a_person() -> None:
    text = (
        "In Lagos, 40 people were hurt. On Friday, 12 were freed. A 25-year-old man was held, "
        "and the 30-year-old Briton was released. Okafor, 48.5%, led the count on August 9, 2031."
    )
    assert _ages(text) == {}


def test_an_age_before_called_or_named_is_the_named_persons() -> None:
    text = (
        "The attacker said he was a 29-year-old Ruritanian called Ivo Brandt. "
        "Rescuers found a 41-year-old woman named Lena Marsh in the rubble."
    )
    assert _ages(text) == {"Brandt": 29, "Marsh": 41}


def test_a_surname_alone_is_a_name_when_the_article_gives_it_in_full() -> None:
    text = "Ada Eze sued her former partner. Eze, 58, told the court she was owed money."
    assert _ages(text) == {"Eze": 58}


def test_two_ages_for_one_person_conflict_and_one_age_agrees() -> None:
    docs = [
        Document(id="a", path="a.md", text="The 61-year-old Okafor won the vote.", published="2031-05-02"),
        Document(id="b", path="b.md", text="Ade Okafor, 64, won the vote.", published="2031-05-03"),
        Document(id="c", path="c.md", text="Mr Okafor, 61, won the vote.", published="2031-05-03"),
    ]
    assert flagged_pairs(check(docs)) == {frozenset(("61", "64"))}


def test_an_attackers_age_by_his_role_meets_across_outlets() -> None:
    docs = [
        Document(
            id="a", path="a.md", text="The 19-year-old gunman fired at a bus stop in Dorvale.", published="2031-05-02"
        ),
        Document(id="b", path="b.md", text="The suspect, 19, was shot by officers in Dorvale.", published="2031-05-02"),
        Document(
            id="c",
            path="c.md",
            text="A gunman opened fire in Dorvale before police shot the 19-year-old.",
            published="2031-05-03",
        ),
        Document(
            id="d", path="d.md", text="The 23-year-old attacker fired at a bus stop in Dorvale.", published="2031-05-03"
        ),
    ]
    assert _ages(docs[0].text) == _ages(docs[1].text) == _ages(docs[2].text) == {"perpetrator": 19}
    assert flagged_pairs(check(docs)) == {frozenset(("19", "23"))}


def test_an_attackers_age_by_his_act_meets_his_role() -> None:
    """ "A 14-year-old boy opened fire": who did the act is the perpetrator, however he is called;
    a victim's age, told in the passive, is not his."""
    docs = [
        Document(
            id="a", path="a.md", text="A 14-year-old boy opened fire in a Dorvale classroom.", published="2031-05-02"
        ),
        Document(
            id="b",
            path="b.md",
            text="A 13-year-old pupil shot dead eight classmates in Dorvale.",
            published="2031-05-02",
        ),
    ]
    assert _ages(docs[0].text) == {"perpetrator": 14}
    assert _ages("A 12-year-old girl was shot in Dorvale.") == {}
    assert flagged_pairs(check(docs)) == {frozenset(("14", "13"))}


def test_two_ages_for_attackers_name_no_single_perpetrator() -> None:
    text = "The 19-year-old gunman and the 24-year-old suspect fled in a van."
    assert _ages(text) == {}


def test_a_bare_age_stands_for_the_person_named_just_before() -> None:
    text = (
        "Tom Reform was absent. Ada Eze won the count at the Collation Centre. "
        "Critics reject Eze's win for the Reform Party. "
        "But the 58-year-old will take office. A man was held at Elm Street School. The 25-year-old was freed."
    )
    assert _ages(text) == {"Eze": 58}


def test_a_hedge_on_the_clause_leaves_the_age_asserted() -> None:
    claims = [
        c
        for c in extract(
            "A gunman fired in Dorvale before police reportedly shot the 19-year-old.", published="2031-05-02"
        )
        if c.quantity is not None and c.quantity.measure == "age"
    ]
    assert [(c.quantity.figure, c.modality) for c in claims if c.quantity] == [(19, "asserted")]


def test_ages_in_a_list_of_people_joined_by_and() -> None:
    text = "The embassy confirmed the deaths of Jana Novak, 45 and Ivo Brandt, 22, in the crash near Velm."
    assert _ages(text) == {"Novak": 45, "Brandt": 22}


def test_the_one_holder_of_a_post_is_keyed_by_the_post() -> None:
    a = [c for c in extract("The 59-year-old station master in Velm has been arrested.") if c.quantity is not None]
    b = [c for c in extract("The 59-year-old stationmaster was charged on Friday.") if c.quantity is not None]
    assert [c.subject for c in a] == [c.subject for c in b] == ["quantity:age|people|stationmaster|-|-|-"], (a, b)


def test_a_post_given_two_ages_in_one_article_is_nobody_s() -> None:
    text = "The 64-year-old captain of the Velm was held. The 51-year-old captain of the Dorn was not."
    assert [c for c in extract(text) if c.quantity is not None and c.quantity.measure == "age"] == []


def test_a_driver_is_no_lone_post() -> None:
    assert [c for c in extract("The 40-year-old driver of the Velm bus died.") if c.quantity is not None] == []
