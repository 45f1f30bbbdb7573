"""A toll in a sentence that tells another act than the article's occurrence (a dated act the
lexicon has no word for, a total running since a date) does not default to that occurrence: it
leaves its occurrence unstated, and stays apart in a story that tolls two occurrences."""

from __future__ import annotations

import datetime as dt

from discrepancy import Document, check
from discrepancy.models import Claim

TEXT = (
    "Blast at Orvel depot\n\n"
    "An explosion at a fuel depot killed 70 people on Tuesday, officials said. "
    "The war in the province has killed 1,900 people, the army says. "
    "The government has vowed to answer the Sept. 2 rampage by militia fighters who killed 400 villagers. "
    "Since 1 September, the toll has reached 2,300."
)


def _claims() -> tuple[list[Claim], list[set[str]]]:
    doc = Document(id="a", path="a.md", source="Daily A", published=dt.date(2031, 9, 26), text=TEXT)
    report = check([doc])
    return report.claims, [{f.claim.span.quote, *(c.span.quote for c in f.conflicts_with)} for f in report.findings]


def _subject(claims: list[Claim], figure: float) -> str:
    return next(c.subject for c in claims if c.quantity is not None and c.quantity.low == figure)


def test_the_blast_toll_keeps_the_article_s_occurrence() -> None:
    claims, _ = _claims()
    assert "explosion" in _subject(claims, 70)


def test_a_dated_other_act_and_a_running_total_are_not_the_blast_s() -> None:
    claims, findings = _claims()
    assert "explosion" not in _subject(claims, 400)
    assert "explosion" not in _subject(claims, 2300)
    assert not any("70 people" in quotes for quotes in findings)
