"""Dates: absolute ones, and relative ones resolved against the article's publication date.

Every date keeps its granularity (day, week, month, quarter, half, year) as a closed interval of days. A relative
date in an article with no known publication date stays unresolved and says so; today's date is
never used.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

import regex as re

from ..grammar import section
from ..lexicon import DateWords, Lexicon, fold, load_lexicon
from ..models import TimeRef
from ..phrases import lowered
from .future_dates import SENTENCE_END as _SENTENCE_END
from .future_dates import future as _future
from .future_dates import sentence_from as _sentence_from

G = section("dates")
_SINCE_PHRASE = G.re("since_phrase")
_YEAR_AFTER = G.re("year_after")
_OWNING = G.re("owning")
_LAG = G.re("lag")
_APPOSED_DAY = G.re("apposed_day")
_WEEK_OF_WEEKDAY = G.re("week_of_weekday")
_SPAN_BACK = G.re("span_back")
_GAME_PERIOD = G.re("game_period")
_DESIGNATED_DAY = G.re("designated_day")
_DESIGNATED_DAY_AFTER = G.re("designated_day_after")
_SPAN_BACK_REACH = 120  # characters before "in 10 years" where its superlative may stand
_LAG_REACH = 90  # characters before an act where the lag that dates it may start
_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")

_AHEAD_DAYS = 31  # a date without a year and without a future cue is at most this far ahead


@dataclass
class DateMention:
    start: int
    end: int
    time: TimeRef
    since: bool = False  # "since 2014": the start of a running total
    back: bool = False  # "the deadliest in 10 years": a span a record holds over, no figure's time
    told_from: bool = False  # "a month earlier": counted from the date named before it, a comparison
    assumed: bool = False  # "over the weekend": the last one, taken to be meant (extract/weekends.py)


def _count(word: str, w: DateWords) -> int:
    """How many units a count word says: a numeral, or a word of the lexicon's `counts` ("a", "two",
    "a few"); one when the lexicon does not know it."""
    word = word.lower()
    return int(word) if word.isdigit() else w.counts.get(word, 1)


def _month_range(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def _ref(start: dt.date, end: dt.date, gran: str, expr: str) -> TimeRef:
    return TimeRef(start=start, end=end, granularity=gran, expression=expr)  # type: ignore[arg-type]


def _unresolved(expr: str) -> TimeRef:
    return TimeRef(expression=expr, resolved=False)


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, 1)


def _shift(pub: dt.date, n: int, unit: str, expr: str) -> TimeRef | None:
    if abs(n) > _MAX_STEPS:
        return None  # "in 2014 decades" is not a date
    return _shift_by(pub, n, unit, expr)


_MAX_STEPS = 200


def _shift_by(pub: dt.date, n: int, unit: str, expr: str) -> TimeRef:
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


def _day_with_year(
    y: int | None, m: int, d: int, pub: dt.date | None, expr: str, future: bool = False
) -> TimeRef | None:
    if y is None:
        if pub is None:
            return _unresolved(expr)
        # News reports what has happened: the latest such date up to a month after publication
        # ("February 21" in a 2022 article is 2022-02-21, "January 19" in a September article is
        # last January, "December 30" in a January article is last December); after a future cue
        # ("the deadline is Sept. 30") it is the first one on or after publication.
        best = None
        for cand_year in (pub.year - 1, pub.year, pub.year + 1):
            try:
                cand = dt.date(cand_year, m, d)
            except ValueError:
                continue
            if future:
                if cand >= pub and (best is None or cand < best):
                    best = cand
            elif (cand - pub).days <= _AHEAD_DAYS and (best is None or cand > best):
                best = cand
        if best is None:
            return None
        return _ref(best, best, "day", expr)
    try:
        day = dt.date(y, m, d)
    except ValueError:
        return None
    return _ref(day, day, "day", expr)


def _of_year_after(ref: TimeRef, text: str, at: int, end: int) -> TimeRef:
    """A day written without its year takes the year a few words after it ("the July 1 march in
    2018"), in place of the year its article's date gave it."""
    if ref.granularity != "day" or ref.start is None or _A_YEAR.search(ref.expression or ""):
        return ref
    m = _YEAR_AFTER.match(text, at, end)
    if m is None:
        return ref
    try:
        day = ref.start.replace(year=int(m.group("year")))
    except ValueError:
        return ref  # 29 February in a year without one
    return ref.model_copy(update={"start": day, "end": day})


def find_dates(
    text: str,
    start: int,
    end: int,
    published: dt.date | None,
    lex: Lexicon | None = None,
    latest: dt.date | None = None,
) -> list[DateMention]:
    """Date mentions in ``text[start:end]``, in order, resolved against ``published`` (``latest``:
    the last day the text may be from, when its date is an interval, see :func:`_weekday`)."""
    w = (lex or load_lexicon()).dates
    assert w is not None
    out: list[DateMention] = []
    last_year: int | None = None
    named: tuple[int, TimeRef] | None = None  # the last date named, where: "a month earlier" counts from it
    for m in w.date_scan.finditer(text, start, end, lowered(text)):
        ref = _resolve(m, text, published, last_year, w, latest)
        if ref is None:
            continue
        told = _from_named(m, text, named, ref, w)
        told_from, ref = told is not ref, told
        if ref.start is not None and ref.granularity in _FINER:  # a week or decade named also moves it on
            named = (m.end(), ref)
        if ref.resolved and ref.granularity in ("year", "month", "day") and ref.start is not None:
            if m.group("that") is None:
                last_year = ref.start.year
        ref = _of_year_after(ref, text, m.end(), end)
        before = text[max(start, m.start() - 12) : m.start()]
        since = (
            bool(w.since_re.search(before)) or bool(_SINCE_PHRASE.search(text, max(start, m.start() - 50), m.start()))
        ) and not _OWNING.match(text, m.end())  # "from December's 260,000 jobs": the month's own, no start
        if (
            m.group("inn")
            and ref.start is not None
            and _SPAN_BACK.search(text, max(start, m.start() - _SPAN_BACK_REACH), m.start())
        ):
            ref, since = _back(m, ref, published, w), True  # "the deadliest in 10 years": since ten years ago
        back = since and bool(m.group("inn"))
        out.append(DateMention(m.start(), m.end(), ref, since=since, back=back, told_from=told_from))
    _name_weekdays(out, text, w)
    return out


def _from_named(m: re.Match[str], text: str, named: tuple[int, TimeRef] | None, ref: TimeRef, w: DateWords) -> TimeRef:
    """ "a month earlier", "two days later", "the previous month" count from the day or month named
    last before them in their paragraph ("11.1% in October, up from 10.1% a month earlier":
    September; "struck on Sept. 8. Two days later": Sept. 10), not from publication as "ago" does.
    Without such a date, ``ref`` (from publication) stands."""
    if named is None or m.start() - named[0] > _NAMED_REACH or "\n" in text[named[0] : m.start()]:
        return ref
    base = named[1]
    assert base.start is not None
    expr = ref.expression or m.group(0)
    if m.group("ago") and fold(m.group("adir")) in w.told_from_named:
        n = _count(m.group("an"), w) * w.offsets[fold(m.group("adir"))]
        unit = w.units[m.group("au").lower()]
        if base.granularity not in _FINER[unit]:
            return ref  # "a week later" than a month is no day
        if unit == "year" and base.granularity == "month":
            return _shift(base.start, 12 * n, "month", expr) or ref  # "9.1% in June, from 5.4% a year earlier"
        return _shift(base.start, n, unit, expr) or ref
    if m.group("that") and m.group("tu").lower() == "month" and base.granularity in _FINER["month"]:
        first = _add_months(base.start, w.anaphora[fold(m.group("tdir"))])
        return _ref(*_month_range(first.year, first.month), "month", expr)
    return ref


# the dates a relative date of each unit can count from: "a week later" than a month is no day
_FINER = {
    "day": ("day",),
    "week": ("day",),
    "month": ("day", "month"),
    "year": ("day", "month", "year"),
    "decade": ("day", "month", "year"),
}
_NAMED_REACH = 300  # how far back a relative date looks for the date it counts from


def _back(m: re.Match[str], ahead: TimeRef, published: dt.date | None, w: DateWords) -> TimeRef:
    """ "in 10 years" read back from publication: the year ten years before it, or the one before
    that, since a count of years is rounded down ("the highest in 24 years" of a rate last as high
    24 and a half years ago, "the highest since 1997" in another outlet)."""
    if published is None:
        return ahead
    n = _count(m.group("inum"), w)
    unit, expr = w.units[m.group("iu").lower()], ahead.expression or ""
    back, before = _shift(published, -n, unit, expr), _shift(published, -n - 1, unit, expr)
    if back is None or before is None:
        return ahead
    return back.model_copy(update={"start": before.start})


def _name_weekdays(found: list[DateMention], text: str, w: DateWords) -> None:
    """A weekday with a day of the month in apposition ("on Saturday afternoon, 14th October",
    "Tuesday, August 9") is that day, when the two agree, however far the article's own date
    (or the date an undated page was placed at) is from it."""
    for a, b in zip(found, found[1:], strict=False):
        words = (a.time.expression or "").split()
        day = w.weekdays.get(fold(words[-1])) if words else None
        if day is None or b.time.granularity != "day" or b.time.start is None:
            continue
        if _APPOSED_DAY.match(text[a.end : b.start]) and b.time.start.weekday() == day:
            a.time = b.time.model_copy(update={"expression": a.time.expression})


def _resolve(
    m: re.Match[str], text: str, pub: dt.date | None, last_year: int | None, w: DateWords, latest: dt.date | None = None
) -> TimeRef | None:
    expr = m.group(0)
    g = m.groupdict()
    if g["hol"]:
        month, day = w.holidays[fold(g["hname"])]
        future = _future(text, m.start(), w)
        return _day_with_year(int(g["hy"]) if g["hy"] else None, month, day, pub, expr, future)
    if g["iso"]:
        return _day_with_year(int(g["iy"]), int(g["im"]), int(g["id"]), pub, expr)
    if g["mdy"] or g["dmy"]:
        mon = w.months[(g["m1"] or g["m2"]).rstrip(".").lower()]
        day = int("".join(ch for ch in g["d1"] or g["d2"] if ch.isdigit()))
        year = g["y1"] or g["y2"]
        if not (g["m1"] or g["m2"])[0].isupper():
            return None  # month names are capitalised; "may 5" is the verb
        future = _future(text, m.start(), w)
        return _day_with_year(int(year) if year else None, mon, day, pub, expr, future)
    if g["my"]:
        if not g["m3"][0].isupper():
            return None
        mon = w.months[g["m3"].rstrip(".").lower()]
        return _ref(*_month_range(int(g["y3"]), mon), "month", expr)
    if g["mrel"]:
        return _month_relative(g, expr, m, text, pub, last_year, w)
    if g["ago"]:
        if pub is None:
            return _unresolved(expr)
        n = _count(g["an"], w)
        sign = w.offsets[g["adir"].lower()]
        return _shift(pub, sign * n, w.units[g["au"].lower()], expr)
    if g["inn"]:
        if pub is None:
            return _unresolved(expr)
        n = _count(g["inum"], w)
        return _shift(pub, n, w.units[g["iu"].lower()], expr)
    if g["rel"]:
        if pub is None:
            return _unresolved(expr)
        n = w.directions[fold(g["rdir"])]
        unit = g["ru"].lower()
        if unit == "weekend":
            back = (pub.weekday() - 5) % 7 or 7
            sat = pub - dt.timedelta(days=back)
            return _ref(sat, sat + dt.timedelta(days=1), "week", expr)
        return _shift(pub, n, w.units[unit], expr)
    if g["wd"]:
        return _weekday(g, expr, m, text, pub, w, latest)
    if g["dayword"]:
        if pub is None:
            return _unresolved(expr)
        word = fold(g["dayword"])
        n = w.day_words[word]
        if word.endswith("week"):
            return _shift(pub, n, "week", expr)
        d = pub + dt.timedelta(days=n)
        return _ref(d, d, "day", expr)
    if g["qtr"]:
        return _quarter(g, expr, m, text, pub, last_year, w)
    if g["that"]:
        if last_year is None:
            return _unresolved(expr)
        step = w.anaphora[fold(g["tdir"])]
        y = last_year + step
        if g["tu"].lower() == "month":
            return _unresolved(expr)
        return _ref(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", expr)
    if g["year"]:
        y = int(g["yy"])
        return _ref(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", expr)
    return None


def _month_relative(
    g: dict[str, str],
    expr: str,
    m: re.Match[str],
    text: str,
    pub: dt.date | None,
    last_year: int | None,
    w: DateWords,
) -> TimeRef | None:
    name = g["m4"]
    if not name[0].isupper():
        return None
    if name == "May" and g["mref"] is None:
        before = text[max(0, m.start() - 12) : m.start()].lower()
        if not w.may_cue_re.search(before):
            return None  # "May" starting a sentence is usually the verb
    mon = w.months[name.lower()]
    ref = fold(g["mref"] or "")
    step = w.month_years.get(ref) if ref else None
    if step == "same":
        if last_year is None:
            return _unresolved(expr)
        return _ref(*_month_range(last_year, mon), "month", expr)
    if pub is None:
        return _unresolved(expr)
    if isinstance(step, int):
        return _ref(*_month_range(pub.year + step, mon), "month", expr)
    # A bare month is the most recent one (or the coming one when the sentence speaks of the future).
    future = _future(text, m.start(), w)
    year = pub.year
    if future and mon < pub.month:
        year += 1
    elif not future and mon > pub.month:
        year -= 1
    return _ref(*_month_range(year, mon), "month", expr)


def _quarter(
    g: dict[str, str], expr: str, m: re.Match[str], text: str, pub: dt.date | None, last_year: int | None, w: DateWords
) -> TimeRef | None:
    """A quarter or a half of a year ("the third quarter", "Q3 2023", "first-half profit", "the
    second half of last year"). Without a year it is the latest one begun by the publication date
    (the next one after a future cue); a game's quarter or half ("scored twice in the first half")
    is no date."""
    half = g["qu"] == "half" if g["qu"] else g["hd"] is not None
    if g["qd"] or g["hd"]:
        n = int(g["qd"] or g["hd"])
    else:
        table = w.halves if half else w.quarters
        n = table.get(fold(g["qn"]), 0)
        if not n:
            return None
    size = 6 if half else 3
    gran = "half" if half else "quarter"
    if g["qy"]:
        return _ref(*_period_range(int(g["qy"]), n, size), gran, expr)
    if g["qref"]:
        step = w.month_years.get(fold(g["qref"]))
        year = last_year if step == "same" else (pub.year + step if pub and isinstance(step, int) else None)
        return _unresolved(expr) if year is None else _ref(*_period_range(year, n, size), gran, expr)
    if g["qn"] and not g["qthe"] and _of_a_game(text, m.start(), m.end()):
        return None
    if pub is None:
        return _unresolved(expr)
    year, future = pub.year, _future(text, m.start(), w)
    start, end = _period_range(year, n, size)
    if start > pub and not future:
        year -= 1
    elif future and end < pub:
        year += 1
    return _ref(*_period_range(year, n, size), gran, expr)


def _of_a_game(text: str, start: int, end: int) -> bool:
    """Words of a game in the sentence, within 120 characters of a quarter or half."""
    lo, hi = _sentence_from(text, max(0, start - 120), start), min(len(text), end + 120)
    stop = _SENTENCE_END.search(text, end, hi)
    return _GAME_PERIOD.search(text, lo, stop.start() if stop else hi) is not None


def _period_range(year: int, n: int, size: int) -> tuple[dt.date, dt.date]:
    first = (n - 1) * size + 1
    return dt.date(year, first, 1), _month_range(year, first + size - 1)[1]


def _weekday(
    g: dict[str, str],
    expr: str,
    m: re.Match[str],
    text: str,
    pub: dt.date | None,
    w: DateWords,
    latest: dt.date | None = None,
) -> TimeRef:
    if pub is None:
        return _unresolved(expr)
    target = w.weekdays[g["wdn"].lower()]
    step = w.weekday_directions.get((g["wdir"] or "").lower(), 0)
    week = _WEEK_OF_WEEKDAY.match(text, m.end())
    if week is not None and step == 0:  # "on Thursday and Friday this week": that week's Thursday
        moved = {"the following": 1, "the coming": 1}.get(" ".join(week.group("dir").lower().split()))
        n = moved if moved is not None else w.directions.get(week.group("dir").lower(), 0)
        d = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=target + 7 * n)
        return _ref(d, d, "day", expr)
    if step == 0 and _designated(text, m):  # "declared Sunday a day of mourning": the nearest Sunday
        back = (pub.weekday() - target) % 7
        d = pub - dt.timedelta(days=back) if back <= 3 else pub + dt.timedelta(days=7 - back)
        return _ref(d, d, "day", expr)
    future = step > 0 or (step == 0 and _future(text, m.start(), w))
    if not future and step == 0 and latest is not None:
        # an undated page placed at its story's first day may be from any day of the story: its
        # "Wednesday" is the story's Wednesday when the story holds just one
        first = pub + dt.timedelta(days=(target - pub.weekday()) % 7)
        if first <= latest < first + dt.timedelta(days=7):
            return _ref(first, first, "day", expr)
    if future:
        delta = (target - pub.weekday()) % 7 or 7
        d = pub + dt.timedelta(days=delta)
    else:
        delta = (pub.weekday() - target) % 7
        if step < 0 and delta == 0:
            delta = 7
        d = pub - dt.timedelta(days=delta)
    return _ref(d, d, "day", expr)


def _designated(text: str, m: re.Match[str]) -> bool:
    """The weekday is what a verb of declaring set apart ("declared Sunday a national day of mourning")."""
    return bool(_DESIGNATED_DAY.search(text, max(0, m.start() - 20), m.start())) and bool(
        _DESIGNATED_DAY_AFTER.match(text, m.end())
    )


def lagged(text: str, ss: int, pos: int, dated: list[DateMention], lex: Lexicon) -> DateMention | None:
    """The date of an act with no date of its own, told as a lag from a dated act before it in the
    sentence ("the soldiers seized power on Wednesday, a day after the leader was detained": the
    detention was on Tuesday). ``pos`` is where the act's verb starts; ``dated`` are the dates of
    the sentence. None when no such lag and day are there."""
    w = lex.dates
    m = _LAG.search(text, max(ss, pos - _LAG_REACH), pos)
    if m is None or w is None:
        return None
    days = [d for d in dated if d.end <= m.start() and not d.since and d.time.granularity == "day" and d.time.start]
    if not days:
        return None
    ref = days[-1]
    assert ref.time.start is not None
    n = _count(m.group("n"), w)
    sign = -1 if m.group("dir").lower() == "after" else 1
    expr = f"{' '.join(m.group(0).split()[:3])} {ref.time.expression}"
    return DateMention(
        m.start(),
        m.start() + len(" ".join(m.group(0).split()[:3])),
        _shift_by(ref.time.start, sign * n, w.units[m.group("unit").lower()], expr),
    )
