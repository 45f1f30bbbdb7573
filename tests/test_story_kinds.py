"""An undated article never joins a story of another kind of occurrence when one is a natural
hazard, however many names they share (a bombing's page names the same province as a quake's)."""

from __future__ import annotations

from documents import document

from discrepancy.extract import extract_document
from discrepancy.lexicon import load_lexicon
from discrepancy.stories import cluster


def _stories(docs: list) -> list[set[str]]:
    lex = load_lexicon()
    claims = {d.id: extract_document(d, lex) for d in docs}
    return [set(s.documents) for s in cluster(docs, lex, claims)]


_QUAKE = [
    document(
        "q1.md",
        "Daily A",
        "2031-10-08",
        "An earthquake in Varnia province killed 900 people, the Kolmar government said.",
    ),
    document(
        "q2.md",
        "Daily B",
        "2031-10-09",
        "The earthquake in Varnia province has killed 1,100 people, Kolmar officials said.",
    ),
]


def test_a_bombing_page_is_no_part_of_a_quake_story() -> None:
    bombing = document(
        "b.md",
        "Daily C",
        None,
        "A suicide bombing at a mosque in Varnia province killed 60 people, Kolmar police said.",
    )
    stories = _stories([*_QUAKE, bombing])
    assert {"q1.md", "q2.md"} in stories and {"b.md"} in stories, stories


def test_an_undated_page_on_the_quake_still_joins_it() -> None:
    page = document(
        "u.md", "Daily D", None, "The earthquake in Varnia province killed 1,000 people, Kolmar rescuers said."
    )
    stories = _stories([*_QUAKE, page])
    assert {"q1.md", "q2.md", "u.md"} in stories, stories


_RUSSIAN_QUAKE = document(
    "rq.md",
    "Daily A",
    "2031-10-08",
    "Russian quake kills 40\n\nAn earthquake in the far east of Russia killed 40 people on Tuesday, officials in Kolvask said.",
)


def test_a_country_alone_in_headlines_does_not_join_a_strike_and_a_quake() -> None:
    strike = document(
        "rs.md",
        "Daily B",
        "2031-10-09",
        "Russian nurses walk out over pay\n\nNurses across Russia began a three-day strike on Monday, the Velmo union said.",
    )
    stories = _stories([_RUSSIAN_QUAKE, strike])
    assert {"rq.md"} in stories and {"rs.md"} in stories, stories


def test_a_country_in_a_headline_joins_the_same_kind_of_occurrence() -> None:
    other = document(
        "rq2.md",
        "Daily C",
        "2031-10-09",
        "Toll rises after Russian quake\n\nThe earthquake in Russia has killed 52 people, rescuers in Orlov said.",
    )
    stories = _stories([_RUSSIAN_QUAKE, other])
    assert {"rq.md", "rq2.md"} in stories, stories


def test_a_country_alone_does_not_join_headlines_that_name_other_things() -> None:
    airline = document(
        "air.md",
        "Daily A",
        "2031-01-28",
        "UK airline Velmair collapses\n\nThe regional carrier Velmair stopped flying on Saturday, leaving 300 staff without work.",
    )
    football = document(
        "fee.md",
        "Daily B",
        "2031-01-31",
        "Dorvale sign Kestrel for British record fee\n\nDorvale paid a record fee for the midfielder Anso Kestrel on Tuesday.",
    )
    stories = _stories([airline, football])
    assert {"air.md"} in stories and {"fee.md"} in stories, stories
