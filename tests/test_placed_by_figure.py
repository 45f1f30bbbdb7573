"""A figure of an undated article, placed at a day of its story, joins the day whose group gives it."""

from __future__ import annotations

import datetime as dt

from discrepancy import extract
from discrepancy.lexicon import load_lexicon
from discrepancy.models import Claim
from discrepancy.rules.groups import by_day

_TEXT = "After the heatwave in Velm, {n} pilgrims were being treated in hospitals, the minister said."


def _claim(n: int, path: str, published: str, placed: bool = False) -> Claim:
    (c,) = extract(_TEXT.format(n=n), published=published, source=path, path=path)
    return c.model_copy(update={"time_inferred": placed}) if placed else c


def _days(claims: list[Claim]) -> list[set[tuple[str, float]]]:
    ordered = sorted(claims, key=lambda c: (c.time.start or dt.date.min, c.document))
    return [{(c.document, c.quantity.figure) for c in part} for part in by_day(ordered, load_lexicon(), set())]


def test_an_undated_figure_joins_the_day_that_gives_it() -> None:
    claims = [
        _claim(95, "a.md", "2031-06-23"),
        _claim(40, "c.md", "2031-06-26"),
        _claim(95, "b.md", "2031-06-26", True),
    ]
    assert {("a.md", 95.0), ("b.md", 95.0)} in _days(claims)


def test_a_dated_figure_keeps_its_day() -> None:
    claims = [_claim(95, "a.md", "2031-06-23"), _claim(40, "c.md", "2031-06-26"), _claim(95, "b.md", "2031-06-26")]
    assert {("a.md", 95.0)} in _days(claims)
