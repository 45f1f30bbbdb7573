"""The hurt carried to a hospital no name gives: "were taken to various hospitals" after a figure, or
"to health facilities" after its noun with a verb of carrying before it ("transporting 271 people to
health facilities"). Such a count is of the injured in hospital, one site however told
(`quantity_context.scope_of`)."""

from __future__ import annotations

from ..grammar import section

G = section("carried")

_CARRIED_TO_HOSPITAL = G.re("carried_to_hospital")
_CARRYING_BEFORE = G.re("carrying_before")
_CARRIED_REACH = 30  # characters before a figure a verb carrying it stands


def carried_to_hospital(text: str, ss: int, start: int, tail: str) -> bool:
    """Whether the figure's count was carried to a hospital no name gives: "were taken to various
    hospitals" after it, or "to health facilities" after its noun with a verb of carrying before it."""
    m = _CARRIED_TO_HOSPITAL.match(tail)
    if m is None:
        return False
    return m.group("verb") is not None or bool(_CARRYING_BEFORE.search(text, max(ss, start - _CARRIED_REACH), start))
