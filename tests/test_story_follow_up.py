"""A lone report weeks after its story joins it when its headline names a name the story's headlines
name and its lead shares two names with the story's leads: "workers end strike" seven weeks after
"workers go on strike" (`story_look_back.join_follow_up`). Invented articles; the first test failed
before the change."""

from __future__ import annotations

from documents import document

from discrepancy import Document, check

WALKOUT = document(
    "walkout.md",
    "Daily A",
    "2031-09-13",
    "Velmair workers go on strike after rejecting offer\n\nWorkers at Velmair in Kestow walked off the job "
    "on Friday, union leader Ada Vey said. Velmair chief Tor Dasa said the company was disappointed.",
)
VOTE = document(
    "vote.md",
    "Daily B",
    "2031-09-13",
    "Velmair machinists vote to strike\n\nVelmair machinists in Kestow voted to strike, Ada Vey said.",
)


def _end(day: str, lead: str = "Velmair workers in Kestow voted to accept the offer, Tor Dasa said.") -> Document:
    return document("end.md", "Daily C", day, f"Velmair workers accept offer and end strike\n\n{lead}")


def test_a_lone_report_weeks_later_joins_its_story() -> None:
    assert len(check([WALKOUT, VOTE, _end("2031-11-05")]).stories) == 1


def test_a_report_months_later_is_a_story_of_its_own() -> None:
    assert len(check([WALKOUT, VOTE, _end("2032-02-20")]).stories) == 2


def test_a_report_that_shares_one_lead_name_stays_apart() -> None:
    lone = _end("2031-11-05", "Velmair said on Monday that its planes would fly again.")
    assert len(check([WALKOUT, VOTE, lone]).stories) == 2
