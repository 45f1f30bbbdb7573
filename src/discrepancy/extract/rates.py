"""The period a rate is taken over, and prices that rise by a share.

Outlets give a rate such as inflation year on year ("inflation reached 85%") and month on month
("monthly inflation was 3.5%"): two figures, which must never meet. A rate taken over a month or a
quarter keeps that period in its topic; a year is the default and is not named, so "annual inflation"
and "inflation" meet. A share that prices rose by ("food prices rose 99%") is the rate of inflation
of those prices, where a share after a verb of change is otherwise a change, not a level. A rate
said of a part of the index ("65.7% for electricity", "food price inflation climbed to 16.2%") is
that part's, and the earlier figure of a change of a rate with its month ("up from 10.1% in
September") is that month's rate.
"""

from __future__ import annotations

from ..grammar import section
from ..lexicon import Lexicon, fold

G = section("rates")

_PERIOD_AFTER = G.re("period_after")
_PERIOD_BEFORE = G.re("period_before")
_PRICE_RISE = G.re("price_rise")
_GROWTH_RISE = G.re("growth_rise")
_EXPECTED_AFTER = G.re("expected_after")
_GOODS_BEFORE = G.re("goods_before")
_WHOLE_GOODS = G.words("whole_goods")
_EARLIER_MONTH_RATE = G.re("earlier_month_rate")
_RATE_PERIOD_WORD = G.re("rate_period_word")
_PLUPERFECT_BEFORE = G.re("pluperfect_before")
_RELATIVE_AFTER = G.re("relative_after")
_RATE_COMPARED_BEFORE = G.re("rate_compared_before")
_RATE_COMPARED_AFTER = G.re("rate_compared_after")
_FROM = G.re("from")
_RATE_FIGURE = G.re("rate_figure")
_COMPONENTS = G.words("components")
_COMPONENT_AFTER = G.re("component_after")
_COMPONENT_BEFORE = G.re("component_before")
INDICES = G.words("indices")
RELEASE_TOPICS = G.words("release_topics")
_SECTORS = G.words("sectors")
_SECTOR_SUBJECT = G.re("sector_subject")
_SECTOR_FILLERS = G.words("sector_fillers")
_CLAUSE_BACK = 80  # how far back a period word or a rise of prices may stand


def rate_period(text: str, ss: int, se: int, start: int, end: int) -> str | None:
    """'month' or 'quarter' when the rate at [start, end) is taken over one, else None (a year)."""
    m = _PERIOD_AFTER.match(text[end:se])
    if m is None:
        m = _PERIOD_BEFORE.search(text, max(ss, start - _CLAUSE_BACK), start)
    if m is None:
        return None
    return "month" if m.group("month") else "quarter"


def with_period(topic: str, period: str | None) -> str:
    """The topic of a rate with its period named when it is not a year ("inflation month on month")."""
    return f"{topic} {period} on {period}" if period else topic


def price_rise(text: str, ss: int, start: int) -> tuple[str, str | None] | None:
    """('inflation', goods) when the share at ``start`` is what prices rose by; goods is None for
    all prices ("consumer prices rose 85%"), else the kind ("food prices rose 99%": 'food')."""
    m = _PRICE_RISE.search(text, max(ss, start - _CLAUSE_BACK), start)
    if m is None:
        return None
    if m.group("index"):
        return "inflation", None  # "the Consumer Prices Index rose by 2%": the topic word says which index
    named = _GOODS_BEFORE.search(text, max(ss, m.start() - 50), m.start())
    goods = fold(named.group("goods")) if named else None
    return "inflation", None if goods is None or goods in _WHOLE_GOODS else goods


def part_rise(text: str, ss: int, start: int) -> tuple[str, str | None] | None:
    """('inflation', part) when the share at ``start`` is what a part of a price index rose by, the part
    named alone as the subject of a verb of rising ("electricity has risen by around 66%", "gas rose
    by 40%"): the rate of inflation of that part, as "66% for electricity" is."""
    m = _COMPONENT_BEFORE.search(text, max(ss, start - _CLAUSE_BACK), start)
    if m is None or fold(m.group("goods")) not in _COMPONENTS:
        return None
    return "inflation", fold(m.group("goods"))


def rate_rise(text: str, ss: int, start: int) -> tuple[str, str | None] | None:
    """What prices or a part of an index rose by, as ``price_rise`` or ``part_rise`` reads it, or what
    an economy grew by ("the economy grew 2.1%": its rate of growth)."""
    if growth_rise(text, ss, start):
        return "growth", None
    return price_rise(text, ss, start) or part_rise(text, ss, start)


def growth_rise(text: str, ss: int, start: int) -> bool:
    """Whether the share at ``start`` is what an economy grew by ("GDP expanded by 0.6%"): its rate of
    growth, a level, where a share after another verb of change is a change."""
    return _GROWTH_RISE.search(text, max(ss, start - _CLAUSE_BACK), start) is not None


def earlier_month_rate(text: str, start: int, end: int, se: int) -> bool:
    """Whether the figure at [start, end) (``end`` before its unit) is the earlier figure of a change
    ("from" before it) and a rate in percent of a named month ("up from 10.1% in September"): the
    earlier level, a claim of its month."""
    return _FROM.search(text, max(0, start - 6), min(end, start + 5)) is not None and (
        _EARLIER_MONTH_RATE.match(text[end:se]) is not None
    )


def component(text: str, ss: int, se: int, start: int, end: int) -> str | None:
    """The part of a price index a rate at [start, end) is of ("65.7% for electricity": 'electricity';
    "88.9% more for gas and electricity": 'gas and electricity'), or None for the whole index."""
    m = _COMPONENT_AFTER.match(text[end:se])
    if m is not None and fold(m.group("goods")) in _COMPONENTS:
        also = m.group("also")
        return (
            f"{fold(m.group('goods'))} and {fold(also)}"
            if also and fold(also) in _COMPONENTS
            else fold(m.group("goods"))
        )
    m = _COMPONENT_BEFORE.search(text, max(ss, start - _CLAUSE_BACK), start)
    if m is not None and fold(m.group("goods")) in _COMPONENTS:
        return fold(m.group("goods"))
    return None


def earlier_topic(text: str, ss: int, start: int, lex: Lexicon) -> str | None:
    """The topic of the rate whose earlier level a figure is ("inflation rose to 11.1% in October, up
    from 10.1% in September"): the last topic word before it in its sentence, else the rate all
    prices rose by in the figure before it ("Prices rose by 11.1% last month, up from 10.1% the
    previous month": inflation). A kind of goods' rise ("food prices rose 16%") names no topic."""
    found = list(lex.topic_re.finditer(text, ss, start)) if lex.topic_re is not None else []
    if found:
        return lex.topic_of[" ".join(found[-1].group(0).lower().split())]
    before = list(_RATE_FIGURE.finditer(text, ss, start))
    rise = price_rise(text, ss, before[-1].start()) if before else None
    return rise[0] if rise is not None and rise[1] is None else None


def sector_of(text: str, ss: int, start: int) -> str | None:
    """The industry whose jobs a count before ``start`` is ("Even residential construction added
    5,500 jobs": 'residential construction'), or None for the economy's payrolls ("employers added")."""
    m = _SECTOR_SUBJECT.search(text[ss:start])
    if m is None:
        return None
    words = m.group("sector").lower().split()
    if not any(w in _SECTORS for w in words):
        return None
    while words and words[0] in _SECTOR_FILLERS:
        words.pop(0)
    return " ".join(words) or None


def rate_period_word(text: str, end: int, se: int) -> bool:
    """Whether the count ending at ``end`` is the period of a rate ("12-month inflation rates")."""
    return _RATE_PERIOD_WORD.match(text, end, se) is not None


def rate_level(text: str, ss: int, se: int, start: int, end: int, figure_end: int) -> bool:
    """Whether a share after a verb of change is a rate all the same: what prices or a part of an
    index rose by ("food prices rose 99%", "electricity rose 11.7%"), what an economy grew by, or the rate of the month a
    change of a rate started from ("up from 10.1% in September")."""
    return bool(
        price_rise(text, ss, start)
        or growth_rise(text, ss, start)
        or component(text, ss, se, start, end)
        or earlier_month_rate(text, start, figure_end, se)
    )


def rate_moved(text: str, ss: int, se: int, start: int, end: int) -> bool:
    """Whether the share at [start, end) is how far a rate moved ("Today's inflation number was a
    full 1% higher than a month ago"): a change of the rate, no level of it."""
    return (
        _RATE_COMPARED_AFTER.match(text, end, se) is not None
        and _RATE_COMPARED_BEFORE.search(text, max(ss, start - _CLAUSE_BACK), start) is not None
    )


def told_from_the_past(text: str, ss: int, se: int, start: int, end: int) -> bool:
    """Whether the rate at [start, end) is dated back from a past moment the article does not give
    ("inflation had reached 10.1% last month", told of an earlier month than the article's last)."""
    return (
        _RELATIVE_AFTER.match(text, end, se) is not None
        and _PLUPERFECT_BEFORE.search(text, max(ss, start - _CLAUSE_BACK), start) is not None
    )


def expected_after(text: str, end: int, se: int) -> bool:
    """Whether the share ending at ``end`` is what others expected ("the 1.8% economists had
    expected"): a forecast, never the rate it was expected of."""
    return _EXPECTED_AFTER.match(text, end, se) is not None
