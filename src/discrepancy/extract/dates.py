"""Dates: absolute ones, and relative ones resolved against the article's publication date.

Every date keeps its granularity (day, week, month, year) as a closed interval of days. A relative
date in an article with no known publication date stays unresolved and says so; today's date is
never used.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

import regex as re

from ..models import TimeRef

MONTHS = (
    {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
    | {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
    | {"sept": 9}
)
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
UNITS = {
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
    "decade": "decade",
    "decades": "decade",
}
SMALL = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "several": 3,
    "a few": 3,
    "a couple of": 2,
}

_MON = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_N = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|a few|a couple of)"
_UNIT = r"(?:days?|weeks?|months?|years?|decades?)"

# A cheap gate: a date starts at a word that can begin one (a digit, a month, a weekday, a
# relative word); the full pattern is tried only there.
_GATE = (
    r"(?<![\w])(?=\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|last|next|this|past|coming|previous|earlier|later|early|late|yesterday|today|"
    r"tomorrow|tonight|that|the|in|within|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty|thirty|several))"
)
DATE_RE = re.compile(
    rf"""(?x)
    {_GATE}
    (?:
    (?P<iso>\b(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>[0-3]\d)\b)
  | (?P<mdy>\b(?P<m1>{_MON})\s+(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?\b)
  | (?P<dmy>\b(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MON})(?:,?\s+(?P<y2>{_YEAR}))?\b)
  | (?P<my>\b(?P<m3>{_MON})(?:\s+of)?,?\s+(?P<y3>{_YEAR})\b)
  | (?P<mrel>\b(?P<m4>(?:January|February|March|April|May|June|July|August|September|October|November|December))
        (?:\s+(?P<mref>last\s+year|this\s+year|next\s+year|that\s+year|the\s+same\s+year|the\s+previous\s+year))?\b)
  | (?P<ago>\b(?P<an>{_N})\s+(?P<au>{_UNIT})\s+(?P<adir>ago|earlier|before|later))\b
  | (?P<inn>\b(?:in|within)\s+(?P<inum>{_N})\s+(?P<iu>{_UNIT})(?:'|’)?(?:\s+time)?)\b
  | (?P<rel>\b(?P<rdir>last|next|this|past|coming|previous|earlier\s+this|later\s+this|early\s+this|late\s+last|earlier\s+last)\s+(?P<ru>week|month|year|weekend|decade))\b
  | (?P<wd>\b(?:(?P<wdir>last|next|this|on|past)\s+)?(?P<wdn>{_WD})\b)
  | (?P<dayword>\b(?:yesterday|today|tomorrow|tonight|last\s+night|this\s+morning|this\s+week)\b)
  | (?P<that>\b(?:that|the\s+same|the\s+following|the\s+previous|the\s+next)\s+(?P<tu>year|month)\b)
  | (?P<year>(?<![\w,.$€£-])(?P<yy>{_YEAR})(?![\w%-]|,\d|\.\d))
    )
    """,
    re.I,
)
_SINCE = re.compile(r"(?i)\b(?:since|from)\s+(?:(?:early|late|mid-?)\s*)?$")
_FUTURE = re.compile(
    r"(?i)\b(?:will|would|is\s+to|are\s+to|scheduled|due|plans?|expected|next|upcoming|aims?|targets?|goal|deadline|forecasts?|could|might|expects?|predicted|predicts?)\b"
)


@dataclass
class DateMention:
    start: int
    end: int
    time: TimeRef
    since: bool = False  # "since 2014": the start of a running total


def _month_range(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def _ref(start: dt.date, end: dt.date, gran: str, expr: str) -> TimeRef:
    return TimeRef(start=start, end=end, granularity=gran, expression=expr)  # type: ignore[arg-type]


def _unresolved(expr: str) -> TimeRef:
    return TimeRef(expression=expr, resolved=False)


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, 1)


def _shift(pub: dt.date, n: int, unit: str, expr: str) -> TimeRef:
    if unit == "day":
        d = pub + dt.timedelta(days=n)
        return _ref(d, d, "day", expr)
    if unit == "week":
        d = pub + dt.timedelta(weeks=n)
        return _ref(d - dt.timedelta(days=3), d + dt.timedelta(days=3), "week", expr)
    if unit == "month":
        first = _add_months(pub, n)
        return _ref(*_month_range(first.year, first.month), "month", expr)
    years = n * (10 if unit == "decade" else 1)
    return _ref(dt.date(pub.year + years, 1, 1), dt.date(pub.year + years, 12, 31), "year", expr)


def _day_with_year(y: int | None, m: int, d: int, pub: dt.date | None, expr: str) -> TimeRef | None:
    if y is None:
        if pub is None:
            return _unresolved(expr)
        # The nearest such date to publication: "February 21" in a 2022 article is 2022-02-21,
        # "December 30" in a January article is last December.
        best = None
        for cand_year in (pub.year - 1, pub.year, pub.year + 1):
            try:
                cand = dt.date(cand_year, m, d)
            except ValueError:
                continue
            if best is None or abs((cand - pub).days) < abs((best - pub).days):
                best = cand
        if best is None:
            return None
        return _ref(best, best, "day", expr)
    try:
        day = dt.date(y, m, d)
    except ValueError:
        return None
    return _ref(day, day, "day", expr)


def find_dates(text: str, start: int, end: int, published: dt.date | None) -> list[DateMention]:
    """Date mentions in ``text[start:end]``, in order, resolved against ``published``."""
    out: list[DateMention] = []
    last_year: int | None = None
    for m in DATE_RE.finditer(text, start, end):
        ref = _resolve(m, text, published, last_year)
        if ref is None:
            continue
        if ref.resolved and ref.granularity in ("year", "month", "day") and ref.start is not None:
            if m.group("that") is None:
                last_year = ref.start.year
        before = text[max(start, m.start() - 12) : m.start()]
        out.append(DateMention(m.start(), m.end(), ref, since=bool(_SINCE.search(before))))
    return out


def _resolve(m: re.Match[str], text: str, pub: dt.date | None, last_year: int | None) -> TimeRef | None:
    expr = m.group(0)
    g = m.groupdict()
    if g["iso"]:
        return _day_with_year(int(g["iy"]), int(g["im"]), int(g["id"]), pub, expr)
    if g["mdy"] or g["dmy"]:
        mon = MONTHS[(g["m1"] or g["m2"]).rstrip(".").lower()]
        day = int(re.sub(r"\D", "", g["d1"] or g["d2"]))
        year = g["y1"] or g["y2"]
        if not (g["m1"] or g["m2"])[0].isupper():
            return None  # month names are capitalised; "may 5" is the verb
        return _day_with_year(int(year) if year else None, mon, day, pub, expr)
    if g["my"]:
        if not g["m3"][0].isupper():
            return None
        mon = MONTHS[g["m3"].rstrip(".").lower()]
        return _ref(*_month_range(int(g["y3"]), mon), "month", expr)
    if g["mrel"]:
        return _month_relative(g, expr, m, text, pub, last_year)
    if g["ago"]:
        if pub is None:
            return _unresolved(expr)
        num = g["an"].lower()
        n = int(num) if num.isdigit() else SMALL.get(num, 1)
        sign = 1 if g["adir"].lower() == "later" else -1
        return _shift(pub, sign * n, UNITS[g["au"].lower()], expr)
    if g["inn"]:
        if pub is None:
            return _unresolved(expr)
        num = g["inum"].lower()
        n = int(num) if num.isdigit() else SMALL.get(num, 1)
        return _shift(pub, n, UNITS[g["iu"].lower()], expr)
    if g["rel"]:
        if pub is None:
            return _unresolved(expr)
        d = g["rdir"].lower().split()[-1]
        n = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(d, 0)
        if g["rdir"].lower().endswith("last"):
            n = -1
        unit = g["ru"].lower()
        if unit == "weekend":
            back = (pub.weekday() - 5) % 7 or 7
            sat = pub - dt.timedelta(days=back)
            return _ref(sat, sat + dt.timedelta(days=1), "week", expr)
        return _shift(pub, n, UNITS[unit], expr)
    if g["wd"]:
        return _weekday(g, expr, m, text, pub)
    if g["dayword"]:
        if pub is None:
            return _unresolved(expr)
        w = re.sub(r"\s+", " ", g["dayword"].lower())
        n = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(w, 0)
        if w == "this week":
            return _shift(pub, 0, "week", expr)
        d = pub + dt.timedelta(days=n)
        return _ref(d, d, "day", expr)
    if g["that"]:
        if last_year is None:
            return _unresolved(expr)
        step = {"following": 1, "next": 1, "previous": -1}.get(expr.lower().split()[-2], 0)
        y = last_year + step
        if g["tu"].lower() == "month":
            return _unresolved(expr)
        return _ref(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", expr)
    if g["year"]:
        y = int(g["yy"])
        return _ref(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", expr)
    return None


def _month_relative(
    g: dict[str, str], expr: str, m: re.Match[str], text: str, pub: dt.date | None, last_year: int | None
) -> TimeRef | None:
    name = g["m4"]
    if not name[0].isupper():
        return None
    if name == "May" and g["mref"] is None:
        before = text[max(0, m.start() - 12) : m.start()].lower()
        if not re.search(r"\b(?:in|of|since|until|by|early|late|mid-?|during|last|next|this)\s*$", before):
            return None  # "May" starting a sentence is usually the verb
    mon = MONTHS[name.lower()]
    ref = (g["mref"] or "").lower()
    if "that" in ref or "same" in ref:
        if last_year is None:
            return _unresolved(expr)
        return _ref(*_month_range(last_year, mon), "month", expr)
    if pub is None:
        return _unresolved(expr)
    if "last" in ref or "previous" in ref:
        return _ref(*_month_range(pub.year - 1, mon), "month", expr)
    if "next" in ref:
        return _ref(*_month_range(pub.year + 1, mon), "month", expr)
    if "this" in ref:
        return _ref(*_month_range(pub.year, mon), "month", expr)
    # A bare month is the most recent one (or the coming one when the sentence speaks of the future).
    future = bool(_FUTURE.search(text[max(0, m.start() - 60) : m.start()]))
    year = pub.year
    if future and mon < pub.month:
        year += 1
    elif not future and mon > pub.month:
        year -= 1
    return _ref(*_month_range(year, mon), "month", expr)


def _weekday(g: dict[str, str], expr: str, m: re.Match[str], text: str, pub: dt.date | None) -> TimeRef:
    if pub is None:
        return _unresolved(expr)
    target = WEEKDAYS[g["wdn"].lower()]
    direction = (g["wdir"] or "").lower()
    before = text[max(0, m.start() - 60) : m.start()]
    future = direction == "next" or (direction != "last" and bool(_FUTURE.search(before)))
    if future:
        delta = (target - pub.weekday()) % 7 or 7
        d = pub + dt.timedelta(days=delta)
    else:
        delta = (pub.weekday() - target) % 7
        if direction == "last" and delta == 0:
            delta = 7
        d = pub - dt.timedelta(days=delta)
    return _ref(d, d, "day", expr)
