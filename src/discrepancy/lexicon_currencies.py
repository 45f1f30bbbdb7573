"""The world's currencies, from the Unicode CLDR data that Babel ships, added to the lexicon's own.

The lexicon names a few currencies by hand ("$", "Rs", "rupees"); news from anywhere names any of
some 300 ("Tk 25,000", "PKR 500,000", "2 million Kenyan shillings", "R$ 40"), and an amount of money
that is not read as money is read as a count of whatever noun follows ("Tk 25,000 for the families
of the dead" was a death toll). CLDR gives, for each ISO 4217 code, its English names (singular and
plural), and its symbol. From them:

- names in full ("pakistani rupees"), and the last word of a name ("taka", "nairas") when it names
  one currency only and is not an English word of its own (``currency_words_not``: "mark", "won");
- symbols that hold a currency sign ("R$", "CA$", "₩"), written before a figure;
- the codes themselves ("PKR"), read only in capitals and never when the code is also a word
  written in capitals (``currency_codes_not``: "ALL", "TOP"), so "ALL 50 PASSENGERS" stays a count.

What the lexicon says by hand wins ("rupees" is INR there, though CLDR knows six rupees).
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Any

from babel import Locale
from babel.numbers import get_territory_currencies


@functools.cache
def _cldr() -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """(ISO code -> its English names; ISO code -> symbol) from CLDR's English locale,
    for the currencies that are legal tender somewhere today (not gold, not the Deutsche Mark)."""
    en = Locale("en")
    current = {code for place in en.territories for code in get_territory_currencies(str(place), tender=True)}
    plural: Any = en._data["currency_names_plural"]  # Babel keeps the plural forms only here
    names: dict[str, tuple[str, ...]] = {}
    for code, name in en.currencies.items():
        if code not in current:
            continue
        forms = {name, *(dict(plural[code]).values() if code in plural else ())}
        names[code] = tuple(sorted(forms))
    return names, {c: s for c, s in en.currency_symbols.items() if c in current}


def _has_currency_sign(symbol: str) -> bool:
    return any(unicodedata.category(c) == "Sc" for c in symbol)


def world_currencies(words_not: set[str], codes_not: set[str]) -> tuple[dict[str, str], list[str], frozenset[str]]:
    """(word or symbol, lower-cased -> ISO code; symbols written before a figure; codes read in
    capitals) for every currency CLDR names."""
    names, symbols = _cldr()
    words: dict[str, str] = {}
    heads: dict[str, set[str]] = {}
    for code, forms in sorted(names.items()):
        for form in map(str.lower, forms):
            words.setdefault(form, code)
            heads.setdefault(form.split()[-1], set()).add(code)
    for head, named in sorted(heads.items()):
        if len(named) == 1 and head not in words_not:
            words.setdefault(head, next(iter(named)))
    signs: dict[str, str] = {}  # a symbol with a currency sign ("R$") -> the first code that has it
    for code, s in sorted(symbols.items()):
        if s != code and _has_currency_sign(s):
            signs.setdefault(s.lower(), code)
    for sign, code in signs.items():
        words.setdefault(sign, code)
    prefixes = sorted(signs)
    return (
        words,
        prefixes,
        frozenset(c for c in names if c.isalpha() and c.isupper() and len(c) == 3 and c not in codes_not),
    )
