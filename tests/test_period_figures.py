"""A figure for a week or a month ("in February") meets figures told in the days just after it: a
month's statistic is published in the next month's first days, and a rival figure told then with
no period of its own is as near it as the month's last day (``kinds.common.days_to_period``)."""

from __future__ import annotations

from discrepancy import check
from discrepancy.models import Document

_OFFICIAL = "Annual inflation in Korvenia rose to 12.4% in February, the statistics office said."
_RIVAL = "The independent Velda Group put annual inflation in Korvenia at 19.8% on Thursday."


def _doc(name: str, published: str, text: str) -> Document:
    return Document(id=name, path=f"{name}.md", source=f"Daily {name}", published=published, text=text)


def _flagged(*docs: Document) -> list[str]:
    return [f.rule for f in check(list(docs)).findings if f.severity in ("error", "warning")]


def test_a_month_s_figure_meets_a_rival_told_days_after_it() -> None:
    official = _doc("a", "2031-03-02", _OFFICIAL)
    rival = _doc("b", "2031-03-02", _RIVAL)
    assert _flagged(official, rival) == ["measure-interval-conflict"]


def test_one_article_gives_the_official_and_the_rival_figure_of_one_month() -> None:
    # the rival's "on Thursday" dates the statement, not a second moment of the article
    assert _flagged(_doc("a", "2031-03-02", f"{_OFFICIAL} {_RIVAL}")) == ["measure-interval-conflict"]


def test_a_month_s_figure_is_not_a_day_s_weeks_later() -> None:
    official = _doc("a", "2031-03-02", _OFFICIAL)
    later = _doc("b", "2031-03-30", "Annual inflation in Korvenia stood at 19.8%, the central bank said.")
    assert _flagged(official, later) == []


def test_two_months_figures_are_not_compared() -> None:
    earlier = _doc("a", "2031-03-02", "Annual inflation in Korvenia was 11.1% in January, the statistics office said.")
    assert _flagged(earlier, _doc("b", "2031-03-02", _OFFICIAL)) == []
