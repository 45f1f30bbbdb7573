"""A lead of short sentences reads on: a live blog or a results page gives each figure a sentence
of its own, so its first six sentences name a party or two where a news lead names the story's
people and places. Until it has named eight, it reads up to its tenth sentence."""

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
    "According to the final results, the VLP received 30% of the vote. The KSP came second with 20%. "
    "The NDU came third with 15%. The Greens received 10%.",
)
_BLOG = document(
    "blog.md",
    "Daily B",
    "2031-03-03",
    "Dalsting vote 2031: the live blog\n\n"
    "ORP fails at the hurdle\n"
    "After counting, the Union comes to 30 percent. The KSP reaches 20 percent.\n"
    "The Greens follow with 10 percent. The Left reaches 8 percent. The LDP reaches 4 percent.\n"
    "Union boss Ekvall now has a good chance of becoming the next premier.",
)


def _stories(docs: list) -> list[set[str]]:
    return [set(s.documents) for s in cluster(docs, load_lexicon())]


def test_a_live_blog_of_short_sentences_joins_the_news_of_its_vote() -> None:
    assert _stories([_NEWS, _BLOG]) == [{"news.md", "blog.md"}]


def test_a_lead_that_names_eight_in_its_first_sentences_reads_no_further() -> None:
    roundup = document(
        "roundup.md",
        "Daily C",
        "2031-03-03",
        "Harbour strike in Orsk\n\n"
        "Dockers in Orsk and Brelund walked out on Monday. The Orsk Dockers Guild led by Mira Haldt "
        "called the strike. Port owner Kessling Lines said talks had failed. Ships waited off Tarvo. "
        "The strike may spread to Pellin, the guild said. Talks resume on Friday. "
        "Elsewhere, the KSP and Ekvall traded blows.",
    )
    assert sorted(_stories([_NEWS, roundup]), key=len) == [{"news.md"}, {"roundup.md"}]
