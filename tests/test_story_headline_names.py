"""What a headline's capitals and an outlet's brackets say about a story's names. Invented
articles; each test failed before the change it guards."""

from __future__ import annotations

from documents import document

from discrepancy import Document
from discrepancy.lexicon import load_lexicon
from discrepancy.stories import cluster


def _headlined(doc: Document, title: str) -> Document:
    return doc.model_copy(update={"title": title})


def _stories(*docs: object) -> list[list[str]]:
    return sorted(sorted(s.documents) for s in cluster(list(docs), load_lexicon()))  # type: ignore[arg-type]


def test_a_title_case_headline_s_capitals_name_nothing_the_body_does_not() -> None:
    # "Chipmaker" is capitalised by the headline's style, not because it is a name
    cuts = _headlined(
        document("cuts.md", "Daily A", "2031-05-02", "The chipmaker Velmcorp said on Friday it would cut 500 jobs."),
        "Chipmaker Velmcorp Cuts 500 Jobs In Tessaly",
    )
    plant = _headlined(
        document("plant.md", "Daily B", "2031-05-03", "Orlund Semis opened a plant in Kessa on Saturday."),
        "Chipmaker Orlund Semis Opens Plant",
    )
    assert _stories(cuts, plant) == [["cuts.md"], ["plant.md"]]


def test_a_first_sentence_standing_in_for_a_headline_is_prose() -> None:
    # with no headline, the first sentence stands in for one: its capitals are names
    a = document("a.md", "Daily A", "2031-03-14", "Halvor Energy bought Norsk Grid in March.")
    b = document("b.md", "Daily B", "2031-03-15", "Corvex Holdings bought Norsk Grid in March.")
    assert _stories(a, b) == [["a.md", "b.md"]]


def test_a_sentence_case_headline_keeps_its_names() -> None:
    first = document("a.md", "Daily A", "2031-05-02", "Floods hit Tavrit\n\nRivers rose in the valley on Friday.")
    second = document("b.md", "Daily B", "2031-05-03", "Tavrit counts flood damage\n\nWater fell on Saturday.")
    assert _stories(first, second) == [["a.md", "b.md"]]


def test_a_bracket_that_describes_the_issuer_names_no_outlet() -> None:
    # the company issued the release: its name is the story's, not an outlet's
    release = document(
        "release.md",
        "Wire (Velmcorp press release)",
        None,
        "Velmcorp reports record quarter\n\nVelmcorp said revenue rose to $4.1 billion in the quarter.",
    )
    report = document(
        "report.md",
        "Daily A",
        "2031-05-02",
        "Velmcorp revenue tops forecasts\n\nVelmcorp posted revenue of $4.1 billion, ahead of forecasts.",
    )
    other = document(
        "other.md",
        "Daily C",
        "2031-05-02",
        "Orlund Semis profit falls\n\nOrlund Semis posted a loss as revenue fell to $1.1 billion.",
    )
    assert _stories(release, report, other) == [["other.md"], ["release.md", "report.md"]]


def test_an_outlet_named_in_brackets_is_still_no_story_name() -> None:
    # "(Kestrel)" is the wire the copy came from: its credit line names no story
    a = document(
        "a.md",
        "Yahoo (Kestrel)",
        "2031-05-02",
        "Floods hit Marvel\n\n(Kestrel) - Rivers rose in Marvel on Friday.",
    )
    b = document(
        "b.md",
        "Daily B",
        "2031-05-02",
        "Fire in Orvale\n\nA fire burned in Orvale, Kestrel reported, on Friday.",
    )
    assert _stories(a, b) == [["a.md"], ["b.md"]]


def test_a_contraction_that_opens_sentences_names_no_story() -> None:
    # a scraped page's banner ("We're sorry ... We're working to restore it") opens its first
    # sentences with "We're"; two pages of two stories that carry it are not one story
    banner = "We're sorry, this feature is unavailable. We're working to restore it. Please try later. "
    quake = document("quake.md", "Daily A", "2031-05-02", banner + "A quake struck Velm on Friday, killing 12.")
    vote = document("vote.md", "Daily B", "2031-05-03", banner + "Dorvale voters backed the Heron Party on Sunday.")
    assert _stories(quake, vote) == [["quake.md"], ["vote.md"]]
