"""Reading a figure as written: digits, words, scales, vague magnitudes, qualifiers and ranges.

A figure keeps how precisely it was written (``ulp``: one unit in its last significant place), so the
rules can tell a round "100,000" from an exact "13,482".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from ..lexicon import Lexicon
from ..lexicon_figure_forms import GROUPING
from ..models import QuantityValue


@dataclass(frozen=True)
class Parsed:
    figure: float  # the (lower) figure as written
    figure2: float | None  # upper figure of a range
    qualifier: str  # exact, more_than, at_least, about, nearly, up_to, fewer_than, vague, range
    ulp: float  # one unit in the last significant place of the figure
    vague_low: float | None = None
    vague_high: float | None = None
    round: bool = False  # written with trailing zeros ("100,000"): its last digits carry no information

    def converted(self, f: Callable[[float], float]) -> Parsed:
        """The same figure in another unit (linear conversions keep the ulp's proportion)."""
        f0 = f(0.0)
        scale = f(1.0) - f0
        return replace(
            self,
            figure=f(self.figure),
            figure2=f(self.figure2) if self.figure2 is not None else None,
            ulp=abs(self.ulp * scale),
            vague_low=f(self.vague_low) if self.vague_low is not None else None,
            vague_high=f(self.vague_high) if self.vague_high is not None else None,
        )

    @property
    def low(self) -> float | None:
        if self.qualifier == "vague":
            return self.vague_low
        if self.qualifier in ("up_to", "fewer_than", "nearly"):
            return None
        return self.figure

    @property
    def high(self) -> float | None:
        if self.qualifier == "vague":
            return self.vague_high
        if self.qualifier == "range":
            return self.figure2
        if self.qualifier in ("more_than", "at_least"):
            return None
        return self.figure


def quantity_value(p: Parsed, exact: bool = False, **fields: Any) -> QuantityValue:
    """A claim's value read off a parsed figure: its bounds, figure, precision and qualifier, with
    ``fields`` (its unit, measure, ...); ``exact``: a count read to the unit (people, in units of
    one), never a round figure."""
    return QuantityValue(
        low=p.low,
        high=p.high,
        figure=p.figure,
        figure2=p.figure2,
        ulp=1.0 if exact else p.ulp,
        round_figure=p.round and not exact,
        qualifier=p.qualifier,
        **fields,
    )


def _ulp(digits: str, scale: float) -> float:
    """'13,000' -> 1000; '1.2' million -> 100000; '48' -> 1."""
    d = digits.replace(",", "")
    if "." in d:
        frac = d.split(".")[1]
        return 10.0 ** (-len(frac)) * scale
    stripped = d.rstrip("0")
    zeros = len(d) - len(stripped) if stripped else 0
    return 10.0**zeros * scale


_DIGITS = re.compile(r"([0-9,]+(?:\.[0-9]+)?)(.*)$")  # the standard engine: faster on a short text
_SLASHED = re.compile(r"([0-9])/([0-9]+)(?:\s+of)?(?:\s+an?)?", re.I)  # "3/4", "3/4 of a"
_DECIMAL_COMMA = re.compile(r"[0-9]{1,3},[0-9]{1,2}")
_THOUSANDS_GROUPED = re.compile(r"[0-9],[0-9]{3}$")  # "100,000": its thousands already written out
_GROUPED = re.compile(f"(?<=[0-9])[{GROUPING}](?=[0-9]{{3}})")


def _compound(words: str, lex: Lexicon) -> float | None:
    """ "twenty-five": a tens word and a unit word, both from the lexicon."""
    tens, _, unit = words.partition("-")
    t, u = lex.number_words.get(tens), lex.number_words.get(unit)
    if t is None or u is None or t not in _TENS or not 1 <= u <= 9 or u != int(u):
        return None
    return t + u


_TENS = {20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0}


def _one(s: str, lex: Lexicon, currency: bool, as_unit: bool = False) -> tuple[float, float, float] | None:
    """Value, ulp and scale of one written number."""
    if " ".join(s.lower().split()) not in lex.number_words:  # "a million and a half" is a phrase of its own
        s, fraction = _fraction(s, lex)
    else:
        fraction = 0.0
    if (slashed := _SLASHED.fullmatch(s)) is not None:  # "3/4 (of a) mile": a part of one unit
        below = int(slashed.group(2))
        return int(slashed.group(1)) / below, 1.0 / below, 1.0
    s = _GROUPED.sub(",", s)  # "12 500" with a no-break space: 12,500
    s = " ".join(s.lower().replace("-", " - ").split()).replace(" - ", "-")
    m = _DIGITS.match(s)
    scale_part = ""
    if m:
        digits, scale_part = m.group(1), m.group(2).strip(" -")
        if scale_part and _DECIMAL_COMMA.fullmatch(digits):
            digits = digits.replace(",", ".")  # "6,2 billion": a decimal comma before a scale
        value = float(digits.replace(",", ""))
        base_ulp_digits = digits
    elif s in lex.number_words:  # "half a thousand", "a dozen": a phrase of its own
        value = lex.number_words[s]
        base_ulp_digits = str(int(value))
    else:
        words = s
        for sc in sorted(lex.scales, key=len, reverse=True):
            if len(sc) > 2 and (words.endswith(" " + sc) or words.endswith("-" + sc)):
                scale_part = words[-len(sc) :] + (" " + scale_part if scale_part else "")
                words = words[: -len(sc)].rstrip(" -")
        if words in lex.number_words:
            value = lex.number_words[words]
        elif words in ("a", "an") and scale_part:
            value = 1.0  # "a million"
        elif _compound(words, lex) is not None:
            value = float(_compound(words, lex) or 0)
        else:
            return None
        base_ulp_digits = str(int(value))
    scale = 1.0
    for part in scale_part.split():
        if len(part) <= 2 and not currency:  # "m", "bn", "cr": abbreviations
            if as_unit and part in lex.units:
                continue  # "a 2.5m wall": the letters are the unit, read after the figure
            return None  # "5m" without a currency or a counted noun is five metres, not five million
        if part not in lex.scales:
            return None
        scale *= lex.scales[part]
    if scale == 1000.0 and _THOUSANDS_GROUPED.search(base_ulp_digits):
        return None  # "100,000 thousand people": the thousands told twice, a slip no value can be read from
    if fraction:  # "two and a half million": told to the half, of the scale
        return (value + fraction) * scale, fraction * scale, scale
    if 0.0 < value < 1.0:  # "three-quarters of a mile": told to the quarter
        return _scaled(value, scale), _part_ulp(value) * scale, scale
    return _scaled(value, scale), _ulp(base_ulp_digits, scale), scale


def _scaled(value: float, scale: float) -> float:
    """``value`` times ``scale`` as written: "1.1 lakh" is 110,000, where the binary product is
    110,000.00000000001 and no longer a whole count of people."""
    if scale == 1.0 or value.is_integer():
        return value * scale
    return float(Decimal(repr(value)) * Decimal(scale))


def _part_ulp(value: float) -> float:
    """The part of one a fraction is told to: 0.75 to the quarter, 2/3 to the third."""
    return next((1.0 / d for d in (2, 3, 4, 8, 10, 16) if abs(value * d - round(value * d)) < 1e-6), 1.0)


def _fraction(s: str, lex: Lexicon) -> tuple[str, float]:
    """The number without the fraction written after its whole part ("eight-and-a-half", "2 and a
    half million"), and the fraction's value (0 when there is none)."""
    m = lex.fraction_re.search(s) if lex.fraction_re is not None else None
    if m is None:
        return s, 0.0
    words = " ".join(m.group(0).lower().replace("-", " ").split())
    return s[: m.start()] + s[m.end() :], lex.fractions.get(words, 0.0)


def value_of(s: str, lex: Lexicon) -> float | None:
    """The value of one written number ("4", "five", "a hundred", "1,000"), or None."""
    one = _one(s, lex, currency=False)
    return one[0] if one is not None else None


_PARSED: dict[tuple[Any, ...], Parsed | None] = {}  # parse_number's answers under the lexicon of _PARSED_BY
_PARSED_BY: list[Lexicon | None] = [None]
_PARSED_MOST = 4096  # answers kept before the store is emptied


def parse_number(m: Any, lex: Lexicon, currency_after: bool = False, as_unit: bool = False) -> Parsed | None:
    """The figure of a number match; ``currency_after``: a currency or a counted noun is named right
    after it ("121m euros", "106.8m shares"), so a glued "m" is a million, as after a symbol
    ("€121m"); ``as_unit``: a size is told ("waves of 4m", "500m away"), so it is a unit.

    It reads nothing but the match's groups and the lexicon, and one figure is parsed by several
    readers (its claim, a total's parts, an elided noun), and "two" or "40" in most articles: the
    answers are kept, by the groups it reads (a Parsed is never changed)."""
    key = (id(lex), m.group(*_READ), currency_after, as_unit)
    if _PARSED_BY[0] is not lex:
        _PARSED.clear()
        _PARSED_BY[0] = lex
    elif (found := _PARSED.get(key, _UNREAD)) is not _UNREAD:
        return found  # type: ignore[return-value]
    if len(_PARSED) >= _PARSED_MOST:
        _PARSED.clear()
    parsed = _PARSED[key] = _parse_number(m, lex, currency_after, as_unit)
    return parsed


_UNREAD = object()
_READ = ("cur", "cur2", "qual", "vague", "vscale", "num", "num2", "post")  # the groups _parse_number reads


def _parse_number(m: Any, lex: Lexicon, currency_after: bool, as_unit: bool) -> Parsed | None:
    currency = bool(m.group("cur") or m.group("cur2")) or currency_after
    qual = lex.qualifiers.get(" ".join((m.group("qual") or "").lower().split()), "exact")
    if m.group("vague"):
        lo, hi = lex.vague[" ".join(m.group("vague").lower().split())]
        for word in (m.group("vscale") or "").lower().replace("-", " ").split():
            lo, hi = lo * lex.scales[word], hi * lex.scales[word]  # "several hundred thousand"
        return Parsed(lo, hi, "vague", lo, lo, hi)
    # "over an hour", "up to a mile": one unit (the pattern reads an article so only after a qualifier)
    article = m.group("num").lower() in ("a", "an")
    first = (1.0, 1.0, 1.0) if article else _one(m.group("num"), lex, currency, as_unit)
    if first is None:
        return None
    value, ulp, scale = first
    if m.group("num2"):
        second = _one(m.group("num2"), lex, currency, as_unit)
        if second is None:
            return None
        v2, ulp2, scale2 = second
        if scale == 1.0 and scale2 > 1.0 and value * scale2 <= v2:
            # "between 5 and 7 million": the scale written once applies to both
            value, ulp = _scaled(value, scale2), ulp * scale2
        if v2 <= value:
            return None  # not a range ("2014-15" is handled as dates; "5 to 3", a "3-3" draw are not)
        return Parsed(value, v2, "range", min(ulp, ulp2), round=min(ulp, ulp2) > 1)
    if qual == "most_of":  # "the better part of 1,000": more than half of it, up to it
        return Parsed(value / 2, value, "range", ulp, round=ulp > 1)
    after = lex.after.get(" ".join((m.group("post") or "").lower().lstrip("-").split()))
    if after == "span" and ulp >= 10:
        # "40-odd", "twenty-odd": from the figure up to the next of its last place, 40 to 49
        return Parsed(value, value + 0.9 * ulp, "range", ulp / 10)
    if after in ("at_least", "more_than", "about", "up_to"):
        qual = after  # "150-plus", "a dozen or so", "500 or more", "ten or fewer"
    return Parsed(value, None, qual, ulp, round=ulp > 1)
