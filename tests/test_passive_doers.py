"""A passive clause names no doer unless a "by" phrase does: its subject is what the act was done
to. "Four men were charged on Sunday" is keyed ``charge/-(man)``, and meets the one doer the story
names for that act ("the Orsk court on Sunday charged four suspects"); "the plant was bought by
Orla Group" is Orla Group's buying, as the active clause tells it."""

from __future__ import annotations

from documents import date_keys, same_day_report

from discrepancy import Report


def _flagged(report: Report) -> list[set[str]]:
    return [{f.claim.span.quote, *(c.span.quote for c in f.conflicts_with)} for f in report.findings]


def test_a_passive_subject_is_not_the_doer() -> None:
    assert date_keys("Four men were charged on Sunday over the arena attack in Velm.")["on Sunday"] == (
        "date:charge/-(man)"
    )
    assert date_keys("The Orsk district court on Sunday charged four suspects over the arena attack.")["on Sunday"] == (
        "date:charge/court"
    )


def test_a_by_phrase_names_the_doer() -> None:
    passive = date_keys("The Velmco plant was bought by Orla Group on Monday.")["on Monday"]
    active = date_keys("Orla Group bought the Velmco plant on Monday.")["on Monday"]
    assert passive == active


def test_a_passive_act_meets_the_one_doer_the_story_names() -> None:
    report = same_day_report(
        "Velm arena attack\n\nThe Orsk district court on Sunday charged four suspects with terrorism.",
        "Velm arena attack\n\nFour men were charged on Saturday with the attack on the Velm arena.",
    )
    assert {"on Sunday", "on Saturday"} in _flagged(report)


def test_two_acts_of_one_story_stay_apart() -> None:
    report = same_day_report(
        "Velm arena attack\n\nThe Orsk district court on Sunday charged four suspects with terrorism.",
        "Velm arena attack\n\nFour men were detained on Saturday after the attack on the Velm arena.",
    )
    assert {"on Sunday", "on Saturday"} not in _flagged(report)


def test_a_meeting_held_is_not_a_call_held() -> None:
    # the subject of a holding verb is the act itself: the meeting, which another day's call never meets
    assert date_keys("The emergency meeting on the Velm crisis was held on Monday night.")["on Monday"] == (
        "date:hold/meeting"
    )
    report = same_day_report(
        "Velm crisis\n\nThe Orsk president held a phone call with the Velm premier on Monday.",
        "Velm crisis\n\nThe emergency meeting on the Velm crisis was held on Tuesday night.",
    )
    assert {"on Monday", "on Tuesday"} not in _flagged(report)
