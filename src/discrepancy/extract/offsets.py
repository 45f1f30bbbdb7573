"""How long before or after something an act came, when the text gives it beside the act's time:
"the first call came at 6.34pm, about four hours before the crush". The lead is a duration keyed by
the act it times and its direction (``before first call``), so that "several hours before" and
"about four hours before" meet as intervals. Only acts the lexicon names are read (a lead of "said
on Monday, two days after the vote" is not one)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..grammar import section
from ..lexicon import Lexicon
from ..models import QuantityValue
from ..normalise.units import to_base
from .numbers import Parsed, parse_number, quantity_value

G = section("offsets")
_BETWEEN = G.re("between")
_UNIT_DIRECTION = G.re("unit_direction")
_REACH = 60  # characters after an act's time where its lead may stand


@dataclass(slots=True)
class Lead:
    start: int
    end: int
    parsed: Parsed  # in the duration's base unit
    unit: str  # that base unit
    stated_figure: float
    stated_unit: str
    direction: str  # before, after


def _to_base(value: float, unit: str, base: str) -> float:
    return to_base(value, unit, base)


def lead_after(text: str, at: int, end: int, lex: Lexicon) -> Lead | None:
    """The lead that follows an act's time ending at ``at`` ("- several hours before the crush")."""
    stop = min(end, at + _REACH)
    for m in lex.number_re.finditer(text, at, stop):
        if not _BETWEEN.fullmatch(text, at, m.start()):
            return None  # other words come first: the figure is not this time's lead
        ud = _UNIT_DIRECTION.match(text, m.end(), end)
        parsed = parse_number(m, lex)
        if ud is None or parsed is None:
            return None
        word = ud.group("unit").lower()
        spec = lex.units.get(word)
        base = lex.base_units.get("duration")
        if spec is None or base is None:
            return None
        stated = str(spec["unit"])
        converted = parsed.converted(functools.partial(_to_base, unit=stated, base=base))
        return Lead(m.start(), ud.end(), converted, base, parsed.figure, word, ud.group("dir").lower())
    return None


def lead_value(lead: Lead, act: str) -> tuple[str, str, QuantityValue]:
    """The subject, label and value of a lead claim: how long ``before first call``."""
    p = lead.parsed
    anchor = f"{lead.direction} {act}"
    value = quantity_value(
        p,
        stated_figure=lead.stated_figure,
        unit=lead.unit,
        stated_unit=lead.stated_unit,
        measure="duration",
        anchor=anchor,
    )
    return f"quantity:duration|-|-|-|{anchor}|-", f"duration, {anchor}", value
