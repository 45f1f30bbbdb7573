"""When a figure holds: the day it is told of, the day a running total counts from, or a period
it totals, read from the dates of its sentence and the sentences before it."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass

from ..grammar import section
from ..lexicon import Lexicon
from ..models import EARLIER_TIME, TimeRef
from ..read.literal_gate import gated
from .dates import DateMention
from .figure_gates import Gate
from .occurrence_dates import another_one
from .prison_terms import is_term, is_verdict
from .quantities import QuantityHit
from .rates import RELEASE_TOPICS

G = section("figure_time")

_AS_OF = G.re("as_of")
_RESULT_PARTICIPLE = G.re("result_participle")
_POSSESSIVE_AFTER = G.re("possessive_after")
_SINCE_WHEN = G.re("since_when")
_TOLD_OF_NOW = G.re("told_of_now")
_SNAPSHOT_NOW = Gate(G.re("snapshot_now"))
_AT_THE_TIME = G.re("at_the_time")
_THEN_PERFECT = Gate(G.re("then_perfect"))
_YEAR_TO_DATE = G.re("year_to_date")
_BROKEN_DOWN = G.re("broken_down")
_RELATIVE = gated(G.re("relative"))
_PARTICIPLE_LINK = G.re("participle_link")
_REDUCED_RELATIVE = Gate(G.re("reduced_relative"))
_OTHER_TIME = G.re("other_time")
_CONTRAST_BEFORE = gated(G.re("contrast_before"))
_FROM_THEN_TO = gated(G.re("from_then_to"))
_TO_TERM = G.re("to_term")
_AS_OF_END = G.re("as_of_end")
_FIGURE = G.re("figure")
_OCCURRENCE_THEN_DATE = G.re("occurrence_then_date")
_TOLL_OF_DATED = G.re("toll_of_dated")
_NOUN_AFTER_DATE = G.re("noun_after_date")
_NAME_BEFORE_YEAR = G.re("name_before_year")
_DATE_RIGHT_AFTER = G.re("date_right_after")
_OWNED_BY_MONTH = G.re("owned_by_month")
_MOMENT_OCCURRENCES = G.words("moment_occurrences")
_TOLL_IN_MONTH = G.re("toll_in_month")

_HISTORIC_YEARS = 1  # a figure dated this many years before publication, or more, is of its era
_RESULT_DAYS = 365  # a toll given as an occurrence's result counts since its day, if this recent
_FRESH_DAYS = 30  # a day this recent that dates a toll starts it; an older one dates the toll itself
_CARRY_SENTENCES = 3  # how far back a snapshot count looks for its day
_CARRY_DAYS = 7  # ... and how recent that day must be
_GAP = re.compile(r"[\s,]*")
_FRESH_PERIOD_DAYS = 30  # a month or year of an occurrence this recent is the story's own occurrence's
_LAST_REPORT_DAYS = 183  # employers report their headcount each quarter: a report two quarters old is the last


@dataclass(frozen=True)
class Timeline:
    """The dates of one document, read once, that every figure of it is timed by."""

    text: str
    sents: list[tuple[int, int]]
    dates: list[DateMention]
    starts: list[int]  # each date's start, for halving
    held: list[tuple[int, int]]  # records' spans: a year a record holds since is no figure's time
    published: dt.date | None
    told: TimeRef  # the time of a figure its article does not date: the publication's
    lex: Lexicon

    @functools.cached_property
    def forward(self) -> tuple[list[DateMention], list[int]]:
        """The dates that may time a figure (none told as looking back) and their starts: every
        figure's when no record holds a span, listed once for the article, not once per figure."""
        dates = [d for d in self.dates if not d.back]
        return dates, [d.start for d in dates]


@dataclass(frozen=True)
class FigureTime:
    time: TimeRef
    period: str | None  # "in the past 24 hours", "2024": the figure totals a period
    historic: str | None  # the past era the figure is of ("2004"), which keys it apart


def figure_time(q: QuantityHit, si: int, tl: Timeline) -> FigureTime:
    """The time of the figure ``q`` in sentence ``si``."""
    ss, se = tl.sents[si]
    when, since = _when(q, si, tl)
    if when is None and since is None and (day := _day_broken_down(si, tl)) is not None:
        return FigureTime(day.time, None, None)
    time = tl.told
    if (
        when is None
        and since is None
        and (
            q.earlier is not None
            or _AT_THE_TIME.match(tl.text, ss, q.start)
            or _THEN_PERFECT.search(tl.text, ss, q.start)
        )
    ):
        # "At the time, the paper reported 10,000 job cuts", "the previous toll of 40": an
        # earlier time, undated here
        time = TimeRef(expression=EARLIER_TIME, resolved=False)
    period, when, since = _period(q, when, since, ss, se, tl)
    historic = None
    if when is not None and when.time.resolved:
        time = when.time
        end, published = when.time.end, tl.published
        if published is not None and end is not None and end.year < published.year - _HISTORIC_YEARS:
            historic = when.time.label()
        elif published is not None and end is not None and when.start < ss and (published - end).days > _RESULT_DAYS:
            historic = when.time.label()  # "In June 2030, a quake struck X. It killed 900": that quake's
    if since is not None and since.time.start is not None:
        time = time.model_copy(update={"since": since.time.start})
    return FigureTime(time, period, historic)


def _when(q: QuantityHit, si: int, tl: Timeline) -> tuple[DateMention | None, DateMention | None]:
    """The date the figure's sentence gives it, or failing that the day an earlier sentence set, and
    the date a running total counts from."""
    text, published = tl.text, tl.published
    ss, se = tl.sents[si]
    # "fell to 3.4 percent, the lowest since 1969": a record's year after a figure is not its time
    if tl.held:
        q_dates = [d for d in tl.dates if not d.back and not any(q.start < a <= d.start < b for a, b in tl.held)]
        date_starts = [d.start for d in q_dates]
    else:
        q_dates, date_starts = tl.forward  # read, never changed
    when, since = claim_time(q_dates, ss, se, q.start, published, text, q.end)
    if when is not None and q.measure in tl.lex.measure_classes.get("day_to_day", ()) and _occurrences_day(text, when):
        # "said Friday that those unaccounted for in Thursday's collapse rose to 159": Friday's count
        when, since = claim_time([d for d in q_dates if d is not when], ss, se, q.start, published, text, q.end)
    if q.earlier is not None and when is not None and when.start < q.earlier:
        when = None  # "announced on Sunday a toll of 125, after reporting 174 earlier": not Sunday's 174
    if reported_as_current(q.measure, when, published, tl.lex):
        when = None  # an employer's last reported headcount, given as its current one
    if when is not None and q.measure == "duration" and is_term(q.anchor) and _after_told(when, published):
        when = None  # "to begin her 135-month sentence on April 27": the day it starts
    if is_verdict(q.measure, q.population):
        return None, None  # "the trial concluded Jan. 3 with the jury convicting Vey on four counts"
    if when is not None or since is not None:
        return when, since
    if q.measure in tl.lex.measure_classes["snapshot"] and not _SNAPSHOT_NOW.search(text, ss, se):
        # "Thousands rallied on Saturday. About 50,000 joined the march": a crowd is counted
        # on the day the story last named ("14 remain missing" is counted now)
        when = _day_before(tl.dates, tl.sents[max(0, si - _CARRY_SENTENCES)][0], ss, published, text, tl.lex)
    if when is None and q.topic is not None and q.topic.split(" ")[0] in RELEASE_TOPICS:
        when = _month_before(tl, max(0, si - _CARRY_SENTENCES), si)  # a release's rate: its month
    if when is None and not q.cumulative and si > 0 and q.measure in tl.lex.measure_classes["casualty"]:
        when = _past_told_before(q_dates, date_starts, tl.sents[si - 1], published, text)
        if when is not None and _TOLD_OF_NOW.search(text, ss, se):
            when = None
    return when, None


def _after_told(when: DateMention, published: dt.date | None) -> bool:
    return published is not None and when.time.start is not None and when.time.start > published


def _period(
    q: QuantityHit, when: DateMention | None, since: DateMention | None, ss: int, se: int, tl: Timeline
) -> tuple[str | None, DateMention | None, DateMention | None]:
    """Whether the date makes the figure a total for a period, the start of a running total, or the
    figure's own time: (period, when, since) after that reading."""
    text, published, lex = tl.text, tl.published, tl.lex
    running = q.cumulative or q.measure in lex.measure_classes["running"]
    if q.period is not None:
        return q.period, when, since  # "in the past 24 hours"
    if running and published is not None and _year_to_date(text, ss, se, when, since, published):
        # "511 deaths since the start of the year", "since the beginning of 2024": this year's total
        return str(published.year), None, None
    if running and when is not None and occurrence_period(text, ss, when, published, lex):
        return None, None, since  # "the bombing in October has killed 512": the bombing's month, not a period
    if when is not None and _moment_month(q, when, ss, tl):
        return None, when, since  # "the collapse of a roof killed 15 people in November": when it happened
    if (
        (
            q.cumulative
            or q.measure in lex.measure_classes["running"]
            and not _POSSESSIVE_AFTER.match(text, when.end if when else 0)
        )
        and since is None
        and when is not None
        and when.time.resolved
        and when.time.granularity in ("month", "quarter", "half", "year")
        and not _AS_OF.search(text, ss, when.start)
    ):
        # "has killed 500 people this year": a total for a period, not the running total
        return when.time.label(), None, since
    if (
        since is None
        and when is not None
        and q.earlier is None  # "the previous toll, given on Monday": Monday's, not a count Monday started
        and not _AS_OF.search(text, ss, when.start)
        and not _said_after(text, when.end, lex)
        and (q.cumulative or _fresh_day(q, when, published, lex, text) or _result_of_day(q, when, published, lex, text))
    ):
        # "the quake that struck on Monday has killed 1,200", "the crash on Friday night killed
        # 261": Monday starts the count, which stands as of publication
        return None, None, when
    if not q.cumulative and when is None and since is not None and _SINCE_WHEN.search(text, since.end, q.start):
        # "the worst crash since 1998, when 101 people died": not a running total, so the
        # date dates the figure itself
        return None, since, None
    return None, when, since


def _moment_month(q: QuantityHit, when: DateMention, ss: int, tl: Timeline) -> bool:
    """Whether the month or year right after a count of harm dates an occurrence over in a moment,
    named before the count in its sentence ("the collapse of a roof killed 15 people in November"),
    not a period the count totals."""
    lex = tl.lex
    if (
        q.occurrence not in _MOMENT_OCCURRENCES
        or q.measure not in lex.measure_classes["casualty"]
        or when.time.granularity not in ("month", "year")
        or not _TOLL_IN_MONTH.match(tl.text[q.end : when.start])
    ):
        return False
    return any(
        lex.occurrence.get(" ".join(m.group(0).lower().split())) == q.occurrence
        for m in lex.occurrence_re.finditer(tl.text, ss, q.start)
    )


def _year_to_date(
    text: str, ss: int, se: int, when: DateMention | None, since: DateMention | None, published: dt.date
) -> bool:
    """A running total counted from the first day of the publication's year, however it is said."""
    if since is not None and since.time.resolved and since.time.start == dt.date(published.year, 1, 1):
        return True
    return when is None and since is None and _YEAR_TO_DATE.search(text, ss, se) is not None


def _fresh_day(q: QuantityHit, when: DateMention, published: dt.date | None, lex: Lexicon, text: str) -> bool:
    """A toll that only grows, dated by a recent day of the occurrence ("the crash on Friday night
    killed 261"), not by the day someone stated it ("43 deaths reported by Salgado on Sunday")."""
    day = when.time.start
    return (
        q.measure in lex.measure_classes["running"]
        and not lex.speech_re.search(text, max(0, when.start - 40), when.start)
        and q.period is None
        and when.time.granularity == "day"
        and published is not None
        and day is not None
        and 0 <= (published - day).days <= _FRESH_DAYS
    )


def _result_of_day(q: QuantityHit, when: DateMention, published: dt.date | None, lex: Lexicon, text: str) -> bool:
    """A toll given as the result of an occurrence dated this year ("On 3 May, two bombs went off,
    killing at least 90"): the writer's toll, counted since that day, however long ago it was."""
    day = when.time.start
    return (
        q.measure in lex.measure_classes["running"]
        and q.period is None
        and when.end < q.start
        and when.time.granularity == "day"
        and published is not None
        and day is not None
        and 0 <= (published - day).days <= _RESULT_DAYS
        and _RESULT_PARTICIPLE.search(text, max(when.end, q.start - 40), q.start) is not None
    )


def _said_after(text: str, end: int, lex: Lexicon) -> bool:
    """A day right before its speech verb dates the statement ("The railways on Saturday said
    that 288 had died"): the toll is Saturday's, not a count that Saturday started."""
    gap = _GAP.match(text, end)
    return lex.speech_re.match(text, gap.end() if gap else end) is not None


def _day_before(
    dates: list[DateMention], lo: int, hi: int, published: dt.date | None, text: str, lex: Lexicon
) -> DateMention | None:
    """The last day named in ``text[lo:hi]`` that is within a week before publication, and that
    dates an act of the story, not a statement about it (:func:`_dates_statement`)."""
    found = None
    for d in dates:
        if lo <= d.start < hi and not d.since and d.time.resolved and d.time.granularity == "day":
            if _dates_statement(text, d, hi, lex):
                continue
            day = d.time.start
            if published is None or day is None or 0 <= (published - day).days <= _CARRY_DAYS:
                found = d
    return found


def _dates_statement(text: str, d: DateMention, hi: int, lex: Lexicon) -> bool:
    """The day opens a statement ("Earlier on Tuesday the police chief said the response was
    inadequate. Hundreds of thousands had gathered ..."): its speaker and speech verb follow it in
    a few words with no clause break, so the day is the saying's, not the crowd's."""
    m = lex.speech_re.search(text, d.end, min(hi, d.end + _STATEMENT_REACH))
    return m is not None and not _STATEMENT_BREAK.search(text, d.end, m.start())


_STATEMENT_REACH = 60  # characters from a day to the speech verb it dates
_STATEMENT_BREAK = re.compile(r"[,;:.!?]|\d|\b(?:and|but|when|after|as)\b")


def _month_before(tl: Timeline, first: int, si: int) -> DateMention | None:
    """The last month named in sentences ``first`` to ``si`` (not included), as a release's
    undated rate is of ("Prices rose by 11.1% last month. ... Food prices rose by 16.5%"), but not
    a month that owns another figure ("December's 260,000 jobs")."""
    lo, hi = tl.sents[first][0], tl.sents[si][0]
    months = [
        d
        for d in tl.dates[bisect.bisect_left(tl.starts, lo) : bisect.bisect_left(tl.starts, hi)]
        if d.time.granularity == "month"
        and d.time.resolved
        and not d.since
        and not d.back
        and not d.told_from  # "up 2% on the previous month": compared with, not gone on in
        # "the growth from December's 260,000 jobs": a month that owns another figure is that one's
        and not _OWNED_BY_MONTH.match(tl.text, d.end)
    ]
    return months[-1] if months else None


def _day_broken_down(si: int, tl: Timeline) -> DateMention | None:
    """The day of the count a sentence breaks down ("By June 20, 58 had died. Among them, 30 were
    pilgrims, out of 68 deaths"): the last date of the sentence before, whatever the article's own
    date, when the sentence opens on a pronoun for that count."""
    ss, se = tl.sents[si]
    if si == 0 or not _BROKEN_DOWN.match(tl.text, ss, se):
        return None
    last = _last_date(tl.dates, tl.starts, tl.sents[si - 1])
    return last if last is not None and not last.since and not last.back and last.time.resolved else None


def _last_date(dates: list[DateMention], starts: list[int], sentence: tuple[int, int]) -> DateMention | None:
    """The last of ``dates`` (whose starts are ``starts``) inside ``sentence``, found by halving."""
    ss, se = sentence
    at = bisect.bisect_left(starts, se) - 1
    return dates[at] if at >= 0 and dates[at].start >= ss else None


def _past_told_before(
    dates: list[DateMention], starts: list[int], sentence: tuple[int, int], published: dt.date | None, text: str
) -> DateMention | None:
    """The year of a past occurrence the sentence before a figure ends on ("The last major quake hit
    in 2004 with a magnitude of 6.4. More than 600 people were killed."): a figure of a sentence
    with no date of its own, told in the past, continues it."""
    ss, _ = sentence
    last = _last_date(dates, starts, sentence)
    if (
        last is None
        or last.since
        or published is None
        or last.time.end is None
        or (published - last.time.end).days <= _RESULT_DAYS  # a day this recent may be the story's own
        or of_a_noun(text, ss, last)  # "... a general slain in an airstrike in 2020. Iran said 84 died"
    ):
        return None
    return last


def claim_time(
    dates: list[DateMention],
    ss: int,
    se: int,
    start: int,
    published: dt.date | None,
    text: str = "",
    end: int | None = None,
) -> tuple[DateMention | None, DateMention | None]:
    """The date a figure is stated for (nearest in its sentence, but not one that belongs to a
    comparison after it: "61 percent, down from 67 percent in 2018") and a 'since' date, if any.
    ``dates`` are in the order of the text, as find_dates gives them: the sentence's are found by
    bisection, not by a pass over the article's dates for every figure."""
    in_sentence = dates[bisect.bisect_left(dates, ss, key=_start) : bisect.bisect_left(dates, se, key=_start)]
    if not in_sentence:
        return None, None  # a sentence with no date (most): nothing to choose, no clause break to look for
    # the first comparison or clause break after the figure, found once: a later date past it is
    # another time's (one search per figure, not one per figure and date)
    cut = _OTHER_TIME.search(text, max(start, end or start), se) if text else None
    # "has risen to 202, the first toll over 100 since 2016": a 'since' past the break is another
    # clause's span, not the start of this total
    since = next((d for d in in_sentence if d.since and not _past(cut, start, d)), None)
    plain = [
        d
        for d in in_sentence
        if not d.since
        and not (cut is not None and d.start > start and cut.end() <= d.start and not _appositive(text, end, d))
        # "5% of its staff and 1.2% of its workforce of 1.5 million as of September": the date a
        # stock is counted to is the nearest figure's, not the sentence's
        and not (
            text
            and d.start > start
            and _AS_OF_END.search(text, ss, d.start)
            and _FIGURE.search(text, end or start, d.start)
        )
        # "The blaze, which broke out on August 11, has destroyed 40 homes": the date is the clause's;
        # but "the tsunamis that struck in 2011, killing nearly 20,000" is one clause
        # "from 40 percent in 2019 to below 25 percent now": the date is the first figure's
        and not (
            text
            and d.end <= start
            and _TO_TERM.match(text[d.end : start])
            and _FROM_THEN_TO.search(text, max(ss, d.start - 80), d.start)
        )
        # "was rumoured to cut 10,000 in November, but now says 18,000": the date is the other clause's
        and not (text and d.end <= start and _CONTRAST_BEFORE.search(text, d.end, start))
        and not (
            text
            and d.end <= start
            and _RELATIVE.search(text, ss, d.start)
            and "," in text[d.end : start]
            and not _PARTICIPLE_LINK.match(text, d.end, start)
        )
        and not (text and of_a_noun(text, ss, d, end or start))
    ]
    if not plain:
        return None, since
    right_after = [
        d
        for d in plain
        if end is not None
        and d.start >= end
        # "4.2% a month earlier": a date counted from another dates the figure it follows
        and (_DATE_RIGHT_AFTER.match(text[end : d.start]) or (d.told_from and not text[end : d.start].strip()))
    ]
    best = right_after[0] if right_after else min(plain, key=lambda d: abs(d.start - start))
    return best, since


def _past(cut: re.Match[str] | None, start: int, d: DateMention) -> bool:
    """The date follows the figure past the first comparison or clause break after it."""
    return cut is not None and d.start > start and cut.end() <= d.start


def occurrence_period(text: str, ss: int, when: DateMention, published: dt.date | None, lex: Lexicon) -> bool:
    """Whether a recent month or year dates the occurrence a count is of, not the count ("the truck
    bombing in Velm in October has risen to 512", "died in last month's explosion", "the toll from
    the truck bomb in October", "Velm Festival 2031: 900 dead", "the 2031 Velm Festival"): the
    count is that occurrence's running total, told now. Another one ("a similar attack in July")
    and a past one keep their date."""
    end = when.time.end
    if published is None or end is None or when.time.granularity not in ("month", "year"):
        return False
    if (published - end).days > _FRESH_PERIOD_DAYS:
        return False  # "the 2011 bombing that killed 100": another, older occurrence
    if _NOUN_AFTER_DATE.match(text, when.end) and (text[when.end] in "'’" or text[when.start : when.end].isdigit()):
        return True  # "last month's explosion", "the 2031 Velm Festival"
    if text[when.start : when.end].isdigit() and _NAME_BEFORE_YEAR.search(text, max(ss, when.start - 30), when.start):
        return True  # "Velm Festival 2031"
    if _TOLL_OF_DATED.search(text, max(ss, when.start - 80), when.start):
        return True  # "the death toll from the truck bomb in October"
    for m in lex.occurrence_re.finditer(text, max(ss, when.start - 80), when.start):
        if _OCCURRENCE_THEN_DATE.fullmatch(text, m.end(), when.start) and not another_one(text, ss, m.start()):
            return True  # "the truck bombing in Velm in October"; not "a similar attack in July"
    return False


def _occurrences_day(text: str, when: DateMention) -> bool:
    """A day that owns an occurrence ("Thursday's building collapse"): the occurrence's day, not the
    moment a count that changes by the day (the missing) is told at."""
    return text[when.end : when.end + 1] in ("'", "’") and _NOUN_AFTER_DATE.match(text, when.end) is not None


def of_a_noun(text: str, ss: int, d: DateMention, figure_end: int | None = None) -> bool:
    """Whether a date dates a killing told of a noun ("a general killed by a drone strike in 2020"),
    not the counted figure's own ("73 people killed in the blast on Monday": the figure's phrase
    right before the participle)."""
    m = _REDUCED_RELATIVE.search(text, max(ss, d.start - 80), d.start)
    if m is None:
        return False
    return figure_end is None or not (m.start() >= figure_end and not text[figure_end : m.start()].strip())


def _appositive(text: str, end: int | None, d: DateMention) -> bool:
    """A date right after the figure's comma is the figure's ("3.5 million marched, this Tuesday, ...")."""
    return end is not None and text[end : d.start].strip() == ","


def _start(d: DateMention) -> int:
    return d.start


def reported_as_current(measure: str, when: DateMention | None, published: dt.date | None, lex: Lexicon) -> bool:
    """An employer's last reported headcount is given as its current one ("the 1.544 million workers
    the company reported as of Sept. 30", in January): it is compared with the others of the day.
    Only a report's day says so; a month or a year ("a workforce of 1.5 million as of September")
    dates the count loosely, and it is kept at that time."""
    if measure not in lex.measure_classes["headcount"] or when is None or published is None:
        return False
    if when.time.granularity != "day":
        return False
    end = when.time.end
    return end is not None and 0 <= (published - end).days <= _LAST_REPORT_DAYS
