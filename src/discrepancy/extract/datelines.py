"""Publication dates written in the article itself, for articles whose metadata gives none.

Looks for a wire dateline ("KYIV, March 3 (Reuters) -"), or a stamp such as "Updated: February 01,
2022" or "Published 4 May 2023". A dateline without a year is not resolved: guessing the year from
today's date would make the output depend on when it runs.
"""

from __future__ import annotations

import datetime as dt

import regex as re

from .dates import MONTHS

_MON = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_STAMP = re.compile(
    rf"""(?xi)
    (?:published|updated|posted|first\s+published|last\s+updated|date)\s*(?:on)?\s*[:\-]?\s*
    (?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?
    (?:
        {_MON}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})
      | (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>[A-Z][a-z]+)\.?,?\s+(?P<y2>\d{{4}})
      | (?P<iso>\d{{4}}-\d{{2}}-\d{{2}})
    )
    """
)
_DATELINE = re.compile(
    rf"""(?xm)
    ^[A-Z][A-Z .'-]{{2,40}},\s+(?:[A-Z][a-z]+,\s+)?{_MON}\s+(?P<d1>\d{{1,2}})(?:,?\s+(?P<y1>\d{{4}}))?
    \s*(?:\([A-Za-z .]+\))?\s*[-–—]
    """
)


def _date(y: str | None, mon: str | None, d: str | None) -> dt.date | None:
    if not (y and mon and d):
        return None
    month = MONTHS.get(mon.rstrip(".").lower())
    if month is None:
        return None
    try:
        return dt.date(int(y), month, int(d))
    except ValueError:
        return None


def find_dateline(text: str, start: int = 0) -> dt.date | None:
    """The article's own date, or None when it does not say (with a year) when it was written."""
    m = _DATELINE.search(text, start, start + 2000)
    if m:
        found = _date(m.group("y1"), m.group("mon"), m.group("d1"))
        if found:
            return found
    for m in _STAMP.finditer(text, start):
        if m.group("iso"):
            try:
                return dt.date.fromisoformat(m.group("iso"))
            except ValueError:
                continue
        found = _date(m.group("y1"), m.group("mon"), m.group("d1")) or _date(
            m.group("y2"), m.group("mon2"), m.group("d2")
        )
        if found:
            return found
    return None
