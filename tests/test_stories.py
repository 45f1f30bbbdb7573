"""Stories and time without a date: articles clustered into stories, undated articles placed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from documents import document

from discrepancy import check
from discrepancy.lexicon import load_lexicon
from discrepancy.stories import cluster, url_date

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


# Two floods on the same day in two invented towns: the same measure, the same date, two occurrences.
BREVIK_A = document(
    "brevik-a.md",
    "Daily A",
    "2031-10-04",
    "Flood kills 12 in Brevik\n\nFloodwater swept through Brevik on Friday and 12 people died, officials said.",
)
BREVIK_B = document(
    "brevik-b.md",
    "Daily B",
    "2031-10-04",
    "Brevik counts its dead\n\nRescuers in Brevik said 12 people died when the river burst its banks.",
)
LUNMARK = document(
    "lunmark.md",
    "Daily C",
    "2031-10-04",
    "Lunmark flood toll rises\n\nIn the valley town of Lunmark, 40 people died in the flood, the mayor said.",
)


def test_two_stories_in_one_folder_pair_nothing_across() -> None:
    report = check([BREVIK_A, BREVIK_B, LUNMARK])
    assert len(report.stories) == 2
    for f in report.findings:
        paths = {f.claim.span.path, *(c.span.path for c in f.conflicts_with)}
        assert not ("lunmark.md" in paths and paths & {"brevik-a.md", "brevik-b.md"}), f.message
    for g in report.groups:
        docs = {c.document for c in g.claims}
        assert not ("lunmark.md" in docs and docs & {"brevik-a.md", "brevik-b.md"})


def test_one_story_checked_alone_or_with_others_gives_the_same_findings() -> None:
    alone = check([BREVIK_A, BREVIK_B])
    together = check([BREVIK_A, BREVIK_B, LUNMARK])
    assert [f.message for f in alone.findings] == [f.message for f in together.findings]


def test_fixture_stories_are_stories() -> None:
    from discrepancy.api import load_documents
    from discrepancy.extract import extract_document

    lex = load_lexicon()
    docs, _ = load_documents([FIXTURES])
    claims = {d.id: extract_document(d, lex) for d in docs}
    stories = cluster(sorted(docs, key=lambda d: d.path), lex, claims)
    folders = [{Path(d).parent.name for d in s.documents} for s in stories]
    assert all(len(f) == 1 for f in folders), folders
    assert len(stories) == len({Path(d.path).parent.name for d in docs})


def test_check_fixtures_pairs_nothing_across_fixture_stories() -> None:
    report = check([FIXTURES])
    for f in report.findings:
        folders = {Path(c.span.path).parent.name for c in (f.claim, *f.conflicts_with)}
        assert len(folders) == 1, f.message
    for g in report.groups:
        assert len({Path(c.span.path).parent.name for c in g.claims}) == 1, g.subject


def test_one_undated_article_is_one_moment() -> None:
    doc = document(
        "march.md",
        "City Wire",
        None,
        "Police said about 20,000 protesters marched through Vellmar. Organisers put the crowd at 100,000.",
    )
    report = check([doc])
    assert report.findings, "two figures for one crowd in one article: the same moment, whatever its date"


def test_undated_article_sits_at_its_storys_time_and_its_findings_are_warnings() -> None:
    dated = document(
        "dated.md",
        "City Wire",
        "2031-05-04",
        "March in Vellmar\n\nPolice said about 20,000 protesters marched through Vellmar on Saturday.",
    )
    undated = document(
        "undated.md",
        "Evening Post",
        None,
        "Vellmar march draws crowds\n\nOrganisers said 100,000 protesters marched through Vellmar.",
    )
    report = check([dated, undated])
    assert len(report.stories) == 1
    assert report.findings
    assert all(f.severity != "error" for f in report.findings)
    assert any("inferred" in f.message for f in report.findings)


def test_url_dates() -> None:
    assert url_date("https://example.org/2023/10/17/a-story") == (dt.date(2023, 10, 17), "day")
    assert url_date("https://example.org/news/2024/11/floods") == (dt.date(2024, 11, 1), "month")
    assert url_date("https://example.org/?p=618559") is None


def test_undated_article_sits_at_a_day_it_names_without_a_year() -> None:
    """An undated page that cites "a March 9 bulletin" was written on or after 9 March of its
    story's year: its toll is set against the toll of that day, not of the story's first day."""
    early = document(
        "early.md",
        "Velm Herald",
        "2031-03-02",
        "Cholera in Velm\n\nCholera has spread to three districts of Velm, the health ministry said.",
    )
    later = document(
        "later.md",
        "Velm Herald",
        "2031-03-09",
        "Cholera toll in Velm\n\nThe health ministry of Velm said 120 people have died of cholera so far this year.",
    )
    undated = document(
        "undated.md",
        "Health Digest",
        None,
        "Cholera in Velm\n\nAccording to a March 9 bulletin from the health ministry of Velm, "
        "30 people have died of cholera in Velm this year.",
    )
    report = check([early, later, undated])
    assert len(report.stories) == 1
    placed = [c for c in report.claims if c.document == "undated.md" and c.quantity is not None]
    assert placed and all(c.time.start == dt.date(2031, 3, 9) for c in placed)
    assert any(
        {f.claim.document, *(c.document for c in f.conflicts_with)} == {"undated.md", "later.md"}
        for f in report.findings
    )


def test_a_country_whose_name_is_an_english_word_names_its_story() -> None:
    # "Chile" is a word English knows, but the lexicon knows it as a country: both headlines name it
    a = document(
        "chile-a.md",
        "Daily A",
        "2031-04-02",
        "Prices in Chile rise 12% in March\n\nInflation rose to 12% in March, the statistics office in Ostrava said.",
    )
    b = document(
        "chile-b.md",
        "Daily B",
        "2031-04-02",
        "Chile bread prices soar\n\nThe price of a loaf of bread doubled in a month, baker Oru Tambel said.",
    )
    c = document(
        "guinea.md",
        "Daily C",
        "2031-04-02",
        "Guinea bread prices ease\n\nThe price of a loaf of bread fell by a third, trader Selim Durak said.",
    )
    stories = cluster([a, b, c], load_lexicon())
    assert sorted(sorted(s.documents) for s in stories) == [["chile-a.md", "chile-b.md"], ["guinea.md"]]


def test_a_people_s_adjective_names_its_country() -> None:
    # one headline names the country, the other only its adjective: one place, one story
    a = document(
        "a.md",
        "Daily A",
        "2031-06-14",
        "Chile mine collapse traps miners\n\nThe collapse happened at the Verrasco pit early on Friday.",
    )
    b = document(
        "b.md",
        "Daily B",
        "2031-06-14",
        "Chilean rescuers drill toward trapped miners\n\nTeams brought a second drill to the Orvella shaft.",
    )
    assert [sorted(s.documents) for s in cluster([a, b], load_lexicon())] == [["a.md", "b.md"]]


def test_a_people_s_adjective_joins_nothing_of_another_place() -> None:
    a = document("a.md", "Daily A", "2031-06-14", "Chilean quake kills 9\n\nThe quake shook Maravel on Friday.")
    b = document("b.md", "Daily B", "2031-06-14", "Bread prices soar\n\nPrices rose in Kostrava, traders said.")
    assert len(cluster([a, b], load_lexicon())) == 2
