"""Where a distance is measured from: the compass direction between a figure and its anchor
("southwest of" is SW), and the place an anchor that is a common noun names ("the capital, Rabat").
Read for ``figure.read_figure``'s distances."""

from __future__ import annotations

from ..grammar import section

G = section("distance_anchors")

_COMPASS = G.re("compass")
_ANCHOR_APPOSED = G.re("anchor_apposed")
_RELATIVE_ANCHORS = G.words("relative_anchors")
_ANCHOR_NAME_BEFORE = G.re("anchor_name_before")


def direction(text: str, lo: int, hi: int) -> str | None:
    """The compass direction between a distance and its anchor, as letters: "southwest of" is SW."""
    m = _COMPASS.search(text, lo, hi)
    if m is None:
        return None
    ns, ew = m.group("ns"), m.group("ew") or m.group("ew2")
    return "".join(w[0].upper() for w in (ns, ew) if w)


def anchor_name(text: str, ss: int, se: int, start: int, after: int, anchor: str | None) -> str | None:
    """The place a distance is measured from, when its anchor is a common noun: the name set in
    apposition ("the capital, Rabat"), or, for an anchor that is the other end's role ("some 350 km
    away from the epicentre"), the name the sentence gives before the figure ("Rabat, ...")."""
    if anchor is None or not text[after - len(anchor) : after].islower():
        return None
    apposed = _ANCHOR_APPOSED.match(text, after, se)
    if apposed is not None:
        return apposed.group("name").lower()
    if anchor in _RELATIVE_ANCHORS:
        named = _ANCHOR_NAME_BEFORE.search(text, max(ss, start - 40), start)
        return named.group("name").lower() if named else None
    return None
