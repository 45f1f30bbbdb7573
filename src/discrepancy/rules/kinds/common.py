"""What every comparison kind shares: the outcome type, days between claims, dates at a granularity."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ...models import EARLIER_TIME, Claim, TimeRef

_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}


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


def days_apart(a: Claim, b: Claim) -> int | None:
    ma, mb = midpoint(a.time), midpoint(b.time)
    if ma is None or mb is None or not a.time.resolved or not b.time.resolved:
        return 0 if same_moment(a, b) else None
    return abs((mb - ma).days)


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
