"""Names too common to make a story: acronyms English writes in capitals, and countries or continents
shared alone. Invented articles; each test failed before the change it guards."""

from __future__ import annotations

from documents import document

from discrepancy import check
from discrepancy.lexicon import load_lexicon
from discrepancy.stories import cluster


def _stories(*docs: object) -> list[list[str]]:
    return sorted(sorted(s.documents) for s in cluster(list(docs), load_lexicon()))  # type: ignore[arg-type]


def test_an_acronym_english_writes_in_capitals_names_no_story() -> None:
    fire = document(
        "fire.md",
        "Daily A",
        "2031-08-20",
        "DNA tests name Velmar fire victims\n\nTeams in Velmar have named 40 of the dead so far.",
    )
    war = document(
        "war.md",
        "Daily B",
        "2031-09-02",
        "Orlund troops take Kessa ridge\n\nSoldiers of Orlund took the ridge; DNA samples will name the fallen.",
    )
    assert _stories(fire, war) == [["fire.md"], ["war.md"]]


def test_an_undated_page_joins_the_story_its_own_headline_names() -> None:
    marvo = document(
        "a-marvo.md",
        "Daily A",
        "2031-03-01",
        "Marvo fever kills nine in Tessaly\n\nHealth officials in Tessaly confirmed the Marvo cases.",
    )
    kessel = document(
        "z-kessel.md",
        "Daily B",
        "2030-09-10",
        "Kessel fever spreads in Urbin\n\nDoctors in Urbin counted new Kessel cases on Monday.",
    )
    page = document(
        "page.md",
        "Daily C",
        None,
        "Marvo outbreak grows in Tessaly\n\nThe Marvo virus in Tessaly is a cousin of Kessel, which struck Urbin.",
    )
    assert _stories(marvo, kessel, page) == [["a-marvo.md", "page.md"], ["z-kessel.md"]]


def test_a_country_alone_joins_no_undated_page_to_a_story() -> None:
    prices = document(
        "prices.md",
        "Daily A",
        "2031-11-16",
        "UK prices rise 11%\n\nInflation in the UK rose to 11% in October, statisticians said.",
    )
    vote = document(
        "vote.md",
        "Daily B",
        None,
        "Polls close across the nation\n\nVoters across the UK chose a new parliament on Thursday.",
    )
    assert _stories(prices, vote) == [["prices.md"], ["vote.md"]]


def test_a_country_both_headlines_give_joins_an_undated_page() -> None:
    quake = document(
        "quake.md",
        "Daily A",
        "2031-09-09",
        "Morocco quake kills 2,000\n\nThe quake struck the mountains south of Tavrit late on Friday.",
    )
    page = document(
        "page.md",
        "Daily B",
        None,
        "Morocco earthquake: how to help\n\nAid groups are collecting blankets and tents for families.",
    )
    assert _stories(quake, page) == [["page.md", "quake.md"]]


def test_a_country_headline_joins_no_other_topic_of_that_country() -> None:
    jobs = document(
        "jobs.md",
        "Daily A",
        "2031-02-03",
        "US economy adds 300,000 jobs\n\nEmployers in the US added jobs in January, the labour office said.",
    )
    layoffs = document(
        "layoffs.md",
        "Daily B",
        "2031-01-06",
        "Velmco to cut 5,000 jobs\n\nVelmco, based in Ostrava in the US, will cut staff, chief Ada Ruhl said.",
    )
    assert _stories(jobs, layoffs) == [["jobs.md"], ["layoffs.md"]]


def test_a_lone_hazard_report_joins_the_story_its_lead_shares_a_name_with() -> None:
    # two landslides told in the same weeks; a follow-up whose headline names nothing is the one
    # whose place its lead names, not "either, so neither"
    a1 = document(
        "a1.md", "Daily A", "2031-05-24", "Landslide buries Velmar\n\nThe landslide in Velmar killed 40 people."
    )
    a2 = document(
        "a2.md", "Daily B", "2031-05-25", "Velmar landslide toll rises\n\nThe landslide in Velmar killed 52 people."
    )
    b1 = document("b1.md", "Daily C", "2031-05-26", "Landslide hits Orlo\n\nThe landslide in Orlo killed 9 people.")
    b2 = document(
        "b2.md", "Daily D", "2031-05-27", "Orlo landslide toll rises\n\nThe landslide in Orlo killed 12 people."
    )
    lone = document(
        "lone.md",
        "Daily E",
        "2031-07-01",  # five weeks on: past the weeks in which a lead's name joins an article by itself
        "Recovery ends after weeks of digging\n\nRescuers in Velmar ended the search; the landslide killed 60 people.",
    )
    stories = sorted(sorted(s.documents) for s in check([a1, a2, b1, b2, lone]).stories)
    assert stories == [["a1.md", "a2.md", "lone.md"], ["b1.md", "b2.md"]]
