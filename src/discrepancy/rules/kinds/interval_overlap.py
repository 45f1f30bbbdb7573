"""Interval overlap: two figures for the same subject at about the same time must be able to be
true together. A qualifier makes an interval ("more than X" is above X but near it; "tens of
thousands" is 10,000-99,999); a bare figure carries its rounding. Disjoint intervals conflict.
Two bare figures that diverge are reported at ``figure_severity`` (divergent figures), intervals
that cannot meet at the rule's severity."""

from __future__ import annotations

from typing import Any

from ...lexicon import Lexicon
from ...models import Claim, QuantityValue
from .common import Outcome, days_to_period, fmt, placed_only

PARAMS: dict[str, type | tuple[type, ...]] = {
    "window_days": int,
    "round_tolerance": (int, float),
    "about_tolerance": (int, float),
    "open_span": (int, float, type(None)),  # none: "more than X" has no upper bound
    "nearly_span": (int, float),
    "figure_severity": str,
    "far_factor": (int, float, type(None)),  # none: an open-ended figure is never "far" from another
}

OPEN_ABOVE = ("more_than", "at_least")


def far_apart(qa: QuantityValue, qb: QuantityValue, p: dict[str, Any]) -> str | None:
    """'At least 30' set against 90 the same day: the intervals meet (no upper bound), but an
    editor would not call that agreement. The working when one figure is open above and the
    other's is more than ``far_factor`` times it, else None."""
    factor = p["far_factor"]
    if factor is None:
        return None
    for x, y in ((qa, qb), (qb, qa)):
        if x.qualifier in OPEN_ABOVE and y.qualifier not in OPEN_ABOVE and x.figure > 0:
            low = y.figure
            if low > float(factor) * x.figure:
                return f"{fmt(low)} is more than {factor} times {fmt(x.figure)}"
    return None


def interval(q: QuantityValue, p: dict[str, Any]) -> tuple[float, float]:
    """The values a statement allows, in the measure's base unit."""
    x = q.figure
    # a round figure ("100,000") is read as within round_tolerance of itself, not +-50,000;
    # a figure to its last unit ("48 km") carries half that unit
    rounding = min(q.ulp / 2, float(p["round_tolerance"]) * abs(x)) if q.round_figure else q.ulp / 2
    if q.unit is None and q.ulp == 1:
        rounding = 0.0  # a count to the unit is that whole number: 1,175 is not 1,174.5
    else:
        rounding *= 1 - 1e-9  # what rounds to 1,170 is [1,165, 1,175): 1,175 itself rounds up
    about = max(float(p["about_tolerance"]) * abs(x), rounding)
    span = float("inf") if p["open_span"] is None else float(p["open_span"]) * abs(x)
    qual = q.qualifier
    if qual == "vague" and q.low is not None and q.high is not None:
        return q.low, q.high
    if qual == "range":
        # a range's ends are the writer's own bounds ("between 500 and 700"): round ends carry no
        # rounding of their own, so 750 lies outside it; "40-odd" (ends to the unit) keeps its own
        slack = 0.0 if q.round_figure else rounding
        return x - slack, (q.figure2 if q.figure2 is not None else x) + slack
    if qual == "about":
        return x - about, x + about
    if qual == "more_than":
        return x + 1e-9 * max(1.0, abs(x)), x + span
    if qual == "at_least":
        return x, x + span
    if qual == "nearly":
        return x - float(p["nearly_span"]) * abs(x), x
    if qual in ("up_to", "fewer_than"):
        return max(x - span, 0.0) if x >= 0 else x - span, x
    if q.unit == "percent" and q.ulp >= 1 and not q.round_figure:
        return x - rounding, x + q.ulp - 1e-9  # a whole percent may be cut, not rounded: "85%" for 85.51%
    return x - rounding, x + rounding


def describe(q: QuantityValue, iv: tuple[float, float]) -> str:
    unit = f" {q.unit}" if q.unit else ""
    return f"[{fmt(iv[0])}, {fmt(iv[1])}]{unit}"


_CONVERTED = 0.005  # relative slack between two physical measures (not counts, shares or money)


# shares and durations are stated as counted ("16 minutes", "six weeks"), not converted from
# another unit: 16 and 17 minutes disagree, and race times to the second (2:19:41 and 2:19:14)
_STATED_UNITS = frozenset({"percent", "hour", "second"})


def _physical(unit: str | None) -> bool:
    """A unit of length, area, mass...: not a count (None), a share (percent), a duration (hours)
    or a currency (ISO codes, upper case), which are stated, not converted."""
    return unit is not None and unit not in _STATED_UNITS and not unit.isupper()


def _converted(iv: tuple[float, float]) -> tuple[float, float]:
    """``iv`` widened by ``_CONVERTED`` of its bounds: a measure is often converted from another
    unit and rounded by its writer (a 299.9 m ship is "984-foot" in one outlet, "985-foot" and
    "almost 300 metres" in others), a looseness of well under one percent that no qualifier
    states. Counts, shares and sums of money are stated, not converted, and get none: 1,170 and
    1,175 dead, or 5 and 6 percent of the staff, disagree."""
    low, high = iv
    return low - abs(low) * _CONVERTED, high + abs(high) * _CONVERTED


def compare(a: Claim, b: Claim, p: dict[str, Any], lex: Lexicon) -> Outcome | None:
    qa, qb = a.quantity, b.quantity
    if qa is None or qb is None or qa.unit != qb.unit:
        return None
    days = days_to_period(a, b)
    if days is None or days > int(p["window_days"]):
        return None
    measure = a.subject.split("|", 1)[0].removeprefix("quantity:")
    if measure in lex.measure_classes.get("only_rises", ()) and (placed_only(a) or placed_only(b)):
        # a fire's containment only rises: a figure whose day is only its undated article's
        # placing may be of any day of its story, so a different figure is another day's
        return Outcome(
            False, f"{a.span.quote!r} and {b.span.quote!r}: {measure} only rises; an undated article's day is unknown"
        )
    ia, ib = interval(qa, p), interval(qb, p)
    if _physical(qa.unit):
        ia, ib = _converted(ia), _converted(ib)
    overlap = ia[0] <= ib[1] and ib[0] <= ia[1]
    working = (
        f"{a.span.quote!r} -> {describe(qa, ia)}; {b.span.quote!r} -> {describe(qb, ib)}; "
        f"{'overlap' if overlap else 'disjoint'}; {days} day(s) apart (window {p['window_days']})"
    )
    if overlap:
        far = far_apart(qa, qb, p) if days == 0 else None
        if far is not None:
            return Outcome(
                True, f"{working}; {far}", "warning", "far apart: an open-ended figure and a much larger one"
            )
        return Outcome(False, working)
    both_bare = qa.qualifier == "exact" and qb.qualifier == "exact"
    reason = "divergent figures" if both_bare else "the stated ranges cannot both be true"
    return Outcome(True, working, str(p["figure_severity"]) if both_bare else None, reason)
