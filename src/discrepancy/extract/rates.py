"""The period a rate is taken over, and prices that rise by a share.

Outlets give a rate such as inflation year on year ("inflation reached 85%") and month on month
("monthly inflation was 3.5%"): two figures, which must never meet. A rate taken over a month or a
quarter keeps that period in its topic; a year is the default and is not named, so "annual inflation"
and "inflation" meet. A share that prices rose by ("food prices rose 99%") is the rate of inflation
of those prices, where a share after a verb of change is otherwise a change, not a level.
"""

from __future__ import annotations

from ..grammar import section
from ..lexicon import fold

G = section("rates")

_PERIOD_AFTER = G.re("period_after")
_PERIOD_BEFORE = G.re("period_before")
_PRICE_RISE = G.re("price_rise")
_GOODS_BEFORE = G.re("goods_before")
_WHOLE_GOODS = G.words("whole_goods")
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
    named = _GOODS_BEFORE.search(text, max(ss, m.start() - 50), m.start())
    goods = fold(named.group("goods")) if named else None
    return "inflation", None if goods is None or goods in _WHOLE_GOODS else goods
