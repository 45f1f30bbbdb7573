"""A figure an article itself rejects ("226 and not 310", "reports of 310 are not correct") never
meets the current figure as a rival; the revised figure keeps its subject, and the revision's size
("cut the toll by more than 80", "reduced by 84") meets other revisions only."""

from __future__ import annotations

import datetime as dt

from discrepancy import Document, check
from discrepancy.models import Claim

TEXT = (
    "Velm lowers bombing toll\n\n"
    "The Velm health office on Thursday cut the death toll from Sunday's bombings in Orvel by more than 80. "
    "The office said the toll from the bombings was 226 and not 310. "
    "Reports that the toll of the bombings is 310 are not correct, a spokesman said. "
    "The toll of the bombings was reduced by 84, he added."
)
OTHER = "Orvel bombings\n\nThe bombings in Orvel on Sunday killed 226 people, the Velm health office said."


def _check() -> tuple[list[Claim], list[set[str]]]:
    docs = [
        Document(id="a", path="a.md", source="Daily A", published=dt.date(2031, 5, 8), text=TEXT),
        Document(id="b", path="b.md", source="Daily B", published=dt.date(2031, 5, 8), text=OTHER),
    ]
    report = check(docs)
    return report.claims, [{f.claim.span.quote, *(c.span.quote for c in f.conflicts_with)} for f in report.findings]


def _subjects(claims: list[Claim], figure: float) -> list[str]:
    return [c.subject for c in claims if c.quantity is not None and c.quantity.low == figure]


def test_a_rejected_figure_is_not_compared() -> None:
    claims, _ = _check()
    assert _subjects(claims, 310) == ["", ""]


def test_the_revised_figure_keeps_its_subject_and_nothing_is_flagged() -> None:
    claims, findings = _check()
    assert all(s.startswith("quantity:deaths") for s in _subjects(claims, 226))
    assert findings == []
