"""The world's states and provinces, from ISO 3166-2 as pycountry ships it, added to the lexicon's own
places.

The lexicon names countries and a few regions by hand; news from anywhere counts in any of some
3,000 states, provinces, regions and governorates ("1.1 lakh evacuated in West Bengal", "the toll
in Borno rose to 30", "Gansu's quake"). A place the lexicon does not know is still read after "in",
but never as a part of its country, so a state's count and a neighbouring country's looked like
one place's. From ISO 3166-2, each country's first-level subdivisions of the kinds below become
places (`region`) that belong to their country, under their name and its spelling without accents
("Karnātaka", "Karnataka"), unless:

- the lexicon already names it (its own entry wins: "Georgia" stays the country, "Niger" too);
- two countries have one of that name ("Punjab"), so it names neither;
- every word of it is an English word ("Central", "Rivers", "Western Cape"), or it is shorter
  than four letters: read as a place, such a word would cut sentences into wrong places;
- its country is not in the lexicon (nothing to belong to).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import Any

import pycountry

from .text import unaccented

# kinds of first level that name a large place news counts in; municipalities, parishes and
# districts of small countries are towns, whose names are too often words or people's
_KINDS = frozenset(
    {
        "state",
        "province",
        "region",
        "governorate",
        "prefecture",
        "oblast",
        "republic",
        "territory",
        "union territory",
        "autonomous region",
        "autonomous community",
        "autonomous province",
        "autonomous republic",
        "department",
        "federal district",
        "capital district",
        "capital territory",
        "emirate",
        "country",
        "nation",
        "canton",
        "land",
        "administrative region",
        "federal territory",
        "division",
    }
)


# what ISO adds to a name that news does not write: "(Region XII)", "[Cymru GB-CYM]", "Gansu Sheng"
_ADDED = re.compile(r"\s*[(\[].*?[)\]]|\s+(?:Sheng|Shi|Zizhiqu|Huizu Zizhiqu|Zhuangzu Zizhiqu|Weiwu'er Zizhiqu)$")
# small words a name may hold in lower case ("Rio Grande do Sul", "Jammu and Kashmir")
_LINKS = frozenset("and of de do da del la y the".split())


def _plain(name: str) -> str:
    """The name as news writes it: without what ISO adds, without its accents ("Karnātaka" ->
    "Karnataka"); "" when it is no name an English text writes ("Rostovskaya oblast'", "Murcia,
    Región de")."""
    name = _ADDED.sub("", name)
    plain = unaccented(name)
    words = plain.replace("-", " ").split()
    if "," in plain or not words or any(not w[:1].isupper() and w not in _LINKS for w in words):
        return ""
    return plain


@functools.cache
def _first_level() -> tuple[tuple[str, str], ...]:
    """(name, ISO code of its country) of every first-level subdivision of the kinds above."""
    out = []
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and sub.type.lower() in _KINDS:
            out.append((sub.name, sub.country_code))
    return tuple(sorted(out))


def _country_codes(countries: Iterable[tuple[str, list[str]]]) -> dict[str, str]:
    """ISO code -> the lexicon's name of the country, found by its name or an alias."""
    codes: dict[str, str] = {}
    for name, aliases in countries:
        for form in (name, *aliases):
            try:
                found: Any = pycountry.countries.lookup(form)
            except LookupError:
                continue
            codes.setdefault(found.alpha_2, name)
            break
    return codes


def world_regions(
    countries: Iterable[tuple[str, list[str]]], taken: set[str], is_word: Callable[[str], bool]
) -> dict[str, dict[str, Any]]:
    """Entries for the lexicon's entities: name -> {type: region, aliases, part_of: country}.
    ``countries``: the lexicon's countries with their aliases; ``taken``: every name and alias the
    lexicon has, lower-cased; ``is_word``: whether a lower-case word is an English word."""
    codes = _country_codes(countries)
    by_name: dict[str, set[str]] = {}
    for name, code in _first_level():
        by_name.setdefault(_plain(name).lower(), set()).add(code)
    out: dict[str, dict[str, Any]] = {}
    for name, code in _first_level():
        plain = _plain(name)
        key = plain.lower()
        if not plain or code not in codes or len(by_name[key]) > 1 or key in taken:
            continue
        if len(key) < 4 or all(is_word(w) for w in key.replace("-", " ").split()):
            continue
        accented = _ADDED.sub("", name)
        aliases = [accented] if accented != plain else []
        out[plain] = {"type": "region", "aliases": aliases, "part_of": codes[code], "world_region": True}
    return out
