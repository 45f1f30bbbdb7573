"""The weekend an article tells with no word of direction ("the dam burst over the weekend", "at the
weekend", "the weekend rupture of the dam"): the last one on or before the article's day, Saturday
and Sunday. One told as coming ("will reopen at the weekend") is not read."""

from __future__ import annotations

import datetime as dt

from ..grammar import section
from ..models import TimeRef
from ..read.literal_gate import gated
from .dates import DateMention

G = section("weekends")

_THE_WEEKEND = gated(G.re("the_weekend"), ("weekend",))
_COMING = G.re("coming")
_COMING_REACH = 60  # characters before the weekend where a word of a time to come stands


def with_weekends(text: str, start: int, dates: list[DateMention], published: dt.date | None) -> list[DateMention]:
    """``dates`` and the weekends told as "the weekend" in ``text[start:]`` that no date there covers."""
    if published is None:
        return dates
    found = []
    for m in _THE_WEEKEND.finditer(text, start):
        at, end = m.span("w")
        if any(d.start < end and at < d.end for d in dates) or _told_coming(text, at):
            continue
        found.append(DateMention(at, end, _last_weekend(published, text[at:end]), assumed=True))
    return sorted([*dates, *found], key=lambda d: d.start) if found else dates


def _told_coming(text: str, at: int) -> bool:
    lo = max(0, at - _COMING_REACH)
    stop = max(text.rfind(".", lo, at), text.rfind("\n", lo, at))
    return bool(_COMING.search(text, max(lo, stop + 1), at))


def _last_weekend(published: dt.date, expr: str) -> TimeRef:
    """Saturday and Sunday of the last weekend on or before ``published`` (a Sunday article's is
    its own weekend)."""
    saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
    return TimeRef(start=saturday, end=saturday + dt.timedelta(days=1), granularity="week", expression=expr)  # type: ignore[arg-type]
