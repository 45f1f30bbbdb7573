"""A part of a counted group picked by its place in the group ("the last three cars", "the
remaining 40 hostages") or by how badly it was hurt ("28 severely injured", "five critically
wounded"): marked on the figure's population, so it never meets the whole's count."""

from __future__ import annotations

from ..grammar import section
from .figure import Figure

G = section("conditions")

_POSITION_BEFORE = G.re("position_before")
_POSITIONS = G.words("positions")
_SEVERITY_BEFORE_INJURY = G.re("severity_before_injury")
_SEVERITY_BEFORE_FIGURE = G.re("severity_before_figure")


def mark_position(fig: Figure, text: str, ss: int) -> None:
    """ "the last three cars", "the six leading cars", "the remaining 40 hostages": a part of the
    group picked by its place in it, never the whole."""
    if fig.population is None:
        return
    before = _POSITION_BEFORE.search(text, max(ss, fig.start - 20), fig.start)
    word = before.group("position") if before else next((m for m in fig.mods if m.lower() in _POSITIONS), None)
    if word is not None:
        fig.population = f"{word.lower()} {fig.population}"


def mark_severity(fig: Figure, text: str, ss: int, se: int) -> None:
    """ "28 severely injured", "seriously injured 30": those so injured, a part of all the injured."""
    if fig.measure != "injured" or fig.population is None or fig.population.endswith(")"):
        return
    severe = _SEVERITY_BEFORE_INJURY.match(text, fig.start, se) or _SEVERITY_BEFORE_FIGURE.search(
        text, max(ss, fig.start - 40), fig.start
    )
    if severe is not None:
        # "critically injured" or "critical wounds" are in critical condition; every other word of
        # severity ("severely", "badly", "serious injuries") names the serious condition
        condition = "critical" if severe.group("condition").lower().startswith("critical") else "serious"
        fig.population = f"{fig.population} ({condition})"
