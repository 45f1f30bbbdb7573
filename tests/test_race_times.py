"""A race's time told to the second is a claim keyed by its athlete; an age in a sports story too."""

from __future__ import annotations

from flagged import flagged_pairs

from discrepancy import check, extract
from discrepancy.models import Document


def _times(text: str) -> dict[str, float]:
    found = {}
    for c in extract(text, published="2031-04-06"):
        if c.quantity is not None and c.quantity.measure == "race_time":
            found[c.subject.split("|", 1)[1]] = c.quantity.figure
    return found


def _ages(text: str) -> dict[str, float]:
    return {
        c.subject.split("|")[2]: c.quantity.figure
        for c in extract(text, published="2031-04-06")
        if c.quantity is not None and c.quantity.measure == "age"
    }


def test_one_time_in_every_form() -> None:
    for told in ("2:19:41", "2:19:41 hours", "2 hours 19 minutes 41 seconds", "2hr 19min 41sec",
                 "two hours, nineteen minutes and forty-one seconds"):  # fmt: skip
        assert _times(f"Jana Novak won the Velm marathon in {told} on Sunday.") == {"-|Novak|-|-|-": 8381}, told


def test_a_time_is_the_named_athletes_and_a_best_before_is_apart() -> None:
    text = (
        "Ivo Brandt won the men's race at the Velm Marathon in 2:06:12. The Ruritanian runner "
        "clocked 2:06:12 to cut 40 seconds off his previous best of 2:06:52. Jana Novak took the "
        "women's title in 2:19:41, ahead of the old course record (2:21:03, by Ada Mwangi)."
    )
    assert _times(text) == {
        "-|Brandt|-|-|-": 7572,
        "-|Brandt|-|before|-": 7612,
        "-|Novak|-|-|-": 8381,
        "-|Mwangi|-|before|-": 8463,
    }


def test_no_time_of_day_split_list_or_unnamed_athlete() -> None:
    text = (
        "The race in Velm started at 8:15:00 a.m. local time. Ivo Brandt went through halfway in "
        "1:03:10 and won. He holds three of the fastest times: 2:06:12, 2:06:52 and 2:07:30. "
        "Ivo Brandt's fellow Ruritanian finished second in 2:07:58. A siege in Dorn lasted "
        "two hours and 30 minutes."
    )
    assert _times(text) == {}


def test_two_times_for_one_athlete_disagree_and_two_athletes_never_meet() -> None:
    a = Document(
        id="a",
        path="a.md",
        source="Daily a",
        published="2031-04-06",
        text="Jana Novak won the Velm marathon in 2:19:41.",
    )
    b = Document(
        id="b",
        path="b.md",
        source="Daily b",
        published="2031-04-06",
        text="Jana Novak won in Velm in 2:19:14 on Sunday.",
    )
    c = Document(
        id="c", path="c.md", source="Daily c", published="2031-04-06", text="Ada Mwangi was second in Velm in 2:20:02."
    )
    assert flagged_pairs(check([a, b])) == {frozenset(("2:19:41", "2:19:14"))}
    assert flagged_pairs(check([a, c])) == set()


def test_a_bare_age_after_a_sports_verb_or_a_demonym() -> None:
    text = (
        "Jana Novak won the Velm Marathon on Sunday. The 26-year-old ran the second fastest time in "
        "history. Ivo Brandt took the men's race at the Dorn Marathon. The 31-year-old Ruritanian "
        "thus improved his best."
    )
    assert _ages(text) == {"Novak": 26, "Brandt": 31}


def _margins(text: str) -> dict[str, float]:
    return {
        c.subject.split("|", 1)[1]: c.quantity.figure
        for c in extract(text, published="2031-04-06")
        if c.quantity is not None and c.quantity.measure == "race_margin"
    }


def test_a_margin_over_a_best_meets_in_every_wording() -> None:
    for told in (
        "Ivo Brandt won in Velm and shaved 30 seconds off his previous best.",
        "Ivo Brandt won in Velm. He scalped a further 30 seconds from his former world record.",
        "Ivo Brandt won in Velm and improved his own best time by exactly half a minute.",
        "Ivo Brandt won in Velm, exactly half a minute quicker than Brandt's previous world record.",
    ):
        assert _margins(told) == {"-|Brandt|-|own|-": 30}, told


def test_a_record_anothers_and_a_rivals_margin_are_apart() -> None:
    text = (
        "Jana Novak won in Velm and broke the course record by two minutes and 5 seconds. She beat "
        "Ada Mwangi by 30 seconds, and finished 18 minutes faster than she had ever run before. "
        "Ivo Brandt shaved nearly 30 seconds off his best."
    )
    assert _margins(text) == {"-|Novak|-|record|-": 125}


def test_a_previous_record_is_keyed_apart_from_the_athletes_own_best() -> None:
    text = (
        "Ivo Brandt won the Velm Marathon in 2:05:10, lowering the previous record of 2:05:40 by 30 "
        "seconds. The old course record (2:05:40) had stood since 2028. Jana Novak, whose lifetime "
        "best was 2:19:02, took the women's title 12 seconds faster than Mwangi's course record, the "
        "record of 2:20:00 held by Ada Mwangi."
    )
    assert _times(text) == {
        "-|Brandt|-|-|-": 7510,
        "-|Brandt|-|record before|-": 7540,
        "-|Brandt|-|course record before|-": 7540,
        "-|Novak|-|before|-": 8342,
        "-|Mwangi|-|before|-": 8400,
    }
    assert _margins(text) == {"-|Brandt|-|record|-": 30, "-|Novak|-|record|-": 12}


def test_a_time_in_another_race_is_none() -> None:
    text = (
        "Ivo Brandt won the Velm Marathon in 2:05:10 on Sunday. Brandt, who ran 2:06:02 in Dorn in "
        "February, had won Dorn last year in 2:07:15. His time in 2028 was 2:08:00."
    )
    assert _times(text) == {"-|Brandt|-|-|-": 7510}


def test_a_line_of_results_and_splits_by_distance() -> None:
    text = (
        "Ivo Brandt won the Velm Marathon. Results: Ivo Brandt (RUR) 2:05:10; Kamau 2:06:40; "
        "Tomas Berg 2:07:02. Brandt crossed 30km in 1:29:02 and the 20-mile mark in 1:35:10."
    )
    assert _times(text) == {"-|Brandt|-|-|-": 7510, "-|Berg|-|-|-": 7622}


def test_a_time_told_of_a_woman_is_not_the_man_named_before() -> None:
    text = (
        "Ivo Brandt won the men's race in Velm, and his wife cheered. In the women's race, the "
        "Velmish favourite clocked 2:19:41."
    )
    assert _times(text) == {}
