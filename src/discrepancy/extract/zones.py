"""The zone a distance bounds, keyed by what the zone is for: "residents within a 1-mile radius of
the site have been ordered to evacuate" and "most people within one mile had already evacuated" are
one evacuation zone's radius; "prohibiting climbers within 3 km of the peak" an exclusion zone's; "a
curfew in a 1-mile radius" a curfew's. A distance "within" which people live ("250,000 people
living within 10 km") bounds no zone of an order, and keeps its place as its key."""

from __future__ import annotations

from ..grammar import section
from ..read.literal_gate import gated

G = section("zones")

_WITHIN_BEFORE = gated(G.re("within_before"))
_RADIUS_AFTER = G.re("radius_after")
_ZONE_KIND = G.re("zone_kind")
_KINDS = ("evacuation", "exclusion", "curfew", "shelter")


def zone_of(text: str, ss: int, se: int, start: int, end: int) -> str | None:
    """The zone a distance at ``text[start:end]`` is the radius of ("evacuation zone"), when it is
    told as one ("within 3 km of", "a 1-mile radius") and its sentence says what the zone is for;
    the kind nearest the distance keys it. None: no zone, or none of a known kind."""
    if not (_WITHIN_BEFORE.search(text, max(ss, start - 12), start) or _RADIUS_AFTER.match(text, end, se)):
        return None
    best: tuple[int, str] | None = None
    for m in _ZONE_KIND.finditer(text, ss, se):
        kind = next(k for k in _KINDS if m.group(k))
        gap = start - m.end() if m.end() <= start else m.start() - end
        if best is None or gap < best[0]:
            best = (gap, kind)
    return f"{best[1]} zone" if best is not None else None
