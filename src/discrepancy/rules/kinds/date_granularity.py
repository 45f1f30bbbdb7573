"""Dates of one occurrence ("the quake struck on Monday" vs "on Tuesday") must agree at the
granularity both give."""

from __future__ import annotations

import re
from typing import Any

from ...lexicon import Lexicon
from ...models import PUBLICATION_DATE, Claim
from .common import Outcome, same_at_shared_granularity

PARAMS: dict[str, type | tuple[type, ...]] = {
    "clock_minutes": int,
    "about_minutes": int,
    "about_hour_minutes": int,
    "about_half_hour_minutes": int,
    "apart_days": int,
    "shortly_minutes": int,
    "year_off_years": int,
    "recurring_acts": list,
}

_MINUTES = re.compile(r"\d[:.]\d\d|\b[012]\d[0-5]\d\b")  # "11:11 p.m.", "2.30pm", "1700 GMT": to the minute
_ABOUT = re.compile(r"(?i)^(?:about|around|approx|roughly|circa|some)\b")  # the quote opens on its "about"
_SOON_AFTER = re.compile(r"(?i)^(?:(?:shortly|just|soon|not\s+long|a\s+little)\s+after|just\s+past)\b")
_SOON_BEFORE = re.compile(r"(?i)^(?:shortly|just|soon|not\s+long|a\s+little)\s+before\b")
# a day told only from the article's own day, with no weekday or date of its own to check it by
_FROM_ITS_DAY = re.compile(
    r"(?i)^(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening|week)|last\s+(?:night|week)|earlier\s+this\s+week)$"
)


def _clock(c: Claim, p: dict[str, Any]) -> tuple[int, int]:
    """The minutes a stated time of day allows: "at 11 pm" is the hour from 23:00 to 23:59, "around
    7 pm" half an hour either side of 19:00, "around 10:30 a.m." (a time rounded to the half hour)
    a quarter of an hour either side, "about 1:25 a.m." a minute either side; "shortly after 7.30
    pm" (or "just before") the ``shortly_minutes`` after (or before) it."""
    assert c.time.clock is not None
    if _SOON_AFTER.match(c.span.quote):  # "shortly after 7.30 pm": from 7:30 to 8 p.m.
        return c.time.clock, c.time.clock + p["shortly_minutes"]
    if _SOON_BEFORE.match(c.span.quote):
        return c.time.clock - p["shortly_minutes"], c.time.clock
    to_minute = bool(_MINUTES.search(c.span.quote))
    if _ABOUT.match(c.span.quote):
        spread = p["about_hour_minutes"]
        if to_minute:
            spread = p["about_half_hour_minutes"] if c.time.clock % 30 == 0 else p["about_minutes"]
        return c.time.clock - spread, c.time.clock + spread
    return c.time.clock, c.time.clock + (0 if to_minute else 59)


def _clock_gap(a: Claim, b: Claim, p: dict[str, Any]) -> int:
    (a0, a1), (b0, b1) = _clock(a, p), _clock(b, p)
    return max(0, a0 - b1, b0 - a1)


def _day_unknown(c: Claim) -> bool:
    """A time of day whose day is only its article's date (read days later, it has no day)."""
    return c.time.clock is not None and c.time.expression == PUBLICATION_DATE


def _placed_guess(c: Claim) -> bool:
    """A day an undated article tells only from its own day ("today", "last week"): it is where
    its story placed the article, a guess no other article's date can refute."""
    return c.time_inferred and bool(_FROM_ITS_DAY.match((c.time.expression or "").strip()))


def _days_apart(a: Claim, b: Claim) -> int:
    ta, tb = a.time, b.time
    if ta.start is None or ta.end is None or tb.start is None or tb.end is None:
        return 0
    return max(0, (tb.start - ta.end).days, (ta.start - tb.end).days)


def _year_off(a: Claim, b: Claim, p: dict[str, Any]) -> bool:
    """Two days of the same month and day a year or two apart ("February 3, 2021" and "Feb. 3,
    2023"): one occurrence with its year mistold, not two occurrences on one day of the year."""
    ta, tb = a.time, b.time
    if ta.start is None or tb.start is None or ta.start != ta.end or tb.start != tb.end:
        return False
    years = abs(ta.start.year - tb.start.year)
    return (ta.start.month, ta.start.day) == (tb.start.month, tb.start.day) and 0 < years <= p["year_off_years"]


def compare(a: Claim, b: Claim, p: dict[str, Any], lex: Lexicon) -> Outcome | None:
    del lex
    clocks = a.time.clock is not None and b.time.clock is not None
    if not clocks and (_day_unknown(a) or _day_unknown(b)):
        return None  # "the crash came at 7 pm" and "the crash on Friday": no day to compare
    if clocks and PUBLICATION_DATE in (a.time.expression, b.time.expression):
        # a time of day whose day is only the article's date ("the quake struck at 11 pm", read
        # days later): the clocks are compared, the days are not known
        gap = _clock_gap(a, b, p)
        working = f"{a.span.quote!r} vs {b.span.quote!r}: {gap} minute(s) apart (tolerance {p['clock_minutes']})"
        if gap > p["clock_minutes"]:
            return Outcome(True, working, None, "different times of day for the same event")
        return Outcome(False, working)
    if _days_apart(a, b) > p["apart_days"] and not _year_off(a, b, p):
        return None  # months apart: two occurrences of a kind (February's quake, September's), not one
    same = same_at_shared_granularity(a.time, b.time)
    if same is None:
        return None
    working = f"{a.time.label()} vs {b.time.label()} (compared by {same[1]})"
    if same[0] and clocks:
        # two clock times of one day: "at 1:27 a.m." and "at 1:29 a.m." are two minutes apart
        gap = _clock_gap(a, b, p)
        working += f"; {gap} minute(s) apart (tolerance {p['clock_minutes']})"
        if gap > p["clock_minutes"]:
            return Outcome(True, working, None, "different times of day for the same event")
    if same[0]:
        return Outcome(False, working)
    if a.document != b.document and (_placed_guess(a) or _placed_guess(b)):
        return None  # "today" in an undated article: the day its story placed it at, not a day it tells
    if _act(a) in p["recurring_acts"]:
        return None  # "Velmco said on Wednesday" and "on Thursday": two statements, both true
    return Outcome(True, working, None, "different dates for the same occurrence")


def _act(c: Claim) -> str:
    """The act of a clause's date key ("date:say/velmco" -> "say")."""
    return c.subject.removeprefix("date:").split("/", 1)[0]
