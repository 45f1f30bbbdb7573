"""Which of an outlet's claims a finding sets against another's: the one at odds with it, when the
outlet's most explicit claim is at odds with nothing. Articles invented, in our own words."""

from __future__ import annotations

from documents import document
from flagged import flagged_pairs as _pairs

from discrepancy import check


def test_an_outlets_exact_figure_meets_anothers_for_the_same_day() -> None:
    # one paper rounds the injured to "around 6,000" before giving 5,873; another gives 5,864 the
    # same day: the two exact figures of one update disagree, though "around 6,000" meets both
    a = document(
        "a.md",
        "Harbour Post",
        "2031-03-05",
        "Quake in Velm\n\nThe quake in Velm left around 6,000 people injured, officials said on Wednesday. "
        "By the evening the ministry counted 5,873 injured.",
    )
    b = document(
        "b.md",
        "Coast Daily",
        "2031-03-05",
        "Velm quake\n\nThe ministry said 5,864 people were injured in the quake in Velm.",
    )
    pairs = _pairs(check([a, b]))
    assert frozenset(("5,873 injured", "5,864 people")) in pairs


def test_the_dead_carried_to_hospitals_are_the_hospitals_count() -> None:
    # bodies brought to the town's hospitals are those hospitals' count, not the quake's toll
    a = document(
        "a.md",
        "Harbour Post",
        "2031-03-05",
        "Quake in Velm\n\nThe quake in Velm killed 1,400 people, the ministry said. "
        "More than 90 dead had been brought to several hospitals in the town, a doctor said.",
    )
    b = document("b.md", "Coast Daily", "2031-03-05", "Velm quake\n\nThe quake in Velm killed 1,400 people.")
    pairs = _pairs(check([a, b]))
    assert not any("More than 90 dead" in p for pair in pairs for p in pair)
