"""A second shock is its own occurrence: an ordinal or "another" before an occurrence word makes a
new one, whose magnitude, toll and time are never set against the main one's. Every sentence here
is invented."""

from __future__ import annotations

import pytest
from documents import document

from discrepancy import Document, check, extract


def _occurrence(text: str, quote: str) -> str:
    """The occurrence part of the subject of the quantity claim over ``quote``."""
    i = text.index(quote)
    claims = [c for c in extract(text, published="2031-05-12") if c.kind == "quantity"]
    found = [c for c in claims if c.span.start < i + len(quote) and i < c.span.end]
    assert found, [c.span.quote for c in claims]
    return found[0].subject.split("|")[3]


@pytest.mark.parametrize(
    ("text", "quote", "occurrence"),
    [
        ("A second 5.3-magnitude tremor shook the Korvath valley, the survey said.", "5.3", "second:earthquake"),
        (
            "A strong quake of magnitude 6.2 shook Korvath. Another quake of magnitude 5.1 followed.",
            "5.1",
            "other:earthquake",
        ),
        ("A third blast killed 9 people near the Velm depot, police said.", "9 people", "third:explosion"),
        ("Another attack left 14 people dead in the Orvel market.", "14 people", "other:attack"),
        ("Later a second rally in the Velm park drew 3,000 people.", "3,000 people", "second:protest"),
    ],
)
def test_an_ordinal_before_the_occurrence_makes_another_one(text: str, quote: str, occurrence: str) -> None:
    assert _occurrence(text, quote) == occurrence


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The second-deadliest quake in Korvath's history killed 310 people.", "310 people"),
        ("It was the second quake to hit the valley this year, and it killed 12 people.", "12 people"),
        ("Another 20 people died in the quake, officials said.", "20 people"),
        ("A 6.2-magnitude quake shook the Korvath valley on Monday.", "6.2"),
    ],
)
def test_a_rank_or_a_further_count_is_the_story_own_occurrence(text: str, quote: str) -> None:
    assert _occurrence(text, quote) == "earthquake"


def test_the_second_of_a_recurring_kind_ranks_the_story_own() -> None:
    text = "The second mass rally in Velm on June 16 drew 40,000 people, organisers said."
    assert _occurrence(text, "40,000 people") == "protest"


def test_a_shock_that_follows_one_of_its_kind_is_another() -> None:
    text = "The 6.2-magnitude quake was followed by a 5.3-magnitude tremor within the hour."
    assert _occurrence(text, "5.3") == "other:earthquake"
    assert _occurrence(text, "6.2") == "earthquake"
    got = _dates("A 6.2-magnitude quake struck at 8.05am, followed by a 5.3-magnitude quake at 10.40am.")
    assert got["8.05am"] == "date:earthquake" and got["10.40am"] == "date:other earthquake", got


def test_two_shocks_of_one_kind_joined_by_and_are_two() -> None:
    text = "A 5.8-magnitude quake and a 5.3-magnitude quake shook the valley on Monday."
    assert _occurrence(text, "5.8") == "earthquake"
    assert _occurrence(text, "5.3") == "other:earthquake"


def test_what_follows_another_kind_is_the_story_own() -> None:
    assert _occurrence("Days of rain were followed by a landslide that killed 12 people.", "12 people") == "avalanche"


def test_an_aftershock_stays_an_aftershock_whatever_its_ordinal() -> None:
    assert _occurrence("A second magnitude 5.0 aftershock rattled Korvath.", "5.0") == "aftershock"


def _dates(text: str) -> dict[str, str]:
    return {c.span.quote: c.subject for c in extract(text, published="2031-05-12") if c.kind == "date"}


def test_the_time_of_a_second_shock_is_its_own() -> None:
    got = _dates("A second 5.3-magnitude tremor hit the same valley at 10.40am, the survey said.")
    assert got["10.40am"] == "date:second earthquake"
    got = _dates("A second quake struck the Korvath valley on Tuesday.")
    assert "date:earthquake" not in got.values(), got


def test_the_first_shock_is_the_story_own_and_its_time_is_read_past_an_aside() -> None:
    got = _dates("The first quake struck at 9.20am local time and residents ran outside.")
    assert got["9.20am"] == "date:earthquake"
    got = _dates("The 6.2 quake hit 30km (19 miles) north of the town of Orvel at about 9am on Monday (05:30 GMT).")
    assert got["about 9am"] == "date:earthquake", got
    # the first of several calls is still one call of many: its rank stays in the key
    assert _dates("The first call came at 9.20am, the service said.")["9.20am"] == "date:first call"


def _doc(path: str, source: str, text: str) -> Document:
    return document(path, source, "2031-05-12", text)


def test_no_finding_between_the_main_quake_and_a_second_one() -> None:
    report = check(
        [
            _doc(
                "a.md",
                "Valley Courier",
                "Quake in Korvath\n\nA 6.2-magnitude quake struck Korvath at 8.05am on Monday.",
            ),
            _doc(
                "b.md",
                "Harbour Post",
                "Korvath shaken\n\nA 6.2-magnitude earthquake hit Korvath at 8.05am on Monday, the survey said. "
                "A second 5.3-magnitude tremor hit the same valley at 10.40am, it said.",
            ),
        ]
    )
    assert not report.findings, [
        (f.claim.span.quote, [o.span.quote for o in f.conflicts_with]) for f in report.findings
    ]


def test_a_pair_of_magnitudes_for_twin_quakes_is_not_the_main_quake_magnitude() -> None:
    report = check(
        [
            _doc("a.md", "Valley Courier", "Quake in Korvath\n\nA 6.2-magnitude quake struck Korvath on Monday."),
            _doc(
                "b.md",
                "Harbour Post",
                "Korvath shaken\n\nKorvath was hit by twin quakes with magnitudes of 5.8 and 5.3 on Monday.",
            ),
        ]
    )
    assert not report.findings


def test_an_occurrence_that_follows_the_figure_is_not_its_own() -> None:
    # the later shocks a "followed by" tells of are not the ones the figure measures
    text = "The Korvath quake registered a magnitude 6.1 followed by several aftershocks, the survey said."
    assert _occurrence(text, "6.1") == "earthquake"
