"""Publication dates written in the article itself, for articles whose metadata gives none.

Looks for a wire dateline ("KYIV, March 3 (Reuters) -"), or a stamp such as "Updated: February 01,
2022" or "Published 4 May 2023". A dateline without a year is not resolved: guessing the year from
today's date would make the output depend on when it runs.
"""

from __future__ import annotations

import datetime as dt
import functools

import regex as re

from ..lexicon import DateWords, Lexicon, load_lexicon


@functools.lru_cache(maxsize=8)
def _patterns(w: DateWords) -> tuple[re.Pattern[str], re.Pattern[str]]:
    mon = rf"(?P<mon>{w.month_re})"
    stamp = re.compile(
        rf"""(?xi)
        (?:{w.stamps})\s*(?:on)?\s*[:\-]?\s*
        (?:(?:{w.weekday_re})[a-z]*\.?,?\s+)?
        (?:
            {mon}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})
          | (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>[A-Z][a-z]+)\.?,?\s+(?P<y2>\d{{4}})
          | (?P<iso>\d{{4}}-\d{{2}}-\d{{2}})
        )
        """
    )
    # "KYIV, March 3 (Reuters) -": a capitalised place, an optional weekday, the date, an agency.
    dateline = re.compile(
        rf"""(?xm)
        ^[A-Z][A-Z .'-]{{2,40}},\s+(?:[A-Z][a-z]+,\s+)?{mon}\s+(?P<d1>\d{{1,2}})(?:,?\s+(?P<y1>\d{{4}}))?
        \s*(?:\([A-Za-z .-]+\))?\s*[-–—]
        """
    )
    return stamp, dateline


def _date(y: str | None, mon: str | None, d: str | None, w: DateWords) -> dt.date | None:
    if not (y and mon and d):
        return None
    month = w.months.get(mon.rstrip(".").lower())
    if month is None:
        return None
    try:
        return dt.date(int(y), month, int(d))
    except ValueError:
        return None


def find_dateline(text: str, start: int = 0, lex: Lexicon | None = None) -> dt.date | None:
    """The article's own date, or None when it does not say (with a year) when it was written."""
    w = (lex or load_lexicon()).dates
    assert w is not None
    stamp_re = _patterns(w)[0]
    m = _dateline(text, start, w)
    if m:
        found = _date(m.group("y1"), m.group("mon"), m.group("d1"), w)
        if found:
            return found
    for m in stamp_re.finditer(text, start):
        if m.group("iso"):
            try:
                return dt.date.fromisoformat(m.group("iso"))
            except ValueError:
                continue
        found = _date(m.group("y1"), m.group("mon"), m.group("d1"), w) or _date(
            m.group("y2"), m.group("mon2"), m.group("d2"), w
        )
        if found:
            return found
    return None


def dateline_span(text: str, start: int = 0, lex: Lexicon | None = None) -> tuple[int, int] | None:
    """Where a wire dateline stands ("PARIS, Feb 17 (Xinhua) -"): its date says when the article
    was filed, never when what the sentence tells happened."""
    w = (lex or load_lexicon()).dates
    assert w is not None
    m = _dateline(text, start, w)
    return (m.start(), m.end()) if m else None


def _dateline(text: str, start: int, w: DateWords) -> re.Match[str] | None:
    """The wire dateline near the body's start ("KYIV, March 3 (Reuters) -"), if any."""
    return _patterns(w)[1].search(text, start, start + 2000)
