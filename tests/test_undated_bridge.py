"""An undated page that names four names of each of two dated stories of the same weeks (not
counting countries) makes them one: a results summary names the parties a live blog names and the
leader a news report names. Fewer with either, and it joins the one it shares the most with."""

from __future__ import annotations

from documents import document

from discrepancy.lexicon import load_lexicon
from discrepancy.stories import cluster

_NEWS = document(
    "news.md",
    "Daily A",
    "2031-03-03",
    "Tomas Ekvall wins the Velmaria election\n\n"
    "The VLP led by Tomas Ekvall won the early election in Velmaria. Turnout reached 80%. "
    "The KSP came second with 20%. The NDU came third with 15%.",
)
_BLOG = document(
    "blog.md",
    "Daily B",
    "2031-03-04",
    "Dalsting vote 2031: the live blog\n\n"
    "ORP fails at the hurdle\n"
    "After counting, the Union comes to 30 percent. The KSP reaches 20 percent.\n"
    "The Greens follow with 10 percent. The LDP reaches 4 percent.",
)
_SUMMARY = (
    "Ekvall's VLP wins in Velmaria\n\n"
    "The VLP of Tomas Ekvall won the most votes. The KSP came second, the NDU third. "
    "The ORP and the LDP failed to pass the hurdle."
)


def _stories(docs: list) -> list[set[str]]:
    return sorted((set(s.documents) for s in cluster(docs, load_lexicon())), key=len)


def test_a_summary_naming_both_stories_well_makes_them_one() -> None:
    summary = document("summary.md", "Daily C", None, _SUMMARY + " Turnout was high in the Dalsting vote.")
    assert _stories([_NEWS, _BLOG, summary]) == [{"news.md", "blog.md", "summary.md"}]


def test_a_summary_naming_one_story_less_well_joins_the_other_alone() -> None:
    summary = document("summary.md", "Daily C", None, _SUMMARY)
    assert _stories([_NEWS, _BLOG, summary]) == [{"blog.md"}, {"news.md", "summary.md"}]


def test_stories_two_months_apart_are_not_bridged() -> None:
    late = document("blog.md", "Daily B", "2031-05-10", _BLOG.text)
    summary = document("summary.md", "Daily C", None, _SUMMARY + " Turnout was high in the Dalsting vote.")
    assert _stories([_NEWS, late, summary]) == [{"blog.md"}, {"news.md", "summary.md"}]
