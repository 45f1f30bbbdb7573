"""Units through pint: every measure is compared in one base unit ("30 miles" and "48 km" meet).

pint is slow per call, so each (unit, base) pair is converted once and kept as a linear map
``value * scale + offset`` (offset is non-zero only for temperatures).
"""

from __future__ import annotations

import functools

import pint

_UREG: pint.UnitRegistry | None = None


def registry() -> pint.UnitRegistry:
    global _UREG
    if _UREG is None:
        _UREG = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
    return _UREG


@functools.lru_cache(maxsize=512)
def linear_map(unit: str, base: str) -> tuple[float, float]:
    """(scale, offset) with base_value = value * scale + offset."""
    ureg = registry()
    zero = ureg.Quantity(0.0, unit).to(base).magnitude
    one = ureg.Quantity(1.0, unit).to(base).magnitude
    return float(one - zero), float(zero)


def to_base(value: float, unit: str, base: str) -> float:
    scale, offset = linear_map(unit, base)
    return value * scale + offset


def short_name(unit: str) -> str:
    """A compact symbol for messages: 'kilometer / hour' -> 'km / h'."""
    try:
        return f"{registry().Unit(unit):~}"
    except (pint.UndefinedUnitError, ValueError):
        return unit
