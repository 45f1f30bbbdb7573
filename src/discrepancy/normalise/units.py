"""Units through pint: every measure is compared in one base unit ("30 miles" and "48 km" meet).

pint is slow per call, so each (unit, base) pair is converted once and kept as a linear map
``value * scale + offset`` (offset is non-zero only for temperatures). pint is imported, and its
registry built, at the first conversion between two different units (about a second of CPU: its
definitions file is parsed, and its import pulls in dask when that is installed). A unit stated
in its base ("12%", "40 km") is the identity map, and the bundled lexicon's other units are
pint's own answers kept here (``tests/test_units_known.py`` asks pint for each, and for every pair
the bundled lexicon makes): most runs need no registry at all.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pint

_UREG: pint.UnitRegistry | None = None


def registry() -> pint.UnitRegistry:
    global _UREG
    if _UREG is None:
        import pint

        _UREG = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
    return _UREG


# pint 0.25's maps for the units of rules/lexicon/measures.yaml to their measure's base, bit for bit
_KNOWN: dict[tuple[str, str], tuple[float, float]] = {
    ("acre", "hectare"): (0.40468726098742513, 0.0),
    ("centimeter", "millimeter"): (10.0, 0.0),
    ("day", "hour"): (24.0, 0.0),
    ("degree_Fahrenheit", "degree_Celsius"): (0.5555555555555429, -17.777777777777743),
    ("foot", "meter"): (0.30479999999999996, 0.0),
    ("inch", "millimeter"): (25.4, 0.0),
    ("kilogram", "metric_ton"): (0.001, 0.0),
    ("kilometer ** 2", "hectare"): (100.0, 0.0),
    ("knot", "kilometer / hour"): (1.852, 0.0),
    ("mile", "kilometer"): (1.609344, 0.0),
    ("mile ** 2", "hectare"): (258.9988110336, 0.0),
    ("mile / hour", "kilometer / hour"): (1.609344, 0.0),
    ("minute", "hour"): (0.016666666666666666, 0.0),
    ("month", "hour"): (730.5, 0.0),
    ("pound", "metric_ton"): (0.00045359237000000004, 0.0),
    ("week", "hour"): (168.0, 0.0),
    ("yard", "meter"): (0.9144, 0.0),
    ("year", "hour"): (8766.0, 0.0),
}


@functools.lru_cache(maxsize=512)
def linear_map(unit: str, base: str) -> tuple[float, float]:
    """(scale, offset) with base_value = value * scale + offset."""
    if unit == base:
        return 1.0, 0.0
    known = _KNOWN.get((unit, base))
    if known is not None:
        return known
    return pint_map(unit, base)


def pint_map(unit: str, base: str) -> tuple[float, float]:
    """:func:`linear_map` as pint gives it."""
    ureg = registry()
    zero = ureg.Quantity(0.0, unit).to(base).magnitude
    one = ureg.Quantity(1.0, unit).to(base).magnitude
    return float(one - zero), float(zero)


def to_base(value: float, unit: str, base: str) -> float:
    scale, offset = linear_map(unit, base)
    return value * scale + offset


def short_name(unit: str) -> str:
    """A compact symbol for messages: 'kilometer / hour' -> 'km / h'."""
    import pint

    try:
        return f"{registry().Unit(unit):~}"
    except (pint.UndefinedUnitError, ValueError):
        return unit
