"""The people an article names, so that a figure whose owner is told short finds the person:
a first name used alone ("Atiku won") is the full name the same article gives ("Atiku Abubakar"),
and "he" or "she" stands for the one person named just before. Only the article's own names are
used: a global list of first names maps words that are no one's ("Stores", "Amber" of another
story) to people."""

from __future__ import annotations

import bisect
import functools
import re

from ..grammar import section
from ..lexicon import Lexicon

G = section("persons")

_NAME_RUN = G.re("name_run")
_NAME_WORD = G.re("name_word")
_NOT_PERSON = G.re("not_person")
_BODY_AFTER = G.re("body_after")


class Cast:
    """The people an article names: their full names (two to four words), read on the first
    figure that asks (most articles' figures never do), and the article's sentences, shared with
    every other reader of the document."""

    def __init__(self, text: str, spans: list[tuple[int, int]], lex: Lexicon) -> None:
        self.text, self.spans, self.lex = text, spans, lex
        self.starts = [a for a, _ in spans]

    @functools.cached_property
    def _names(self) -> tuple[dict[str, set[str]], set[str]]:
        """First word -> the full names it opens, and the surnames."""
        firsts: dict[str, set[str]] = {}
        lasts: set[str] = set()
        for m in _NAME_RUN.finditer(self.text):
            name = person_name(m.group(0), self.lex)
            if _BODY_AFTER.match(self.text, m.end()):
                continue  # "the Velmart Stores group": a body's name
            if name is not None and " " in name:
                words = name.split()
                firsts.setdefault(words[0], set()).add(name)
                lasts.add(words[-1])
        return firsts, lasts

    def surnames(self) -> set[str]:
        """The last words of the full names the article gives people ("Vey" of "Ada Vey")."""
        return self._names[1]

    def full_name(self, word: str) -> str:
        """A one-word name as the article gives it in full: the one full name it opens, unless the
        word is also someone's surname there ("Bello Ade" told surname first beside "Kemi Ade Bello")."""
        known = self.lex.canonical(word)
        if " " in word or known is not None and known not in self.lex.world_regions:
            return word
        firsts, lasts = self._names
        names = firsts.get(word, set())
        return next(iter(names)) if len(names) == 1 and word not in lasts else word

    def by_surname(self, word: str) -> str | None:
        """The one full name the article gives that ends in ``word`` ("Dasa": "Tor Dasa"), the word
        itself when it is nobody's surname there, and None when two people share it (a father and
        his son): the word may be either's."""
        if " " in word or not word[:1].isupper():
            return word
        names = set()
        for m in re.finditer(rf"\b([A-Z][\w'’-]+)\s+{re.escape(word)}\b", self.text):
            if not _NOT_PERSON.match(m.group(1)):
                names.add(f"{m.group(1)} {word}")
        return word if not names else names.pop() if len(names) == 1 else None

    def antecedent(self, ss: int, lo: int) -> str | None:
        """The person "he" or "she" in the clause opening at ``lo`` stands for: the one person named
        before it in its sentence, else, when the sentence names nobody before it, the one person the
        sentence before names. None when two are named: the pronoun may be either's."""
        here = self._people(ss, lo)
        if here:
            return here.pop() if len(here) == 1 else None
        i = bisect.bisect_left(self.starts, ss) - 1
        if i < 0:
            return None
        before = self._people(self.spans[i][0], min(self.spans[i][1], ss))
        return before.pop() if len(before) == 1 else None

    def _people(self, lo: int, hi: int) -> set[str]:
        """The people named in ``text[lo:hi]``, each by one name: a full name, or a single word the
        article gives as someone's first name or surname."""
        found = set()
        for m in _NAME_RUN.finditer(self.text, lo, hi):
            name = person_name(m.group(0), self.lex)
            if name is None:
                continue
            if " " not in name:
                name = self.full_name(name)
                if " " not in name and name not in self._names[1]:
                    continue  # "Velm", "Rivers": no one the article names
            found.add(name.split()[-1])
        return found


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
    if any(_not_a_name(w, lex) for w in words):
        return None  # "Velm Lindia Party", "West African"
    return name


def _not_a_name(word: str, lex: Lexicon) -> bool:
    """Whether a word of a name run makes it no person's: a place, body or people the lexicon names
    by hand; the world's regions do not ("Mara Vell", "Victoria Osei": a region's name is also a
    given name or a surname)."""
    known = lex.canonical(word)
    return known is not None and lex.entities[known].type != "person" and known not in lex.world_regions
