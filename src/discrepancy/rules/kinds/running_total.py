"""Running totals (a death toll since 2014, a disaster's toll so far) may grow with time but never
shrink, and only at a plausible pace: the pace so far (figure / days since the start) times
``pace_factor``. Figures stated the same way ("more than 13,000" vs "more than 14,000") are compared
on the figures; otherwise on their intervals.

A fresh total (its start unknown, or less than ``settled_after_days`` before it) climbs by the hour
in a disaster's first days: two sources' different figures for the same day are a warning ("may be
successive updates"), and a total that shrinks from one day to a later one is flagged. Two totals
on the same day in one article, or of a settled total (a war's toll since 2014), must agree. An
open-ended total ("at least 30") set against one more than ``far_factor`` times as large the same
day is a warning ("far apart")."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ...lexicon import Lexicon
from ...models import Claim
from . import interval_overlap
from .common import Outcome, days_apart, fmt, midpoint

_UPDATES = "different totals for the same day from two sources (may be successive updates)"

PARAMS: dict[str, type | tuple[type, ...]] = {
    **interval_overlap.PARAMS,
    "pace_factor": (int, float),
    "same_day_days": int,
    "settled_after_days": int,
}


def compare(a: Claim, b: Claim, p: dict[str, Any], lex: Lexicon) -> Outcome | None:
    del lex
    qa, qb = a.quantity, b.quantity
    if qa is None or qb is None or qa.unit != qb.unit:
        return None
    days = days_apart(a, b)
    ma, mb = midpoint(a.time), midpoint(b.time)
    if days is None:
        return None
    if ma is None or mb is None:  # one undated article's two totals: the same moment
        ma = mb = a.published or dt.date.min
    if mb < ma:
        a, b, qa, qb, ma, mb = b, a, qb, qa, mb, ma
    same_way = qa.qualifier == qb.qualifier
    if same_way:
        lo_a = hi_a = qa.figure
        lo_b = hi_b = qb.figure
        slack = max(qa.ulp, qb.ulp) / 2 if qa.qualifier == "exact" else 0.0
    else:
        lo_a, hi_a = interval_overlap.interval(qa, p)
        lo_b, hi_b = interval_overlap.interval(qb, p)
        slack = 0.0
    head = f"{a.span.quote!r} ({ma}) then {b.span.quote!r} ({mb}), {days} day(s) later"
    starts = [d for d in (a.time.since, b.time.since) if d is not None]
    settled = bool(starts) and (ma - min(starts)).days >= int(p["settled_after_days"])
    same_day = days <= int(p["same_day_days"])
    # the same day: the stated ranges must meet ("at least 211" and "at least 217" do)
    ia, ib = interval_overlap.interval(qa, p), interval_overlap.interval(qb, p)
    # "dozens killed" beside a source's "at least 200" in one article: the article's manner of
    # speaking, not a second count of its own
    loose = same_day and a.document == b.document and "vague" in (qa.qualifier, qb.qualifier)
    if same_day and (ib[1] < ia[0] or ia[1] < ib[0]):
        if loose:
            return None
        gap = max(ia[0] - ib[1], ib[0] - ia[1])
        if not settled and a.document != b.document:
            # a fresh toll climbs by the hour: two sources' figures for one day may be two updates,
            # but an editor still wants to see them side by side
            return Outcome(True, f"{head}: {fmt(gap)} apart on the same day", "warning", _UPDATES)
        return Outcome(True, f"{head}: {fmt(gap)} apart on the same day", None, "two totals for the same day")
    far = interval_overlap.far_apart(qa, qb, p) if same_day else None
    if far is not None:
        return Outcome(True, f"{head}: {far}", "warning", "far apart: an open-ended figure and a much larger one")
    # never shrinks: the later total must reach the earlier one (on one day, which came first is
    # unknown, and two figures whose ranges meet can both be true: "at least 80", "at least 330")
    if not same_day and hi_b + slack < lo_a:
        if "vague" in (qa.qualifier, qb.qualifier):  # "scores of homes" is an impression, not a tally
            return Outcome(False, f"{head}: a manner of speaking is no total that can shrink")
        return Outcome(True, f"{head}: {fmt(hi_b)} < {fmt(lo_a)}", "error", "a running total cannot shrink")
    growth = lo_b - hi_a
    if growth <= slack:
        return Outcome(False, f"{head}: no growth beyond rounding ({fmt(max(growth, 0.0))})")
    if not starts:
        return Outcome(False, f"{head}: grew by {fmt(growth)}; start unknown, so any pace is possible")
    if not settled:
        return Outcome(False, f"{head}: grew by {fmt(growth)}; a fresh toll may grow at any pace")
    start = min(starts)
    elapsed = max(1, (ma - start).days)
    pace = hi_a / elapsed
    allowed = pace * days * float(p["pace_factor"])
    working = (
        f"{head}: grew by {fmt(growth)}; pace so far {fmt(hi_a)} / {elapsed} days since {start} = "
        f"{pace:.1f} a day; at most {fmt(allowed)} in {days} days (x{p['pace_factor']})"
    )
    if growth > allowed:
        return Outcome(True, working, None, "the total grew faster than is plausible")
    return Outcome(False, working)
