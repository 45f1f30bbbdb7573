"""A toll dated by the day it was stated, and an article that tells its own revision.

"The rail ministry on Monday said 140 had died" dates the toll on Monday: the day is the statement's,
not the start of a count. An article that gives Monday's 140 and Tuesday's 152 tells a history
and does not contradict itself; one that gives Monday's 140 and Tuesday's lowered 131 tells a toll
that fell, which a toll that only grows cannot do: the two figures are a finding, as they are when
another outlet gives the 140."""

from __future__ import annotations

import datetime as dt

from discrepancy import check, extract
from discrepancy.models import Document

_PUBLISHED = "2031-03-05"  # a Wednesday


def _times(text: str) -> dict[str, tuple[dt.date | None, dt.date | None]]:
    return {c.span.quote: (c.time.start, c.time.since) for c in extract(text, published=_PUBLISHED) if c.quantity}


def test_a_day_before_its_speech_verb_dates_the_toll() -> None:
    times = _times("The rail ministry on Monday said that 140 people had died in the derailment.")
    assert times["140 people"] == (dt.date(2031, 3, 3), None)


def test_a_day_of_the_occurrence_still_starts_the_count() -> None:
    times = _times("The derailment on Monday has killed 140 people, the rail ministry said.")
    assert times["140 people"][1] == dt.date(2031, 3, 3)


def _flagged(*docs: Document) -> list[tuple[str, str]]:
    return [
        (f.claim.span.quote, o.span.quote)
        for f in check(list(docs)).findings
        if f.severity in ("error", "warning")
        for o in f.conflicts_with
    ]


_TOLD = (
    "The rail ministry on Monday said that 140 people had died in the derailment. On Tuesday "
    "officials lowered the derailment's toll to 131, saying some victims had been counted twice."
)


def test_an_article_whose_toll_rises_does_not_contradict_itself() -> None:
    text = (
        "The rail ministry on Monday said that 140 people had died in the derailment. On Tuesday "
        "officials raised the derailment's toll to 152 as more bodies were found."
    )
    assert _flagged(Document(id="a", path="a.md", text=text, published=_PUBLISHED)) == []


def test_an_article_whose_toll_falls_is_a_finding() -> None:
    pairs = _flagged(Document(id="a", path="a.md", text=_TOLD, published=_PUBLISHED))
    assert [sorted(p) for p in pairs] == [["131", "140 people"]]


def test_a_count_that_falls_without_a_running_total_is_not_flagged() -> None:
    text = (
        "On Monday rescuers said 140 people were missing after the derailment. On Tuesday the "
        "number of people missing fell to 31 as survivors were traced."
    )
    assert _flagged(Document(id="a", path="a.md", text=text, published=_PUBLISHED)) == []


def test_another_outlets_earlier_figure_still_meets_the_lowered_one() -> None:
    other = Document(
        id="b", path="b.md", text="The derailment killed 140 people, the rail ministry said.", published="2031-03-03"
    )
    pairs = _flagged(Document(id="a", path="a.md", text=_TOLD, published=_PUBLISHED), other)
    assert sorted(sorted(p) for p in pairs)[0] == ["131", "140 people"]
