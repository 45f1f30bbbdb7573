"""The place a passage is told of when a heading names it.

An article that breaks a toll down by place often does so under headings ("Here's a breakdown:",
then "Velmland" and "North Karsk" on lines of their own, each over the counts told for it): a count
in such a passage that names no place of its own is the heading's place's, a part of the whole, never
the whole. A heading is taken for a place only when the article also writes it after "in" ("seven of
the deaths were in Velmland"), and only in an article with two such headings or more: a lone
capitalised line (a section of a site, a caption) names no breakdown.
"""

from __future__ import annotations

import bisect

from ..grammar import section

G = section("section_places")

_HEADING = G.re("heading_line")
_PLACE_HEADING = G.re("place_heading")
_PLACE_USE = G.re("place_use")

_LEAST_HEADINGS = 2  # place headings an article needs for them to be a breakdown


class SectionPlaces:
    """The place headings of one text, by where their passages start."""

    def __init__(self, text: str, start: int) -> None:
        self.starts: list[int] = []
        self.places: list[str | None] = []
        headings = [(m.end(), " ".join(m.group("heading").split())) for m in _HEADING.finditer(text, start)]
        shaped = {name for _, name in headings if _PLACE_HEADING.fullmatch(name)}
        if len(shaped) < _LEAST_HEADINGS:
            return  # too few headings shaped as places: the scan for names after "in" is not needed
        used: set[str] = set()
        for m in _PLACE_USE.finditer(text, start):
            words = m.group("place").split()
            used.update(" ".join(words[: n + 1]) for n in range(len(words)))
        for end, name in headings:
            place = name if name in shaped and name in used else None
            self.starts.append(end)
            self.places.append(place.lower() if place else None)
        if len({p for p in self.places if p}) < _LEAST_HEADINGS:
            self.starts, self.places = [], []

    def at(self, pos: int) -> str | None:
        """The place of the heading whose passage holds ``pos``; None outside any place's."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.places[i] if i >= 0 else None
