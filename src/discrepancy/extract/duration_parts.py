"""A duration told in two units, the smaller part added to the larger: "the tornado was on the
ground for 1 hour and 11 minutes" is 71 minutes, "burned for two days and 12 hours" 60 hours
(``figure._read_measure_unit``); a part of one unit told after the unit is added too ("an hour and
a half", "a mile and a half")."""

from __future__ import annotations

from ..grammar import section
from ..lexicon import Lexicon
from ..normalise.units import to_base
from .numbers import Parsed, parse_number

G = section("duration_parts")

_SMALLER_PART = G.re("smaller_part")
_LONG_FORM = G.re("long_form")
_FRACTION_AFTER = G.re("fraction_after")
# the units a duration's smaller part may be in, by the unit of its larger part
_SMALLER = {"day": ("hour",), "hour": ("minute",), "minute": ("second",)}


def with_smaller_part(
    text: str, end: int, se: int, parsed: Parsed, unit: str, lex: Lexicon
) -> tuple[Parsed, int] | None:
    """The duration ``parsed`` (in the base unit, told in ``unit``) with the smaller part told
    right after it added ("1 hour and 11 minutes"), and where that part ends; None: no such part.
    The sum is told to one of the smaller unit, and keeps the larger part's qualifier ("over 1
    hour and 10 minutes")."""
    base = lex.base_units.get("duration")
    rest = _SMALLER_PART.match(text, end, se)
    if base is None or rest is None or rest.group("unit").lower().rstrip("s") not in _SMALLER.get(unit, ()):
        return None
    num = lex.number_re.match(text, rest.start("num"))
    part = parse_number(num, lex) if num is not None and num.end() == rest.end("num") else None
    if part is None or part.qualifier != "exact" or parsed.qualifier == "range":
        return None
    small = rest.group("unit").lower().rstrip("s")
    extra = to_base(part.figure, small, base)
    return Parsed(parsed.figure + extra, None, parsed.qualifier, to_base(1, small, base)), rest.end()


def long_form_end(text: str, end: int, se: int) -> int | None:
    """Where "-long" ends right after a unit of time ("a week-long blaze": one week, the blaze's
    length), else None."""
    m = _LONG_FORM.match(text, end, se)
    return m.end() if m is not None else None


def with_fraction_after(text: str, end: int, se: int, parsed: Parsed, lex: Lexicon) -> tuple[Parsed, int] | None:
    """The figure ``parsed`` (in the unit that ends at ``end``) with the part of one unit told right
    after the unit added ("an hour and a half": 1.5 hours, told to the half), and where that part
    ends; None: no such part, or a range ("one to two hours and a half" is not read)."""
    m = _FRACTION_AFTER.match(text, end, se)
    if m is None or parsed.qualifier in ("range", "vague") or parsed.figure != int(parsed.figure):
        return None
    part = lex.fractions.get(" ".join(["and", *m.group("frac").lower().replace("-", " ").split()]))
    if part is None:
        return None
    return Parsed(parsed.figure + part, None, parsed.qualifier, part if part in (0.5, 0.25) else 0.25), m.end()
