"""A date of one of several acts or occurrences never meets another's: an act an article dates on
two days that cannot overlap happened twice (two deaths), an act whose doer is not named cannot be
told from another article's, "Thursday's blast" after "another explosion went off on Thursday" is
that other explosion, and "Sunday's bombings" dates the bombings, not the clause's revision."""

from __future__ import annotations

import datetime as dt

from discrepancy import Document, check
from discrepancy.models import Claim, Report


def _report(*texts: str) -> Report:
    docs = [
        Document(id=f"d{i}", path=f"d{i}.md", source=f"Daily {i}", published=dt.date(2031, 9, 13), text=text)
        for i, text in enumerate(texts)
    ]
    return check(docs)


def _dates(report: Report, quote: str) -> list[Claim]:
    return [c for c in report.claims if c.kind == "date" and c.span.quote == quote]


def _flagged(report: Report) -> list[set[str]]:
    return [{f.claim.span.quote, *(c.span.quote for c in f.conflicts_with)} for f in report.findings]


FEVER = "Velm fever\n\n"


def test_two_deaths_on_two_days_in_one_article_are_two_acts() -> None:
    report = _report(
        FEVER + "A farmer who died on August 30 and a nurse who died on September 11 had the Velm fever.",
        FEVER + "Their deaths occurred on August 30 and Monday, respectively, officials in Orvel said.",
    )
    for quote in ("August 30", "September 11", "Monday"):
        assert all(c.subject == "" for c in _dates(report, quote)), quote
    assert _flagged(report) == []


def test_a_death_without_a_named_doer_is_not_compared_across_articles() -> None:
    report = _report(
        FEVER + "The patient who died on August 30 had the Velm fever, officials in Orvel said.",
        FEVER + "The patient who died on September 11 had the Velm fever, officials in Orvel said.",
    )
    assert _flagged(report) == []


def test_a_span_of_two_days_is_still_one_act() -> None:
    report = _report("Velm rains\n\nRains fell on the Velm coast on Tuesday night and early Wednesday.")
    assert [c.subject for c in _dates(report, "Wednesday")] == [c.subject for c in _dates(report, "on Tuesday")]


BLASTS = "Orvel blasts\n\n"


def test_the_day_of_another_explosion_is_that_explosion_s() -> None:
    report = _report(
        BLASTS + "Another explosion went off near the court in Orvel on Thursday, police said. "
        "Police did not know what caused Thursday's blast, which damaged two cars.",
        BLASTS + "Sunday's blasts at three churches in Orvel killed 226 people.",
    )
    assert all("other" in c.subject for c in _dates(report, "Thursday's blast"))
    assert _flagged(report) == []


def test_a_possessive_date_dates_its_noun_not_the_verb() -> None:
    report = _report(
        BLASTS + "Velm officials have revised the toll from Sunday's string of blasts in Orvel down to 226.",
        BLASTS + "Velm officials on Thursday revised the toll from the blasts in Orvel down to 226.",
    )
    assert all(c.subject == "" or "revise" not in c.subject for c in _dates(report, "Sunday"))
    assert _flagged(report) == []
