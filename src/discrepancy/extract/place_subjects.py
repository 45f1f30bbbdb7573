"""Places a count is told for that ``quantity_context`` reads no place in: a region the sentence
names as the subject of its verb of recording or seeing ("Uttar Velm recorded 16 deaths"), and a
place after the count's verb past an aside that names a part of it ("Fourteen people, including 10
poll workers, died in Kola"); and the toll a state's count brings up ("..., bringing the death toll
to 14"). A state's count is a part of the country's toll, never the toll."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..grammar import section
from ..lexicon import Lexicon

if TYPE_CHECKING:
    from .quantities import QuantityHit

G = section("place_subjects")

_REGION_REPORTED = G.re("region_reported")
_INCLUDING_ASIDE = G.re("including_aside")

_COMPASS = frozenset({"western", "eastern", "northern", "southern", "central"})


def region_reported(text: str, lo: int, start: int, lex: Lexicon) -> Any:
    """The match of a region or city that records or sees the count right after its verb; None for
    a name the lexicon does not know as one (an outlet, a person) or knows as a country."""
    m = _REGION_REPORTED.search(text, lo, start)
    return m if m is not None and _known(m.group("place"), lex, ("region", "city")) else None


def country_reported(text: str, lo: int, start: int, lex: Lexicon) -> str | None:
    """The country that records or sees the count ("Velmia saw a higher toll with 16 deaths"), as
    the lexicon names it; None when the subject is no country. Read only in a sentence that names
    two countries' places, where one country's count is set against another's."""
    m = _REGION_REPORTED.search(text, lo, start)
    known = _known(m.group("place"), lex, ("country",)) if m is not None else None
    return lex.country_of(known) if known is not None else None


def _known(place: str, lex: Lexicon, kinds: tuple[str, ...]) -> str | None:
    """The lexicon's name for ``place`` when it is of one of ``kinds``, told by its side or not
    ("Western Dorn")."""
    words = place.split()
    names = [" ".join(words)] + ([" ".join(words[1:])] if len(words) > 1 and words[0].lower() in _COMPASS else [])
    for name in names:
        known = lex.canonical(name)
        if known is not None and lex.entities[known].type in kinds:
            return known
    return None


def past_aside(text: str, split: int, se: int) -> int | None:
    """Where a count's words go on after an aside naming a part of it (", including 10 poll
    workers,"), when the split after the count opens one; else None."""
    m = _INCLUDING_ASIDE.match(text, split, se)
    return m.end() if m else None


_TOLL_BROUGHT_TO = G.re("toll_brought_to")
_TOLL_REACH = 120  # characters from a place's count to the toll it brings up, in one clause


def tolls_of_parts(text: str, hits: Sequence[QuantityHit], lex: Lexicon) -> None:
    """A toll a state's count brings up, right after it ("five lives were lost in Kola on Friday,
    bringing the death toll to 14") is that state's running total, never the country's: it takes
    the state as its place. Only a state or province the lexicon knows (a town's dead found "in Kola,
    bringing the death toll to 40" may be the whole's)."""
    for before, toll in itertools.pairwise(sorted(hits, key=lambda h: h.start)):
        if toll.place or toll.scope or toll.country or before.measure != toll.measure or not before.place:
            continue
        if toll.start - before.end > _TOLL_REACH or not _TOLL_BROUGHT_TO.fullmatch(text, before.end, toll.start):
            continue
        known = lex.canonical(before.place)
        if known is not None and lex.entities[known].type == "region":
            toll.place, toll.country = before.place, before.country
