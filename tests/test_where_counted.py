"""A figure given for a place that another article gives for the same day without it is one count,
taken at that place (the venue of a rally), not a part of the whole. Every sentence is invented."""

from __future__ import annotations

from documents import document

from discrepancy import check
from discrepancy.models import Group

_A = document(
    "a.md",
    "Daily A",
    "2031-08-18",
    "Organisers said at least 900,000 people joined the rally. Police said 70,000 took part.",
)
_B = document(
    "b.md",
    "Daily B",
    "2031-08-18",
    "The police gave a far lower estimate, saying there were 70,000 protesters in Orvel Park at the peak. "
    "Organisers estimated at least 900,000 people had turned out for the rally.",
)


def _groups_of(quote: str, report_groups: list[Group]) -> list[set[str]]:
    return [{c.span.quote for c in g.claims} for g in report_groups if any(c.span.quote == quote for c in g.claims)]


def test_a_count_at_the_venue_meets_the_same_count_without_it() -> None:
    report = check([_A, _B])
    (group,) = _groups_of("70,000 protesters", report.groups)
    assert "70,000" in group and "at least 900,000 people" in group
    assert any(
        {f.claim.span.quote, *(c.span.quote for c in f.conflicts_with)}
        >= {"70,000 protesters", "at least 900,000 people"}
        or {f.claim.span.quote, *(c.span.quote for c in f.conflicts_with)} >= {"70,000", "at least 900,000 people"}
        for f in report.findings
    )


def test_a_part_no_other_article_gives_for_the_whole_stays_apart() -> None:
    b = document(
        "b.md",
        "Daily B",
        "2031-08-18",
        "The police said there were 20,000 protesters in Orvel Park at the peak. "
        "Organisers estimated at least 900,000 people had turned out for the rally.",
    )
    groups = _groups_of("20,000 protesters", check([_A, b]).groups)
    assert all("at least 900,000 people" not in g for g in groups)


def test_the_count_at_the_venue_moves_when_its_own_article_gives_the_figure_too() -> None:
    b = document(
        "b.md",
        "Daily B",
        "2031-08-18",
        "Organisers estimated at least 900,000 people had turned out for the rally. Police said 70,000 took part. "
        "The police gave a far lower estimate, saying there were 70,000 protesters in Orvel Park at the peak.",
    )
    (group,) = _groups_of("70,000 protesters", check([_A, b]).groups)
    assert "at least 900,000 people" in group
