"""A figure and its unit, the first stage of reading a count or measure.

Whether a figure is a claim at all (not an age, a clock time, a phone number, a proportion's term),
its value, and the unit, currency or magnitude written with it ("30 miles (48 km) southwest of
Marrakesh"). Also the plain data the later stages fill in (Figure) and return (QuantityHit).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..grammar import section
from ..lexicon import Lexicon
from ..normalise.units import to_base
from .distance_anchors import anchor_name, direction
from .duration_parts import long_form_end, with_fraction_after, with_smaller_part
from .figure_gates import Gate
from .launch_ends import ended_flight
from .numbers import Parsed, parse_number, value_of
from .quantity_context import refine_measure, unit_context_ok
from .rates import earlier_month_rate, rate_period_word
from .records import YEARS_HIGH
from .unit_ranges import unit_twice

G = section("figure")

_MINUS = G.re("minus")
_CONVERSION = G.re("conversion")
_MAGNITUDE = G.re("magnitude")
_MAGNITUDE_AFTER = Gate(G.re("magnitude_after"))
_MAGNITUDE_AS = G.re("magnitude_as")
_AGE = Gate(G.re("age"))
_AGE_APPOSITIVE = G.re("age_appositive")
_AGE_LAST = G.re("age_last")
_NAMED_BEFORE = G.re("named_before")
_RECORD_FOR = G.re("record_for")
_YEARS_AFTER = G.re("years_after")
_AGE_SET_BEFORE = Gate(G.re("age_set_before"))
_TIME_BEFORE_COUNT = G.re("time_before_count")
_PHONE = G.re("phone")
_PHONE_DIGITS = G.re("phone_digits")
_CODE_DIGITS = G.re("code_digits")
_CODE_BEFORE = G.re("currency_code_before")
_CODE_AFTER = G.re("currency_code_after")
_COUNTED_AFTER = G.re("counted_after")
_SUM_AFTER = G.re("sum_after")
_SIZE_BEFORE = G.re("size_before")
_SIZE_AFTER = G.re("size_after")
_GLUED_LETTERS = re.compile(r"[A-Za-z]+$")
_SPEAKER_BEFORE = G.re("speaker_before")
_NAME_QUOTED = Gate(G.re("name_quoted"))
_PRONOUN_ONE = G.re("pronoun_one")
_ALL_BUT = Gate(G.re("all_but"))
_NAME_NUMBER = G.re("name_number")
_BACK_REFERENCE = G.re("back_reference")
_FOOTNOTE = G.re("footnote")
_FOOTNOTE_END = G.re("footnote_end")
_BACK_REFERENCE_AFTER = G.re("back_reference_after")
_NAME_NUMBER_END = G.re("name_number_end")
_SHOWN_IN = Gate(G.re("shown_in"))  # 160 characters before every figure: skipped with no word of a picture
_ATTRIBUTIVE_NOUN = G.re("attributive_noun")
_DIFFERENCE_AFTER = Gate(G.re("difference_after"))
_PRONOUN_ONE_AFTER = G.re("pronoun_one_after")
_DISTRIBUTIVE_BEFORE = Gate(G.re("distributive_before"))
_DISTRIBUTIVE_AFTER = Gate(G.re("distributive_after"))
_FROM_ANCHOR = G.re("from_anchor")
_THING_DIMENSION = G.re("thing_dimension")
_WIDTH_BEFORE = G.re("width_before")
_WIDE_AFTER = G.re("wide_after")
_OFFSET_AFTER = G.re("offset_after")
_INTERVAL_LATER = G.re("interval_later")
_SECOND_ONE = G.re("second_one")
_SECOND_REACH = 60  # characters before a duration where the second act's subject stands


def second_act_later(text: str, ss: int, start: int, end: int) -> bool:
    """ "then another attacked 20 minutes later": the duration is the interval between two acts of
    one occurrence, not a time."""
    return bool(_INTERVAL_LATER.match(text, end)) and bool(
        _SECOND_ONE.search(text, max(ss, start - _SECOND_REACH), start)
    )


_ATTRIBUTIVE_SIZE = G.re("attributive_size")
_DURATION_ADJECTIVE = G.re("duration_adjective")
_GLUED_UNIT = re.compile(r"-[a-z]+$", re.IGNORECASE)


def attributive_size(text: str, start: int, end: int) -> bool:
    """A measure told as a noun's modifier ("the 20-30-metre-long vessel", "a six-week trial"),
    which its clause takes for granted: its hedge or negation is of the act, not the size."""
    m = _ATTRIBUTIVE_SIZE.match(text, end)
    return m is not None and (m.group("dim") is not None or _GLUED_UNIT.search(text[start:end]) is not None)


_RISEN_UP = G.re("risen_up")
_RATIO = G.re("ratio")
_RATIO_BEFORE = G.re("ratio_before")
_RESTATED = G.re("restated")
_SUMMIT_ANCHORS = G.words("summit_anchors")
_CLOCK_UNITS = G.words("clock_units")


@dataclass
class QuantityHit:
    start: int
    end: int
    parsed: Parsed
    measure: str
    population: str | None
    unit: str | None
    stated_unit: str | None
    owner: str | None
    occurrence: str | None
    anchor: str | None
    cumulative: bool
    pos: int  # where the figure starts (for modality)
    stated_figure: float = 0.0  # the figure in the unit as written
    topic: str | None = None  # what a percentage or amount is of
    also_owners: tuple[str, ...] = ()  # "A, B and C each won four seats": B's and C's four too
    direction: str | None = None  # "71 km southwest of Marrakesh": SW
    scope: str | None = None  # a part of the whole: "at the base camp", "Pakistan, where 50 died"
    country: str | None = None  # "90 people have died in Nepal": a country part, if the story spans several
    place: str | None = None  # "In Rouen, 14,800 marched": a place part, if the story counts in several
    period: str | None = None  # "in the past 24 hours": an increment over a period, not the total
    comparable: bool = True  # False: the figure lacks what it needs to be compared (topic, owner)
    confidence: float = 1.0  # how surely the subject key was read (lower: read off the open vocabulary)
    # where the words start that tell the figure as since updated ("the previous toll of 40"): a
    # figure of an earlier time, dated only by a date told after them
    earlier: int | None = None
    part: bool = False  # counts the part of a whole its group is ("11 others are Velmish")


@dataclass
class Shared:
    """What a bare figure takes from the claim or group it belongs to."""

    measure: str
    population: str | None
    scope: str | None = None
    place: str | None = None
    country: str | None = None
    subgroup: bool = False  # a part of a group of its own ("Of the 16 Russian citizens, 7 died")


@dataclass
class Figure:
    """A figure being read: what the stages (unit, counted noun, context) have found so far."""

    start: int  # the quote's span, which grows as the unit or noun is read
    end: int
    pos: int  # where the number itself starts (for modality)
    figure_end: int  # where the number as matched ends
    qualified: bool  # written with a qualifier ("more than", "about")
    parsed: Parsed
    stated_figure: float  # the figure in the unit as written
    per_unit: bool  # "each made up of 700 to 800 troops": per unit, its own subject
    measure: str | None = None
    unit: str | None = None
    stated: str | None = None
    population: str | None = None
    mods: list[str] = field(default_factory=list)  # the words between the figure and its noun
    anchor: str | None = None
    direction: str | None = None
    confidence: float = 1.0
    owned_noun: bool = False  # an open count of something owned ("won five seats"): whose, from the sentence
    clock_unit: bool = False  # "24 hours" (not "24-hour"): a duration only if an act is said to last it
    part: bool = False  # counts the part of a whole its group is ("three other deceased are Velmish")
    of_whole: bool = False  # counts things a whole after it names ("93 of 264 seats"): its noun is the whole's


def read_figure(text: str, ss: int, se: int, m: Any, in_date: Callable[[int], bool], lex: Lexicon) -> Figure | None:
    """The figure matched by ``m`` with its unit, or None when it is no claim of anything."""
    pos = m.start("vague") if m.group("vague") else m.start("num")
    if in_date(pos):
        return None
    lo, hi = max(ss, m.start() - 40), min(se, m.end() + 40)
    before, after = text[lo : m.start()], text[m.end() : hi]
    # a verb of change may stand far before its "from" ("raised the toll in the clash ... from three to 20")
    # "up from 10.1% in September": the earlier level, a claim of its month; "a 41-year high": a record
    if (
        _no_claim(text, m, (lo, hi), before, after, lex)
        or _record_span(text, ss, m, lex)
        or (
            _changed_from(text[max(ss, m.start() - _CHANGE_REACH) : m.start()], m, lex)
            and not earlier_month_rate(text, m.start(), m.end(), se)
        )
    ):
        return None
    # "each made up of 700 to 800 troops", "₹2 lakh to each family": per unit, its own subject
    per_unit = bool(
        _DISTRIBUTIVE_BEFORE.search_slice(text, lo, m.start()) or _DISTRIBUTIVE_AFTER.match_slice(text, m.end(), hi)
    )
    glued = m.group(0)[-1:].isalpha() and (
        _currency_word_after(text, m.end(), se, lex) or _counted_after(text, m, se, lex)
    )
    inherited = _currency_before(text, ss, se, m, lex) if m.group(0)[-1:].isalpha() and not glued else None
    glued = glued or inherited is not None
    parsed = parse_number(m, lex, glued)
    unit_letters = _glued_size(text, ss, se, m, lex) if parsed is None and not glued else 0
    if unit_letters:
        parsed = parse_number(m, lex, as_unit=True)  # "500m away", "a 2,800m (3,062 yard) runway"
    if parsed is None:
        return None
    ratio = _RATIO.match(text, m.end(), se)
    if ratio is not None and parsed.figure <= 10 and parsed.figure < (value_of(ratio.group("whole"), lex) or 0):
        return None  # "nearly 1 in 4 of the population": a proportion, not a count
    if _RATIO_BEFORE.search(text, max(ss, m.start() - 20), m.start()):
        return None  # "1 in 3 residents": the proportion's second term
    if parsed.qualifier == "up_to" and _RISEN_UP.search(text, max(ss, m.start() - 20), m.start()):
        parsed = dataclasses.replace(parsed, qualifier="exact")  # "has gone up to 2,497": the level reached
    start, end = m.start(), m.end() - unit_letters
    restated = _RESTATED.match(text, end, se)
    if restated and m.group("num") and not m.group("num")[0].isdigit():
        end = restated.end()  # "thirty-nine (39) people": the digits restate the words
    start += len(text[start:end]) - len(text[start:end].lstrip())
    fig = Figure(start, end, pos, m.end(), bool(m.group("qual")), parsed, parsed.figure, per_unit)
    if not _read_unit(fig, text, ss, se, m, before, after, lex, inherited):
        return None
    if m.group("between") and not m.group("num2") and fig.stated and fig.measure != "temperature":
        unit_twice(fig, text, se, lex)
    return fig


def _glued_size(text: str, ss: int, se: int, m: Any, lex: Lexicon) -> int:
    """How many letters glued to a figure are its unit ("4m", not "4bn") where a size is told (0:
    none): words of a size before it ("waves reached 4.5m") or after it ("500m away", "2.5m high",
    "(3,062 yards)")."""
    letters = _GLUED_LETTERS.search(m.group(0))
    if letters is None or letters.group(0).lower() not in lex.units:
        return 0
    sized = _SIZE_AFTER.match(text, m.end(), se) or _SIZE_BEFORE.search(text, max(ss, m.start() - 40), m.start())
    return len(letters.group(0)) if sized else 0


def _read_unit(
    fig: Figure, text: str, ss: int, se: int, m: Any, before: str, after: str, lex: Lexicon, inherited: str | None
) -> bool:
    """The currency, magnitude or unit written with the figure, if any (``inherited``: the
    currency of a sum before it, see ``_currency_before``); False: the figure is no claim after
    all ("two days after the blast" is a time)."""
    end = fig.end
    cur = m.group("cur") or m.group("cur2") or inherited
    coloured = _DURATION_ADJECTIVE.match(text, end, se)  # "six grueling weeks"
    um = lex.unit_re.match(
        text,
        coloured.end()
        if coloured
        else end + (len(text[end:se]) - len(text[end:se].lstrip()))
        if text[end : end + 1] != "-"
        else end + 1,
        se,
    )
    otherwise = None  # the currency a unit's word names where it is no unit ("40 million pounds")
    if um is not None:
        spec0 = lex.units.get(um.group(0).lower())
        if (
            spec0 is not None
            and spec0.get("needs_context")
            and not unit_context_ok(um.group(0).lower(), text, um.end(), se)
        ):
            otherwise = spec0.get("otherwise")
            um = um if otherwise else None  # "15,400 in the past week": 'in' is not inches here
    code = _currency_code(text, ss, se, m, fig, lex) if cur is None and um is None else None
    if cur:
        fig.measure, fig.unit = "money", lex.currencies[cur.lower()]
        fig.stated = fig.unit
    elif code:
        fig.measure, fig.unit, fig.stated = "money", code, code
    elif (
        _MAGNITUDE.search(before)
        or _MAGNITUDE_AFTER.match_slice(text, m.end(), m.end() + len(after))
        or _decimal(m.group(0))
        and _MAGNITUDE_AS.search(text, max(ss, m.start() - 80), m.start())
    ):
        fig.measure, fig.unit, fig.stated = "magnitude", None, "magnitude"
        mm = _MAGNITUDE_AFTER.match_slice(text, m.end(), m.end() + len(after))
        if mm:
            fig.end = m.end() + mm.end()
    elif um is not None:
        fig.clock_unit = text[end : end + 1] != "-" and um.group(0).lower() in _CLOCK_UNITS
        return _read_measure_unit(fig, text, ss, se, um, lex, otherwise)
    return True


def _currency_word_after(text: str, end: int, se: int, lex: Lexicon) -> bool:
    """A currency named right after a figure ("121m euros", "5bn pounds", "30m USD")."""
    um = lex.unit_re.match(text, end + len(text[end:se]) - len(text[end:se].lstrip()), se)
    word = um.group(0).lower() if um is not None else None
    if word is not None and (word in lex.currencies or (lex.units.get(word) or {}).get("otherwise")):
        return True
    code = _CODE_AFTER.match(text, end, se)
    return code is not None and code.group("code") in lex.currency_codes


def _currency_before(text: str, ss: int, se: int, m: Any, lex: Lexicon) -> str | None:
    """The currency of the last sum told before a figure with a glued scale in its sentence
    ("revenue of £2.1bn and a loss of 106.8m": pounds), when the clause goes on as after a sum
    ("106.8m for the year", "106.8m.") and tells no size ("1.2m deep", "the wall is 2.5m.")."""
    if not _SUM_AFTER.match(text, m.end(), se) or _SIZE_BEFORE.search(text, max(ss, m.start() - 40), m.start()):
        return None
    cur = None
    for f in lex.figures(text, ss, m.start()):
        cur = f.group("cur") or f.group("cur2") or cur
    return cur


def _counted_after(text: str, m: Any, se: int, lex: Lexicon) -> bool:
    """A figure with a glued scale before a plural noun ("106.8m shares", "3m people", "2bn
    doses"): millions, billions."""
    if _COUNTED_AFTER.match(text, m.end(), se):
        return True
    space = len(text[m.end() : se]) - len(text[m.end() : se].lstrip())
    return space > 0 and lex.noun_re.match(text, m.end() + space, se) is not None


def _currency_code(text: str, ss: int, se: int, m: Any, fig: Figure, lex: Lexicon) -> str | None:
    """An ISO code written in capitals right before or after the figure ("PKR 500,000", "40
    million USD"), which then takes it into its quote."""
    before = _CODE_BEFORE.search(text, max(ss, m.start() - 4), m.start())
    if before is not None and before.group("code") in lex.currency_codes:
        fig.start = before.start()
        return before.group("code")
    after = _CODE_AFTER.match(text, fig.end, se)
    if after is not None and after.group("code") in lex.currency_codes:
        fig.end = after.end()
        return after.group("code")
    return None


def _read_measure_unit(
    fig: Figure, text: str, ss: int, se: int, um: Any, lex: Lexicon, currency: str | None = None
) -> bool:
    """A unit of measure or a currency word after the figure: "30 miles (48 km)", "20 degrees";
    ``currency``: the currency the word names here, not being a unit."""
    word, unit_end = um.group(0).lower(), 0
    if currency or word in lex.currencies:
        measure, fig.unit, fig.stated = "money", currency or lex.currencies[word], word
    else:
        spec = lex.units[word]
        measure = str(spec["measure"])
        base = lex.base_units.get(measure)
        fig.stated = word
        if (part := with_fraction_after(text, um.end(), se, fig.parsed, lex)) is not None:
            fig.parsed, unit_end = part  # "an hour and a half", "a mile and a half": 1.5 of the unit
        if measure == "temperature" and _MINUS.search(text, max(ss, fig.start - 7), fig.start):
            fig.parsed = fig.parsed.converted(_negate)  # "minus 20 degrees Celsius"
            fig.stated_figure = -fig.stated_figure
        fig.unit = base or str(spec["unit"])
        if base:
            stated_pint = str(spec["unit"])
            fig.parsed = fig.parsed.converted(functools.partial(_convert, unit=stated_pint, base=base))
    fig.end = end = max(um.end(), unit_end)
    if measure == "duration" and (whole := with_smaller_part(text, end, se, fig.parsed, lex.units[word]["unit"], lex)):
        fig.parsed, fig.end = whole  # "1 hour and 11 minutes": one duration
        end = fig.end
    if measure == "duration" and (long_end := long_form_end(text, end, se)) is not None:
        fig.end = end = long_end  # "a week-long blaze": the length of the act after it, else no claim
        fig.clock_unit = True
    if (
        measure == "duration"
        and _OFFSET_AFTER.match(text, end, se)
        and not second_act_later(text, ss, fig.start, end)
        and not ended_flight(text, ss, se, fig.start, end)  # "three minutes after lift off, it exploded"
    ):
        return False  # "two days after the blast": a time, not a duration
    conv = _CONVERSION.match(text, end, se)
    if conv:  # "30 miles (48 km)": the conversion is part of the same claim
        fig.end = end = conv.end()
    if measure == "distance" and fig.unit and _THING_DIMENSION.match(text, um.end(), se):
        # "a quarter-mile-long ship": the size of a thing, a length as "a 400-metre-long ship" is
        length = lex.base_units["length"]
        fig.parsed = fig.parsed.converted(functools.partial(_convert, unit=fig.unit, base=length))
        fig.unit, measure = length, "length"
    fig.measure = measure = refine_measure(measure, text, ss, se, fig.start, end, lex)
    if measure == "path_length" and _width(text, ss, se, fig.start, um.end()):
        fig.measure = measure = "distance"  # "a path width of half a mile": no length of the path
    if measure == "distance":
        am = _FROM_ANCHOR.match(text, end, se)
        anchor = am.group(1).lower().removesuffix("'s").removesuffix("’s") if am else None
        if am is not None:
            anchor = anchor_name(text, ss, se, fig.start, am.end(1), anchor) or anchor
            fig.direction = direction(text, end, am.end(1))
        fig.anchor = "summit" if anchor in _SUMMIT_ANCHORS else anchor  # "of the peak", "of the crater"
    return True


def _width(text: str, ss: int, se: int, start: int, unit_end: int) -> bool:
    """Whether a figure of distance is told as a width ("a path width of half a mile", "a path 1.5
    miles wide")."""
    return bool(_WIDTH_BEFORE.search(text, max(ss, start - 30), start) or _WIDE_AFTER.match(text, unit_end, se))


def restated_end(text: str, end: int, se: int, lex: Lexicon) -> int | None:
    """Where a conversion in brackets after a figure's unit closes ("0.4 degrees Celsius (0.72
    degrees Fahrenheit)"), or None: a figure that is no claim takes its restatement with it."""
    at = end + len(text[end:se]) - len(text[end:se].lstrip())
    um = lex.unit_re.match(text, at, se)
    conv = _CONVERSION.match(text, um.end(), se) if um is not None else None
    return conv.end() if conv is not None else None


def _decimal(figure: str) -> bool:
    """A figure written with a decimal point ("6.9"), as magnitudes are."""
    return "." in figure and any(
        figure[i - 1].isdigit() and figure[i + 1 : i + 2].isdigit() for i in range(1, len(figure)) if figure[i] == "."
    )


def _no_claim(text: str, m: Any, bounds: tuple[int, int], before: str, after: str, lex: Lexicon) -> bool:
    """A figure that is no count of anything: an age, a clock time, a label, a phone number, who
    speaks ('..., said one demonstrator'), a quoted name ('under the slogan "15 for 15"'), "one"
    standing for someone ("their loved one"), those "all but" leaves out, a difference ("three
    fewer than"), those a picture shows, a number ending a vessel's name, people referred back to
    ("the two died in hospital") or a footnote's number ("[1]"). ``before`` and ``after``: the
    figure's neighbours, ``text`` from ``bounds[0]`` to it and from it to ``bounds[1]``."""
    lo, hi = bounds
    if _AGE.match_slice(text, m.end(), hi) or lex.aged_re.search(before) or lex.clock_re.match(after):
        return True
    if lex.label_re.search(before) and not _TIME_BEFORE_COUNT.search(before):
        return True  # "Flight 302", "day 12"; not "This year 18,000 pilgrims"
    if _AGE_SET_BEFORE.search_slice(text, lo, m.start()):  # "lower the voting age to 16": a threshold (ages.py)
        return True
    num = m.group("num")
    if (
        before.rstrip().endswith(",")
        and num
        and num.isdigit()
        and len(num) <= 3
        and not (m.group("qual") or m.group("cur"))
        and (_AGE_APPOSITIVE.match(after) or _AGE_LAST.match(after) and _NAMED_BEFORE.search(before))
    ):
        return True  # "Ali Reza, 34, ...", "and John Reed, 28.": an age in apposition
    if num and (_PHONE_DIGITS.match(text, m.start("num")) and _PHONE.match(after) or _CODE_DIGITS.match(num)):
        return True
    if (
        num
        and num.lower() == "one"
        and not m.group("qual")
        and _PRONOUN_ONE.search(before)
        and _PRONOUN_ONE_AFTER.match(after)
    ):
        return True  # "their loved one who was killed": a pronoun, no count
    if _DIFFERENCE_AFTER.match_slice(text, m.end(), hi):
        return True  # "three fewer than the 48": a difference, no count
    if _ATTRIBUTIVE_NOUN.match(after):
        return True  # "the six-storey building": an adjective's figure, no count
    if _ALL_BUT.search_slice(text, lo, m.start()):
        return True  # "leaving all but two feared dead": those left out, not the dead
    if num and num.isdigit() and _FOOTNOTE.search(before) and _FOOTNOTE_END.match(after):
        return True  # "killed 17 people [1]": a footnote's number
    if num and not num[0].isdigit() and _BACK_REFERENCE.search(before) and _BACK_REFERENCE_AFTER.match(after):
        return True  # "the two died in hospital": those told of before, no count of its own
    if _ends_on_a_name(before) and _NAME_NUMBER.search(before) and _NAME_NUMBER_END.match(after):
        return True  # "leaped off the MV Lady Mary Joy 3 in fear": part of a name
    if _SHOWN_IN.search(text, max(0, m.start() - 160), m.start()):
        return True  # "photos show dozens of people on deck": those a picture holds
    return bool(_SPEAKER_BEFORE.search(before) or _NAME_QUOTED.search_slice(text, lo, m.start()))


def _ends_on_a_name(before: str) -> bool:
    """Whether the words before a figure may end on a capitalised word and white space, as every
    match of ``_NAME_NUMBER`` does: a test far cheaper than that pattern (of the regex module) on
    the lower-case word most figures follow ("killed 40")."""
    words = before.split()
    return bool(words) and before[-1].isspace() and not words[-1][0].islower()


_CHANGE_REACH = 110  # characters before a figure where a verb of change may govern its "from"


def _record_span(text: str, ss: int, m: Any, lex: Lexicon) -> bool:
    """A count of years that is a record's span ("a 41-year high", "the fastest rate for 45 years"),
    or a period that is a rate's ("12-month inflation rates"): no duration."""
    if YEARS_HIGH.match(text, m.start()) or rate_period_word(text, m.end(), len(text)):
        return True  # "a 41-year high", "12-month inflation rates"
    f = _RECORD_FOR.search(text, max(ss, m.start() - 30), m.start())
    return (
        f is not None
        and _YEARS_AFTER.match(text, m.end()) is not None
        and lex.superlative_before_re.search(text, max(ss, f.start() - 60), f.start()) is not None
    )


def _changed_from(before: str, m: Any, lex: Lexicon) -> bool:
    """The earlier figure of a change ('rose to 3,400 from 1,200', 'raised the toll from three to 20')."""
    told = before + (m.group("between") or "")
    if not told.rstrip().lower().endswith("from"):
        return False  # the pattern ends on "from": most figures need not be scanned for a verb of change
    return bool(lex.change_from_re.search(told) and m.group("between") != "between")


def _negate(value: float) -> float:
    return -value


def _convert(value: float, unit: str, base: str) -> float:
    return to_base(value, unit, base)
