"""What every comparison kind shares: the outcome type, days between claims, dates at a granularity."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ...models import EARLIER_TIME, PUBLICATION_DATE, Claim, TimeRef

_ORDER = {"day": 0, "week": 1, "month": 2, "quarter": 3, "half": 4, "year": 5}


@dataclass
class Outcome:
    conflict: bool
    arithmetic: str  # the working that decided it, in words a person can check
    severity: str | None = None  # overrides the rule's severity (e.g. divergent bare figures)
    reason: str = ""


def midpoint(t: TimeRef) -> dt.date | None:
    if t.start is None or t.end is None:
        return t.start
    return t.start + (t.end - t.start) / 2


def same_moment(a: Claim, b: Claim) -> bool:
    """One article is one moment: two of its claims that state no time of their own (an undated
    article's figures) hold at the same time, whatever its date."""
    unstated = (a.time.start is None or not a.time.resolved) and (b.time.start is None or not b.time.resolved)
    # ... but figures it tells of earlier times ("the previous toll", "at the time") are of no
    # moment it gives: two of them may be two updates
    earlier = EARLIER_TIME in (a.time.expression, b.time.expression)
    return a.document == b.document and unstated and not earlier


def placed_only(c: Claim) -> bool:
    """The claim's day is only the day its undated article was placed at: it states none of its own."""
    return c.time_inferred and c.time.expression == PUBLICATION_DATE


def days_apart(a: Claim, b: Claim) -> int | None:
    ma, mb = midpoint(a.time), midpoint(b.time)
    if ma is None or mb is None or not a.time.resolved or not b.time.resolved:
        return 0 if same_moment(a, b) else None
    return abs((mb - ma).days)


PERIOD_DAYS = 93  # a week, a month or a quarter: a period a day's figure may be told in or just after


def period_span(t: TimeRef) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a week, a month or a quarter: a resolved time of more than one day
    and less than ``PERIOD_DAYS``; None for a day, a longer period or a time not known."""
    if not t.resolved or t.start is None or t.end is None:
        return None
    return (t.start, t.end) if 0 < (t.end - t.start).days < PERIOD_DAYS else None


def one_day(t: TimeRef) -> dt.date | None:
    """The day a time is, when it is one day."""
    return t.start if t.start is not None and t.start == t.end else None


def days_to_period(a: Claim, b: Claim) -> int | None:
    """Days between two claims as :func:`days_apart` counts them, except a day and a period of up
    to a quarter ("in October", "for the first quarter"): from the day to the period's nearer end,
    0 within it. A month's
    figure is told in the days after it ends ("inflation was 85% in October", told on 3 November),
    and a figure told then without a period of its own is as near it as the month's last day."""
    days = days_apart(a, b)
    if days is None or not (a.time.resolved and b.time.resolved):
        return days
    for x, y in ((a, b), (b, a)):
        day, span = one_day(x.time), period_span(y.time)
        if day is not None and span is not None:
            start, end = span
            return max((start - day).days, (day - end).days, 0)
    return days  # two days, two periods, or a period longer than a month: their midpoints


def same_at_shared_granularity(a: TimeRef, b: TimeRef) -> tuple[bool, str] | None:
    """Compare two resolved dates at the coarser of their granularities ('2014' vs 'March 2014'
    agree). None when either is unknown."""
    if not (a.resolved and b.resolved and a.start and b.start and a.end and b.end):
        return None
    ga, gb = a.granularity or "day", b.granularity or "day"
    coarse = ga if _ORDER[ga] >= _ORDER[gb] else gb
    if coarse == "year":
        same = a.start.year == b.start.year or (a.start <= b.end and b.start <= a.end)
    elif coarse == "month":
        same = (a.start.year, a.start.month) == (b.start.year, b.start.month) or (a.start <= b.end and b.start <= a.end)
    else:
        same = a.start <= b.end and b.start <= a.end
    return same, coarse


def fmt(x: float | None) -> str:
    if x is None or x in (float("inf"), float("-inf")):
        return "open"
    if abs(x - round(x)) < 1e-9:
        return f"{int(round(x)):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")
