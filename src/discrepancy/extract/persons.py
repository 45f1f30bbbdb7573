"""The people an article names, so that a figure whose owner is told short finds the person:
a first name used alone ("Atiku won") is the full name the same article gives ("Atiku Abubakar"),
and "he" or "she" stands for the one person named just before. Only the article's own names are
used: a global list of first names maps words that are no one's ("Stores", "Amber" of another
story) to people."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..grammar import section
from ..lexicon import Lexicon
from ..text import sentences

G = section("persons")

_NAME_RUN = G.re("name_run")
_NAME_WORD = G.re("name_word")
_NOT_PERSON = G.re("not_person")
_BODY_AFTER = G.re("body_after")


@dataclass
class Cast:
    """The full names of the people an article names (two to four words), and its sentences."""

    names: set[str] = field(default_factory=set)
    firsts: dict[str, set[str]] = field(default_factory=dict)  # first word -> full names
    lasts: set[str] = field(default_factory=set)  # surnames
    starts: list[int] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)


_cached: tuple[str, Lexicon, Cast] | None = None


def cast_of(text: str, lex: Lexicon) -> Cast:
    """The cast of the document ``text``: read once, on the first figure that asks, and kept while
    the same document is read (the figures of one article ask it in turn)."""
    global _cached
    if _cached is not None and _cached[0] is text and _cached[1] is lex:
        return _cached[2]
    cast = Cast(spans=sentences(text))
    cast.starts = [a for a, _ in cast.spans]
    for m in _NAME_RUN.finditer(text):
        name = person_name(m.group(0), lex)
        if _BODY_AFTER.match(text, m.end()):
            continue  # "the Velmart Stores group": a body's name
        if name is not None and " " in name:
            words = name.split()
            cast.names.add(name)
            cast.firsts.setdefault(words[0], set()).add(name)
            cast.lasts.add(words[-1])
    _cached = (text, lex, cast)
    return cast


def person_name(run: str, lex: Lexicon) -> str | None:
    """The person a run of capitalised words names, titles dropped ("Prof. Ada Eze" -> "Ada
    Eze"), or None: a place, a body, a party ("the Velm Progress Party"), an abbreviation."""
    words = [w.removesuffix("'s").removesuffix("’s") for w in run.rstrip(".").split()]
    while words and _NOT_PERSON.match(words[0]):
        words.pop(0)
    if not words or len(words) > 4 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return None
    if any(_NOT_PERSON.match(w) for w in words):
        return None
    name = " ".join(words)
    known = lex.canonical(name)
    if known is not None:
        return known if lex.entities[known].type == "person" else None
    if any((k := lex.canonical(w)) is not None and lex.entities[k].type != "person" for w in words):
        return None  # "Velm Lindia Party", "West African"
    return name


def full_name(word: str, text: str, lex: Lexicon) -> str:
    """A one-word name as the article gives it in full: the one full name it opens, unless the
    word is also someone's surname there ("Bello Ade" told surname first beside "Kemi Ade Bello")."""
    if " " in word or lex.canonical(word) is not None:
        return word
    cast = cast_of(text, lex)
    names = cast.firsts.get(word, set())
    return next(iter(names)) if len(names) == 1 and word not in cast.lasts else word


def antecedent(text: str, ss: int, lo: int, lex: Lexicon) -> str | None:
    """The person "he" or "she" in the clause opening at ``lo`` stands for: the one person named
    before it in its sentence, else, when the sentence names nobody before it, the one person the
    sentence before names. None when two are named: the pronoun may be either's."""
    here = _people(text, ss, lo, lex)
    if here:
        return here.pop() if len(here) == 1 else None
    cast = cast_of(text, lex)
    i = bisect.bisect_left(cast.starts, ss) - 1
    if i < 0:
        return None
    before = _people(text, cast.spans[i][0], min(cast.spans[i][1], ss), lex)
    return before.pop() if len(before) == 1 else None


def _people(text: str, lo: int, hi: int, lex: Lexicon) -> set[str]:
    """The people named in ``text[lo:hi]``, each by one name: a full name, or a single word the
    article gives as someone's first name or surname."""
    cast = cast_of(text, lex)
    found = set()
    for m in _NAME_RUN.finditer(text, lo, hi):
        name = person_name(m.group(0), lex)
        if name is None:
            continue
        if " " not in name:
            name = full_name(name, text, lex)
            if " " not in name and name not in cast.lasts:
                continue  # "Velm", "Rivers": no one the article names
        found.add(name.split()[-1])
    return found
