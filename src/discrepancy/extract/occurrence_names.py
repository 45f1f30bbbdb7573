"""Which occurrence an article is about, and the occurrences it names: the kind its title and body
count most ("earthquake", "flood"), named ones ("Hurricane Otis", "the Camp Fire", "the 2019
floods") and whether it spans countries, so that a figure's occurrence is read once per article."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections import Counter

from ..grammar import section
from ..lexicon import Lexicon, fold
from ..models import Document
from ..normalise.entities import Mention
from ..phrases import lowered
from .events import starting_within
from .timed_acts import acts

G = section("occurrence_names")

_LEADING_THE = G.re("leading_the")
_NAMED_YEAR = G.re("named_year")
_NAMED_PAST_BEFORE = G.re("named_past_before")


def default_occurrence(doc: Document, lex: Lexicon) -> str | None:
    """What the article is about, for figures that do not say ("the death toll rose to 3,400"):
    the occurrence named most often (the headline counts twice), the first one on a tie; a generic
    word ("the incident", "the fire") counts only in an article that names no other, or whose
    headline gives it ("Greece fires kill 26": a blast in the hospital is not the story), or whose
    lead names no other kind ("59 people lost their lives in a nightclub fire")."""
    counts: Counter[str] = Counter()
    generic: Counter[str] = Counter()
    headlined: set[str] = set()  # occurrences a generic word of the headline names
    first: dict[str, int] = {}
    title = ((m.start(), m.group(0)) for m in lex.occurrence_re.finditer(doc.title or ""))
    body = _body_occurrences(doc, lex)
    for found, weight in ((title, 2), (body, 1)):
        for at, words in found:
            word = " ".join(words.lower().split())
            occ = lex.occurrence[word]
            if occ in lex.harmless_occurrences:
                continue  # a story about a ceasefire counts the war's dead
            (generic if word in lex.generic_occurrences else counts)[occ] += weight
            if weight == 2 and word in lex.generic_occurrences:
                headlined.add(occ)
            first.setdefault(occ, at + (0 if weight == 2 else 10**9))
    lead = _lead_words(doc, body, lex)
    if lead and all(w in lex.generic_occurrences for w in lead):
        # "59 people lost their lives in a nightclub fire": a lead that names only a generic kind
        # gives it, as a headline does, over a kind the article names in passing ("a stampede")
        headlined.update(lex.occurrence[w] for w in lead if lex.occurrence[w] not in lex.harmless_occurrences)
    for occ in headlined:
        counts[occ] += generic[occ]
    counts = counts or generic
    if not counts:
        return None
    return max(counts, key=lambda o: (counts[o], -first[o]))


_WORDISH = re.compile(r"[\w-]")  # what the occurrence pattern must not follow
_LEAD_CHARS = 300  # the body's first lines, where an article says what it is about
_LEAD_END = re.compile(r"[.!?](?=\s)|\n")


def _lead_words(doc: Document, found: list[tuple[int, str]], lex: Lexicon) -> list[str]:
    """The occurrence words of the first sentence that names one, when it opens within the body's
    first few lines: what the article says it is about. ``found``: the body's occurrence words."""
    if not found or found[0][0] >= _LEAD_CHARS:
        return []
    end = _LEAD_END.search(doc.text, doc.body_start + found[0][0])
    last = end.start() - doc.body_start if end else len(doc.text)
    # "the incident happened on Saturday": a word that names no kind says nothing of the story's
    no_kind = acts(lex).generic_nouns
    words = (" ".join(w.lower().split()) for at, w in found if at <= last)
    return [w for w in words if fold(w) not in no_kind and fold(w).removesuffix("s") not in no_kind]


def _body_occurrences(doc: Document, lex: Lexicon) -> list[tuple[int, str]]:
    """(offset in the body, words) of each occurrence word of the body, as a scan of the body alone
    finds them: taken from the scan of the whole text (``Lexicon.occurrences``, which the clauses'
    sole occurrence reads too) when no match there runs over the body's start and no word character
    stands just before it, where the pattern's look-behind would read the two apart."""
    text, at = doc.text, doc.body_start
    whole = lex.occurrences(text)
    if at == 0 or not _WORDISH.match(text, at - 1) and not any(m.start() < at < m.end() for m in whole):
        return [(m.start() - at, m.group(0)) for m in whole if m.start() >= at]
    low = lowered(text)
    body_low = low[at:] if low is not None else None
    return [(m.start(), m.group(0)) for m in lex.case_free["occurrence_re"].finditer(text[at:], low=body_low)]


NamedOccurrence = tuple[int, str, str, str]  # (offset, kind, name, era: "2017", "past", or "" for the story's own)


def named_occurrences(text: str, start: int, lex: Lexicon, published: dt.date | None) -> list[NamedOccurrence]:
    """(offset, kind, name, era) of every named occurrence in the text, in order; the era of one cited
    as past: the year beside it ("Hurricane Patricia in 2015": "2015"), or "past" ("since Hurricane
    Katrina"); "" for the story's own."""
    if lex.named_re is None or lex.named_words_re.search(text, start) is None:
        return []  # no word that names an occurrence ("Fire", "Hurricane"): most articles
    out = []
    for m in lex.named_re.finditer(text, start):
        if m.group("suf"):
            name = _LEADING_THE.sub("", m.group("name1").strip()) + " " + m.group("suf")
            kind = lex.named_kind[m.group("suf")]
        else:
            name = m.group("pre") + " " + m.group("name2")
            kind = lex.named_kind[m.group("pre")]
        if len(name.split()) > 1:
            year = _NAMED_YEAR.match(text, m.end())
            past = _NAMED_PAST_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if year is not None and published is not None and int(year.group("year")) < published.year:
                era = year.group("year")  # "Hurricane Patricia in 2015"
            elif past is not None and _past_before(past, published):
                era = past.group("year") or "past"  # "since 2005, when Hurricane Katrina", "since Katrina"
            else:
                era = ""
            out.append((m.start(), kind, name, era))
    return out


def _past_before(past: re.Match[str] | None, published: dt.date | None) -> bool:
    """A name cited as past by the words before it: "since" alone, or a year before the article's."""
    if past is None:
        return False
    year = past.group("year")
    return year is None or published is None or int(year) < published.year


class Named:
    """An article's named occurrences (:func:`named_occurrences`) by kind, each kind's in order
    and apart those cited as past ones, so a figure's is found by bisection: a pass over every
    name for each figure would be quadratic in a long article about one storm."""

    def __init__(self, named: list[NamedOccurrence]) -> None:
        self.of: dict[str, list[NamedOccurrence]] = {}
        self.current: dict[str, list[NamedOccurrence]] = {}  # not a past one cited for comparison
        for n in named:
            self.of.setdefault(n[1], []).append(n)
            if not n[3]:
                self.current.setdefault(n[1], []).append(n)
        self.at = {kind: [n[0] for n in ns] for kind, ns in self.of.items()}
        self.current_at = {kind: [n[0] for n in ns] for kind, ns in self.current.items()}


def past_era(occurrence: str, named: Named) -> str | None:
    """The era of a named occurrence the article cites only as past ("Hurricane Harvey in 2017,
    which killed 68"): its figures are of that era, and an unnamed storm's never joins it."""
    kind, _, name = occurrence.partition(":")
    eras = {n[3] for n in named.of.get(kind, []) if n[2] == name}
    return eras.pop() if len(eras) == 1 and "" not in eras else None


def name_occurrence(kind: str, pos: int, sentence: tuple[int, int], named: Named) -> str:
    """'fire' -> 'fire:King Fire': the named one in the sentence, else the last one before
    that is not a past one cited for comparison ("the strongest since Hurricane Patricia in 2015")."""
    at = named.at.get(kind, [])
    inside = named.of.get(kind, [])[bisect_left(at, sentence[0]) : bisect_left(at, sentence[1])]
    # one cited as past is the figure's only when the figure follows it ("more than Hurricane Harvey
    # in 2017, which killed 68"): "111 died, more than Hurricane Harvey in 2017" is the story's own
    inside = [n for n in inside if not n[3] or n[0] < pos]
    if inside:
        return f"{kind}:{min(inside, key=lambda n: abs(n[0] - pos))[2]}"
    current = named.current.get(kind, [])
    before = bisect_left(named.current_at.get(kind, []), sentence[1])
    if before:
        return f"{kind}:{current[before - 1][2]}"
    # a headline or lead before the name ("Winds at landfall were 130 mph"): the story's only one
    names = {n[2] for n in current}
    return f"{kind}:{names.pop()}" if len(names) == 1 else kind


def spans_countries(doc: Document, sents: list[tuple[int, int]], mentions: list[Mention], lex: Lexicon) -> bool:
    """The story's occurrence struck several countries: the headline, or a sentence that names the
    occurrence, names two or more countries ("the quake that struck Turkey and Syria")."""

    def countries_in(names: list[str]) -> int:
        return len({n for n in names if lex.entities[n].type == "country"})

    if doc.title and lex.occurrence_re.search(doc.title):
        names = [lex.canonical(m.group(0)) for m in lex.entity_re.finditer(doc.title)]
        if countries_in([n for n in names if n]) >= 2:
            return True
    if len({m.name for m in mentions if getattr(lex.entities.get(m.name), "type", None) == "country"}) < 2:
        return False  # the article names fewer than two countries: no sentence is looked through
    mentions_in = starting_within(mentions)
    for ss, se in sents:
        if countries_in([m.name for m in mentions_in(ss, se)]) >= 2 and lex.occurrence_re.search(doc.text, ss, se):
            return True
    return False
