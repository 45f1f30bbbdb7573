"""The dates of one story's acts meet as its counts do: an occurrence told by two words whose counts
met ("the blast killed 40", "the attack killed 40") is one occurrence for its dates, and an act
whose doer one article leaves unstated meets the one doer the story names for it. Every article
here is invented."""

from __future__ import annotations

from documents import document

from discrepancy import check, extract


def _groups(*docs: tuple[str, str, str, str]) -> dict[str, list[str]]:
    report = check([document(*d) for d in docs])
    return {g.subject: sorted(c.span.quote for c in g.claims) for g in report.groups}


_CLOSING = (
    "a.md",
    "Valley Courier",
    "2031-03-03",
    "Velm council to close\n\nVelm's council has made the rare choice of shutting down on Thursday and Friday "
    "this week so that its staff can help the vaccination drive.",
)


def test_an_unstated_doer_is_the_one_the_story_names() -> None:
    named = ("b.md", "Harbour Post", "2031-03-10", "Velm drive\n\nOn 7 March, the council shut down its offices.")
    groups = _groups(_CLOSING, named)
    assert groups.get("date:shut down/council") == ["7 March", "Friday"], groups


def test_an_unstated_doer_stays_apart_when_the_story_names_two() -> None:
    council = ("b.md", "Harbour Post", "2031-03-10", "Velm drive\n\nOn 7 March, the council shut down its offices.")
    port = ("c.md", "Orvel Times", "2031-03-10", "Velm drive\n\nOn 6 March, the port shut down its gates.")
    groups = _groups(_CLOSING, council, port)
    assert not any("Friday" in quotes for quotes in groups.values()), groups


_BLAST = (
    "c.md",
    "Orvel Times",
    "2031-03-12",
    "Bombing in Karsk\n\nOn Saturday, a truck packed with explosives was detonated near the Karsk market. "
    "The blast killed 40 people.",
)


def test_kinds_whose_counts_met_are_one_occurrence_for_their_dates() -> None:
    attack = (
        "d.md",
        "Plain Wire",
        "2031-03-12",
        "Karsk bombing\n\nThe attack, which killed 40 people in Karsk, happened on March 7.",
    )
    report = check([document(*_BLAST), document(*attack)])
    dated = [f for f in report.findings if f.claim.subject.startswith("date:")]
    assert [sorted([f.claim.span.quote, *(o.span.quote for o in f.conflicts_with)]) for f in dated] == [
        ["March 7", "On Saturday"]
    ]


def test_kinds_an_article_counts_apart_keep_their_dates_apart() -> None:
    attack = (
        "d.md",
        "Plain Wire",
        "2031-03-12",
        "Karsk bombing\n\nThe attack happened on March 7. The attack killed 40 people and the blast killed 12 people.",
    )
    groups = _groups(_BLAST, attack)
    assert not any(k.startswith("date:") and len(v) > 1 for k, v in groups.items()), groups


def test_a_participle_after_a_noun_is_not_the_clause_verb() -> None:
    text = "On Saturday, a truck packed with explosives was detonated near the Karsk market."
    got = {c.span.quote: c.subject for c in extract(text, published="2031-03-12") if c.kind == "date"}
    assert got == {"On Saturday": "date:explosion"}
