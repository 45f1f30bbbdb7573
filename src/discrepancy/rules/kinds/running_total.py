"""Running totals (a death toll since 2014, a disaster's toll so far) may grow with time but never
shrink, and only at a plausible pace: the pace so far (figure / days since the start) times
``pace_factor``. Figures stated the same way ("more than 13,000" vs "more than 14,000") are compared
on the figures; otherwise on their intervals.

A fresh total (its start unknown, or less than ``settled_after_days`` before it) climbs by the hour
in a disaster's first days: two sources' different figures for the same day are a warning ("may be
successive updates"), and a total that shrinks from one day to a later one is flagged. Two totals
on the same day in one article, or of a settled total (a war's toll since 2014), must agree. An
open-ended total ("at least 30") set against one more than ``far_factor`` times as large the same
day is a warning ("far apart").

An undated article placed in its story may be from any of the story's days: its fresh total set
against another outlet's is flagged only when successive updates cannot explain the two (more than
``undated_far_factor`` apart, the lower at least ``undated_far_floor``, or the lower one told as a
revision down), and never when its
higher figure is told as reached by a rise ("has climbed to 130"); see :func:`_undated`."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ...grammar import section
from ...lexicon import Lexicon
from ...models import Claim
from . import interval_overlap
from .common import Outcome, days_apart, fmt, midpoint, placed_only

G = section("running_total")
_REVISED_DOWN = G.re("revised_down")
_TOLD_RISEN = G.re("told_risen")

_FAR = "too far apart for successive updates"
_REVISED = "a toll revised down"
_FELL = "a running total that fell: the undated article is of its placing or later"
_UPDATES = "different totals for the same day from two sources (may be successive updates)"

PARAMS: dict[str, type | tuple[type, ...]] = {
    **interval_overlap.PARAMS,
    "pace_factor": (int, float),
    "same_day_days": int,
    "settled_after_days": int,
    "undated_far_factor": (int, float),
    "undated_far_floor": (int, float),
}


def compare(a: Claim, b: Claim, p: dict[str, Any], lex: Lexicon) -> Outcome | None:
    del lex
    out = _compare(a, b, p)
    if out is None or not out.conflict or a.document == b.document or _settled(a, b, p):
        return out
    if placed_only(a) or placed_only(b):
        return _undated(a, b, p)
    return out


def _settled(a: Claim, b: Claim, p: dict[str, Any]) -> bool:
    """The total's start ("since 2014") is long before the later claim: it no longer climbs by the hour."""
    starts = [d for d in (a.time.since, b.time.since) if d is not None]
    ends = [m for m in (midpoint(a.time), midpoint(b.time)) if m is not None]
    return bool(starts) and bool(ends) and (min(ends) - min(starts)).days >= int(p["settled_after_days"])


def _compare(a: Claim, b: Claim, p: dict[str, Any]) -> Outcome | None:
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


def _undated(a: Claim, b: Claim, p: dict[str, Any]) -> Outcome:
    """Two fresh totals found at odds, one of an undated article placed in its story: it may be
    from any of the story's days, so which came first, and whether they are of one day, is unknown.
    Successive updates explain close figures; they do not explain figures far apart, nor a lower
    figure told as a revision down of the toll, nor a lower figure of the undated article when the
    other was told before the day it is placed at (it is of that day or later: the total fell). A higher figure of the undated article told as
    reached by a rise is a later stage, however far from the other."""
    ratio = _ratio(a, b, p)
    placed = next(c for c in (a, b) if placed_only(c))
    head = (
        f"{a.span.quote!r} and {b.span.quote!r}: {placed.span.quote!r} is of an undated article placed "
        f"at {placed.published}, so of any day of its story from then on; {ratio:.2f} times apart"
    )
    lower = min((a, b), key=lambda c: _closed(c, p)[0])
    vague = "vague" in (a.quantity.qualifier, b.quantity.qualifier)  # type: ignore[union-attr]
    higher = max((a, b), key=lambda c: _closed(c, p)[1])
    revised = _REVISED_DOWN.search(lower.span.sentence)
    if ratio > 1 and placed_only(lower) and not placed_only(higher) and _before(higher, lower):
        # the undated article is of its placing or later: a higher total told before then has fallen
        return Outcome(True, f"{head}; {higher.span.quote!r} was told before, so the total fell", "warning", _FELL)
    if placed_only(higher) and ratio > 1 and not revised and _told_risen(higher):  # both may be undated
        return Outcome(False, f"{head}: {higher.span.quote!r} is told as a rise, so later than the other")
    if placed_only(higher) and not placed_only(lower) and not revised and _before(higher, lower):
        # the dated lower total was told after the day the undated article is placed at, which may
        # be of any later day: a fresh toll grows from it at any pace ("four in Velm" on Friday, 46 later)
        return Outcome(False, f"{head}: {lower.span.quote!r} was told after that day, so it may come first")
    # a first report of a handful ("at least one dead") is a lower bound that tells no scale: a toll
    # grows from it by any factor; a handful counted ("three were found") is a tally all the same
    low = lower.quantity
    assert low is not None
    early = low.qualifier in interval_overlap.OPEN_ABOVE and (low.figure or 0) < float(p["undated_far_floor"])
    if ratio > float(p["undated_far_factor"]) and not vague and not early:  # "scores" is an impression
        return Outcome(True, f"{head} (more than x{p['undated_far_factor']})", "warning", _FAR)
    if ratio > 1 and revised:
        return Outcome(True, f"{head}; {lower.span.quote!r} is told as a revision down", "warning", _REVISED)
    return Outcome(False, f"{head}: successive updates may explain them")


def _before(a: Claim, b: Claim) -> bool:
    """``a``'s time ends before ``b``'s starts: a dated claim told before the day an undated article
    is placed at, or that day before a dated claim told later."""
    end, day = a.time.end or a.time.start, b.time.start
    return end is not None and day is not None and end < day


def _told_risen(c: Claim) -> bool:
    """The claim's figure is told as reached by a rise ("the toll has jumped to 150"): a later
    stage of the toll than the lower figures it meets, whichever day its undated article is from."""
    sentence = c.span.sentence
    for m in re.finditer(rf"(?<![\w.,]){re.escape(c.span.quote)}(?![\d])", sentence):
        if _TOLD_RISEN.search(sentence[: m.start()]):
            return True
    return False


def _ratio(a: Claim, b: Claim, p: dict[str, Any]) -> float:
    """How many times the larger figure's range is above the smaller's (1 when they meet); an
    open end ("at least 6") counts as its figure: a lower bound far below a count is far from it."""
    (la, ha), (lb, hb) = (_closed(c, p) for c in (a, b))
    if hb < la:
        return la / hb if hb > 0 else float("inf")
    if ha < lb:
        return lb / ha if ha > 0 else float("inf")
    return 1.0


def _closed(c: Claim, p: dict[str, Any]) -> tuple[float, float]:
    q = c.quantity
    assert q is not None
    low, high = interval_overlap.interval(q, p)
    return low, (q.figure if high == float("inf") else high)
