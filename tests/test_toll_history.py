"""A toll told over time: the figures an article tells as earlier ones, and the level a revision reached.

"Initially, rescuers put the toll at 30" is a figure of an earlier time: it keeps its subject, so it
is listed with the toll's other figures, but no day is known for it and it is never set against the
article's current figure (docs/semantics.md, "Running totals"). "The toll was revised from 61 to 48"
gives the level reached, 48, as the toll."""

from __future__ import annotations

from discrepancy import check, extract
from discrepancy.models import EARLIER_TIME, Document

_DAY = "2031-05-06"


def _quantities(text: str) -> dict[str, tuple[str, str | None, str]]:
    """Each figure's quote: its subject, the day it holds for, and how its time was told."""
    return {
        c.span.quote: (c.subject, c.time.start.isoformat() if c.time.start else None, c.time.expression or "")
        for c in extract(text, published=_DAY)
        if c.kind == "quantity"
    }


def _doc(name: str, text: str) -> Document:
    return Document(id=name, path=f"{name}.md", text=text, published=_DAY)


def test_an_earlier_figure_keeps_its_subject_at_an_earlier_time() -> None:
    got = _quantities("The Velmor mine collapse killed 42 people. Earlier, a rescuer had put the number of dead at 30.")
    subject, day, told = got["30"]
    assert subject == got["42 people"][0]
    assert day is None and told == EARLIER_TIME


def test_an_earlier_figure_is_listed_with_the_toll_but_never_set_against_it() -> None:
    docs = [
        _doc("a", "The Velmor mine collapse killed 42 people. Initially, rescuers put the number of dead at 30."),
        _doc("b", "The Velmor mine collapse killed 42 people, officials said."),
    ]
    report = check(docs)
    assert not [f for f in report.findings if f.severity in ("error", "warning")]
    quotes = {c.span.quote for g in report.groups for c in g.claims}
    assert "30" in quotes


def test_the_figure_a_toll_was_revised_from_is_earlier_and_after_saying_too() -> None:
    got = _quantities("After saying there were 61 dead, the agency lowered the toll of the Karsk ferry sinking.")
    assert got["61 dead"][2] == EARLIER_TIME


def test_a_date_before_the_earlier_words_dates_the_correction_not_the_earlier_figure() -> None:
    got = _quantities(
        "Officials on Sunday announced a corrected toll of 48, after it was wrongly reported that 61 people died."
    )
    assert got["61 people"][1] is None
    assert got["61 people"][2] == EARLIER_TIME


def test_an_earlier_figure_with_its_own_date_holds_at_that_date() -> None:
    got = _quantities("The Karsk ferry sinking killed 48 people. The previous toll stood at 30 as of May 3.")
    assert got["30"][0] == got["48 people"][0]
    assert got["30"][1] == "2031-05-03"


def test_a_revision_from_one_figure_to_another_gives_the_level_reached() -> None:
    got = _quantities("The death toll of the Karsk ferry sinking was revised from 61 to 48.")
    assert got["48"][0].startswith("quantity:deaths|people")
    got = _quantities("The ministry said the number of deaths was revised, cutting the original 61 to 48.")
    assert got["48"][0].startswith("quantity:deaths|people")
    got = _quantities("The death toll in the Karsk floods rose from 1,200 to 3,400.")
    assert got["3,400"][0].startswith("quantity:deaths|people")
    # with no verb of change, "from X to Y" is still a range
    got = _quantities("From 5 to 7 million people were affected by the Karsk floods.")
    assert "From 5 to 7 million people" in got
