"""A lone report on a natural hazard that names nothing the others name (a local outlet's follow-up
weeks later: "recovery ends, 11 bodies retrieved") joins the one story of that hazard told in the
weeks before it, so a toll it lowers is compared; with two such stories it joins neither."""

from __future__ import annotations

from documents import document

from discrepancy.extract import extract_document
from discrepancy.lexicon import load_lexicon
from discrepancy.stories import cluster

_VELMARA = [
    document(
        "v1.md",
        "Daily A",
        "2031-05-24",
        "A landslide buried a village in Velmara province, killing 300 people, Kolmar officials said.",
    ),
    document(
        "v2.md",
        "Daily B",
        "2031-05-25",
        "The landslide in Velmara province has killed 670 people, Kolmar officials said.",
    ),
]
_FOLLOW_UP = document(
    "f.md",
    "Daily C",
    "2031-06-16",
    "Recovery ends with 11 bodies retrieved\n\nRescuers ended the recovery after retrieving 11 bodies,"
    " spokesperson Isar Tumbe said. The landslide claimed 162 lives.",
)
_ORSK = [
    document("o1.md", "Daily D", "2031-06-01", "A landslide in Orsk district killed 40 people, Ferra officials said."),
    document(
        "o2.md", "Daily E", "2031-06-02", "The landslide in Orsk district has killed 52 people, Ferra officials said."
    ),
]


def _stories(docs: list) -> list[set[str]]:
    lex = load_lexicon()
    claims = {d.id: extract_document(d, lex) for d in docs}
    return sorted((set(s.documents) for s in cluster(docs, lex, claims)), key=sorted)


def test_a_lone_follow_up_joins_the_one_story_of_its_hazard() -> None:
    assert _stories([*_VELMARA, _FOLLOW_UP]) == [{"f.md", "v1.md", "v2.md"}]


def test_a_lone_follow_up_joins_neither_of_two_stories_of_its_hazard() -> None:
    stories = _stories([*_VELMARA, *_ORSK, _FOLLOW_UP])
    assert {"f.md"} in stories
