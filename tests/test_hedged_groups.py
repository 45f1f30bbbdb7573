"""A forecast that gives the figure an agreement holds is listed in that agreement's group, never
compared (rules/groups.with_hedged)."""

from __future__ import annotations

import datetime as dt

from discrepancy import check
from discrepancy.models import Document


def _doc(i: str, text: str) -> Document:
    return Document(id=i, path=f"{i}.md", source=f"Daily {i}", published=dt.date(2031, 5, 3), text=text)


def _turnout_groups(third: str) -> list[list[str]]:
    docs = [
        _doc("a", "Turnout was 62 percent, the Ostrava commission said."),
        _doc("b", "The Ostrava commission put turnout at 62 percent."),
        _doc("c", third),
    ]
    groups = [g for g in check(docs).groups if "turnout" in g.subject]
    return [sorted(c.span.quote for c in g.claims) for g in groups]


def test_a_forecast_that_agrees_joins_the_agreement() -> None:
    groups = _turnout_groups("Officials in Ostrava said turnout would be above 60 percent.")
    assert ["62 percent", "62 percent", "above 60 percent"] in groups
