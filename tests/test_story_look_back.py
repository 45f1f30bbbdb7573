"""Articles weeks apart that date one occurrence alike are one story: a report long after looks back
on what the first reports told (`stories._join_by_occurrence_day`)."""

from __future__ import annotations

from documents import document

from discrepancy import check

FIRST = document(
    "first.md",
    "Daily A",
    "2031-03-04",
    "Bomb kills 40 in Harrowgate\n\nThe bombing in central Harrowgate on 3 March killed 40 people, police said.",
)
LATER = document(
    "later.md",
    "Daily B",
    "2031-04-28",
    "Grief lingers in Harrowgate\n\nWeeks after the 3 March bombing in Harrowgate, officials said the toll had reached 95.",
)


def test_a_report_weeks_later_on_the_same_day_is_one_story() -> None:
    assert len(check([FIRST, LATER]).stories) == 1


def test_a_quake_and_a_bombing_of_one_day_stay_two_stories() -> None:
    quake = document(
        "quake.md",
        "Daily C",
        "2031-04-28",
        "Harrowgate rebuilds\n\nThe earthquake that struck Harrowgate on 3 March destroyed 300 homes, officials said.",
    )
    assert len(check([FIRST, quake]).stories) == 2


def test_two_reports_that_recall_an_old_occurrence_stay_two_stories() -> None:
    a = document(
        "a.md",
        "Daily D",
        "2031-03-04",
        "Harrowgate votes\n\nVoters in Harrowgate, where a flood on 3 March 2024 killed 40 people, chose a mayor.",
    )
    b = document(
        "b.md",
        "Daily E",
        "2031-06-20",
        "Harrowgate dam opens\n\nA dam opened near Harrowgate, where the flood of 3 March 2024 killed 40 people.",
    )
    assert len(check([a, b]).stories) == 2


def test_an_undated_page_sits_with_the_articles_it_joined() -> None:
    later = document(
        "later.md",
        "Daily B",
        "2031-04-28",
        "Grief lingers in Harrowgate\n\nWeeks after the 3 March bombing in Harrowgate, mourners gathered in"
        " Velmont Square, where officials said the toll had reached 95.",
    )
    undated = document(
        "undated.md",
        "Daily C",
        None,
        "Velmont Square vigil in Harrowgate\n\nMourners filled Velmont Square in Harrowgate as officials put"
        " the bombing toll at 96.",
    )
    report = check([FIRST, later, undated])
    assert len(report.stories) == 1
    # placed at the first day of the articles it joined (28 April), not the story's (4 March):
    # 96 is an update of 95, not too far from March's 40 for successive updates
    assert not [f for f in report.findings if f.rule == "running-total-pace"]
