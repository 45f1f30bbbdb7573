"""Claims of responsibility and their denials: "no group has claimed it" is an account that a
claim made by then contradicts; a claim in the passive and a claim taken back are read too.
Invented sentences only."""

from __future__ import annotations

import datetime as dt

from flagged import flagged_pairs

from discrepancy import Document, check, extract

_LEAD = "A bombing killed 14 people at a market in Karsk on Monday. "


def _events(text: str, kind: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (c.event.agent, c.event.patient, c.modality)
        for c in extract(text, published="2031-05-04")
        if c.event is not None and c.event.type == kind
    ]


def _report(*dated: tuple[dt.date, str]):  # type: ignore[no-untyped-def]
    docs = [
        Document(id=f"d{i}", path=f"d{i}.md", source=f"Daily {i}", published=day, text=t)
        for i, (day, t) in enumerate(dated)
    ]
    return check(docs)


def test_no_one_claiming_is_an_account_and_no_figure() -> None:
    for sentence in (
        "No-one has claimed responsibility.",
        "Nobody has yet claimed responsibility for the attack.",
        "No militant group immediately claimed responsibility for the bombing.",
    ):
        claims = extract(_LEAD + sentence, published="2031-05-04")
        said = [c for c in claims if c.span.start >= len(_LEAD)]
        assert [(c.event.agent, c.event.patient, c.modality) for c in said if c.event] == [
            ("no one", "attack", "asserted")
        ], sentence
        assert not [c for c in said if c.quantity is not None], sentence
        assert all(c.speaker not in ("No-one", "Nobody", "No militant group") for c in said)


def test_an_unknown_group_claims_and_a_passive_claim_names_its_claimant() -> None:
    assert _events(_LEAD + "The Velm Front claimed responsibility for the attack.", "responsibility") == [
        ("Velm Front", "attack", "asserted")
    ]
    got = _events(
        _LEAD + "The attack, carried out by two men, was claimed by Omar Dasht, a Velm Front commander.",
        "responsibility",
    )
    assert got == [("Omar Dasht", "attack", "asserted")]
    assert _events("The lives claimed by the floods were mourned.", "responsibility") == []


def test_a_claim_taken_back_is_keyed_by_the_occurrence() -> None:
    for sentence in (
        "It later distanced itself from it.",
        "The group later denied involvement.",
        "A spokesman distanced the group from the attack.",
    ):
        assert [p for _, p, _ in _events(_LEAD + sentence, "disown")] == ["attack"], sentence


def test_no_one_claimed_meets_a_claim_made_by_then_only() -> None:
    claim = "The Velm Front claimed responsibility for the attack on Monday."
    nobody = "No group has claimed responsibility for the attack."
    flagged = flagged_pairs(_report((dt.date(2031, 5, 4), _LEAD + claim), (dt.date(2031, 5, 5), _LEAD + nobody)))
    assert any("no group" in " ".join(p).lower() for p in flagged)
    # a claim made after the article that says no one has claimed it is a later claim
    later = "The Velm Front claimed responsibility for the attack on May 6."
    flagged = flagged_pairs(_report((dt.date(2031, 5, 7), _LEAD + later), (dt.date(2031, 5, 2), _LEAD + nobody)))
    assert not any("no group" in " ".join(p).lower() for p in flagged)


def test_a_member_claims_for_his_group_across_an_apposition() -> None:
    text = _LEAD + (
        "Shortly after the blast on Tuesday, Omar Dasht, a commander of the Islamic State, also known as"
        " ISIS, claimed responsibility for the attack in a post."
    )
    got = [
        (c.event.agent, c.time.start)
        for c in extract(text, published="2031-05-04")
        if c.event and c.event.type == "responsibility"
    ]
    assert got == [("Islamic State", dt.date(2031, 4, 29))]


def _winners(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (c.event.agent, c.event.patient)
        for c in extract(text, published="2031-05-04")
        if c.event is not None and c.event.type == "win"
    ]


def test_who_won_a_race_is_keyed_by_the_election() -> None:
    assert _winners("Results showed that Orin Vale had won Tarnia's presidential race.") == [("Orin Vale", "election")]
    assert _winners("Mara Holt has been declared the winner of the presidential election.") == [
        ("Mara Holt", "election")
    ]
    assert _winners("In the Tarnia election, Vale won 48% of the vote.") == []
    assert _winners("Holt won the 2017 election by a wide margin.") == []


def test_two_winners_of_one_race_are_flagged() -> None:
    day = dt.date(2031, 5, 4)
    report = _report(
        (day, "Results showed that Orin Vale had won Tarnia's presidential race."),
        (day, "Mara Holt has been declared the winner of Tarnia's presidential election."),
    )
    assert any("Vale" in " ".join(p) for p in flagged_pairs(report))


def test_a_claim_in_an_undated_article_is_no_claim_made_before() -> None:
    nobody = "A bombing killed 14 people in Karsk on May 1. No group has claimed responsibility for the attack."
    later = "The toll from a bombing in Karsk claimed by the Islamic State group has risen to 20, TV said Saturday."
    docs = [
        Document(id="a", path="a.md", source="Daily A", published=dt.date(2031, 5, 6), text=nobody),
        Document(id="b", path="b.md", source="Daily B", text=later),  # placed by its story: its Saturday a guess
    ]
    assert not any("no group" in " ".join(p).lower() for p in flagged_pairs(check(docs)))
