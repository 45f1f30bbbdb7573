"""The names an article's headline and lead give, as story clustering reads them (``stories.py``).

The names are the words written with a capital inside a sentence that English does not know as an
ordinary word ("Varnel", "Itaewon"; not "Ministry" or "Police"), a place the lexicon knows even
where English knows the word ("Turkey", "Chad"), folded through the alias lexicon and a people's
adjective ("Moroccan" is Morocco); the outlets' own names are never story names.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

import lemminflect

from .grammar import section
from .lexicon import PLACE_TYPES, Lexicon, fold, per_lexicon
from .models import Document
from .read.tokens import CLOSED
from .text import sentences

G = section("story_names")

_ORDINARY_CAPS = G.words("ordinary_caps")
_WIDE_PLACES = G.words("wide_places")
_CONTRACTION = G.re("contraction")
NAME_WORD = re.compile(r"[A-Z][\w'’-]*[\w]|[A-Z]{2,}")
_POSSESSIVE = re.compile(r"['’]s$")
LEAD_SENTENCES = 6  # the headline and the lead say what a story is about
_LEAD_NAMES = 8  # a lead that names fewer in its first sentences reads on ...
_LONG_LEAD = 10  # ... up to this many sentences
_MAX_NAMES = 12  # names kept per article, in order of first mention (bounds the pairs indexed)


@dataclass
class Names:
    title: set[str]
    lead: list[str]


@functools.lru_cache(maxsize=1 << 16)
def _ordinary(word: str) -> bool:
    """A word English knows in lower case ("ministry", "police", "at", "turkey") names no story."""
    lower = word.rsplit("-", 1)[-1].lower()
    if lower in _ORDINARY_CAPS:  # "DNA", "CEO", "Gov.": capitals English writes for no one
        return True
    return bool(lemminflect.getAllLemmas(lower)) or any(lower in words for _, words in CLOSED)


NameWords = tuple[tuple[str, ...], tuple[str, ...]]  # an article's lead's and headline's candidate names


def _candidates(
    text: str,
    spans: Iterable[tuple[int, int]],
    skip: AbstractSet[str],
    places: AbstractSet[str],
    body: str | None = None,
) -> tuple[str, ...]:
    """Capitalised words of ``text``'s spans that may be names, folded, each once: not ordinary
    words, dates or ``skip``. A sentence's first word counts as well (a dateline "NAGORNO-KARABAKH",
    "Erdogan said"): the capital that every first word has is no evidence, but a word English does
    not know is a name wherever it stands. A place the lexicon knows is a name even where English
    knows the word too ("Turkey", "Chad", "Jordan"), as every other country's name is. With
    ``body`` (a headline in title case), a word is a name only where the body writes it with a
    capital too: a title-case headline capitalises "Chipmaker" and "Outpaces" as well."""
    out: dict[str, None] = {}
    for start, end in spans:
        for m in NAME_WORD.finditer(text, start, end):
            word = _POSSESSIVE.sub("", fold(m.group()))
            if _CONTRACTION.search(word):
                continue  # "We're sorry": a pronoun or a verb, never a name
            if word in skip or word in out or not (word in places or not _ordinary(word)):
                continue
            if body is None or word in places or _capitalised_in(m.group(), body):
                out[sys.intern(word)] = None
    return tuple(out)


_TITLE_WORD = re.compile(r"\b[^\W\d_]{4,}")
_TITLE_CASE_SHARE = 0.8  # of a headline's longer words capitalised: the headline is in title case


def _title_case(title: str) -> bool:
    """Whether a headline capitalises (nearly) every longer word ("Chipmaker Beats Estimates"), so
    that a capital in it is no evidence of a name."""
    words = _TITLE_WORD.findall(title)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= _TITLE_CASE_SHARE * len(words)


def _capitalised_in(word: str, body: str) -> bool:
    """Whether ``body`` writes ``word`` (possessive aside) with its capital."""
    bare = _POSSESSIVE.sub("", word)
    return re.search(rf"(?<![\w'’-]){re.escape(bare[0])}(?i:{re.escape(bare[1:])})(?![\w-])", body) is not None


@per_lexicon
def _places(lex: Lexicon) -> frozenset[str]:
    """The one-word names and aliases of the places the lexicon knows, folded."""
    return frozenset(a for a, name in lex.alias.items() if " " not in a and _place(lex, name))


@per_lexicon
def countries(lex: Lexicon) -> frozenset[str]:
    """The countries the lexicon knows, folded as clustering meets them (``_met``)."""
    return frozenset(fold(name) for name, e in lex.entities.items() if e.type == "country")


def wide_names(lex: Lexicon) -> frozenset[str]:
    """Names that many stories share at once: the countries, and the continents and wide regions
    (``wide_places``). Such a name joins two articles only beside one that is not wide."""
    return countries(lex) | _WIDE_PLACES


def _place(lex: Lexicon, name: str) -> bool:
    entity = lex.entities.get(name)
    return entity is not None and entity.type in PLACE_TYPES


def name_words(doc: Document, lex: Lexicon) -> NameWords:
    """What clustering reads of an article: the candidate names of its lead and of its headline,
    before the outlets' names (known only once every article is read) are taken out and aliases
    met. A few interned words, kept for each of millions of articles instead of their leads'
    text (``engines/streamed.py``)."""
    dates = lex.dates
    skip = set(dates.months if dates else ()) | set(dates.weekdays if dates else ())
    text = doc.text
    spans = sentences(text, doc.body_start, limit=_LONG_LEAD)
    title_text = doc.title or (text[spans[0][0] : spans[0][1]] if spans else "")
    places = _places(lex)
    # the body without the headline that scraped pages repeat as their first line
    # (a headline of the front matter: a first sentence standing in for one is prose)
    body = text[doc.body_start :].replace(title_text, " ") if doc.title and _title_case(title_text) else None
    title = _candidates(title_text, [(0, len(title_text))], skip, places, body)
    return _lead(text, spans, skip, places), title


def _lead(text: str, spans: list[tuple[int, int]], skip: AbstractSet[str], places: AbstractSet[str]) -> tuple[str, ...]:
    """The candidate names of the lead: its first ``LEAD_SENTENCES`` sentences, and while those
    have named fewer than ``_LEAD_NAMES``, the next sentences, up to ``_LONG_LEAD``. A live blog or
    a results page gives each figure a sentence of its own ("The Heron Party reaches 20.8
    percent."), so its first sentences name a party or two where a news lead names the people and
    places of the story."""
    names = _candidates(text, spans[:LEAD_SENTENCES], skip, places)
    for span in spans[LEAD_SENTENCES:]:
        if len(names) >= _LEAD_NAMES:
            break
        names += _candidates(text, [span], skip | set(names), places)
    return names


def _met(words: tuple[str, ...], lex: Lexicon, outlets: AbstractSet[str]) -> list[str]:
    """``words`` without the outlets' names, aliases met ("Moscow" is Russia, "Kiev" is Ukraine)
    and a people's adjective taken for its country ("Moroccan" is Morocco): a headline's "Moroccan
    quake" names the place another's lead calls "Morocco"."""
    out: list[str] = []
    for word in words:
        if word in outlets:
            continue
        word = fold(lex.alias.get(word) or lex.demonyms.get(word) or word)
        if word not in out:
            out.append(word)
    return out


def article_names(words: NameWords, lex: Lexicon, outlets: AbstractSet[str]) -> Names:
    """The proper names of an article's headline and lead, folded."""
    lead, title = _met(words[0], lex, outlets), _met(words[1], lex, outlets)
    lead.extend(w for w in title if w not in lead)
    return Names(title=set(title), lead=lead[:_MAX_NAMES])
