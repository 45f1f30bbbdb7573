"""A range whose unit is written with both figures ("between 166 mph and 200 mph", "from 20 km to
30 km"): one figure, from the first to the second, read for ``figure.read_figure``."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from ..grammar import section
from ..lexicon import Lexicon
from .numbers import parse_number

if TYPE_CHECKING:
    from .figure import Figure

G = section("unit_ranges")

_RANGE_SECOND = G.re("range_second")


def unit_twice(fig: Figure, text: str, se: int, lex: Lexicon) -> None:
    """A range whose unit is written with both figures ("between 166 mph and 200 mph", "from 20 km
    to 30 km") is one figure, from the first to the second, in the first one's unit."""
    joint = _RANGE_SECOND.match(text, fig.end, se)
    second = lex.number_re.match(text, joint.end(), se) if joint is not None else None
    if second is None or not second.group("num") or second.group("qual") or second.group("num2"):
        return
    unit = re.compile(rf"\s*{re.escape(fig.stated or '')}(?![\w])", re.IGNORECASE).match(text, second.end(), se)
    parsed = parse_number(second, lex)
    if unit is None or parsed is None or fig.parsed.qualifier != "exact" or not fig.stated_figure:
        return
    if parsed.figure <= fig.stated_figure:
        return  # "5 km to 3 km" is no range
    factor = fig.parsed.figure / fig.stated_figure
    fig.parsed = dataclasses.replace(fig.parsed, figure2=parsed.figure * factor, qualifier="range")
    fig.end = unit.end()
