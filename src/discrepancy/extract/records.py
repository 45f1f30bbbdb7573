"""Records: "the lowest since 1969", "the nation's largest-ever military deployment", "the
biggest operation by the armed forces in peacetime". A record is an event of type ``record``: what
it is a record of is its patient ("unemployment rate"), the direction is in its type's key ("low"),
and the year it holds since is its time, so "the lowest since 1969" and "the lowest since 1970"
disagree the way two dates of one event do."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import lemminflect
import regex as re

from ..grammar import section
from ..lexicon import Lexicon
from ..models import TimeRef
from ..phrases import lowered
from ..read import Reading
from ..read.literal_gate import finder, gated

G = section("records")
_SUPERLATIVE = G.re("superlative")
_SPAN = G.re("span")
_CLAUSE_END = G.re("clause_end")
_FORCES_OPERATION = G.re("forces_operation")
_RANK = G.re("rank")
_WORLD = G.re("world_possessor")
YEARS_HIGH = G.re("years_high")
# A record needs a span after its superlative in the sentence ("since 1969", "in decades", "ever")
# or "the world's" or "ever" at it: a sentence with none of the words one of them needs is passed
# over before the superlative scan (most sentences with an -est word: "the latest", "the first").
_SPAN_NEEDS: tuple[str, ...] = getattr(gated(_SPAN), "needs", ())
_WORLD_NEEDS: tuple[str, ...] = getattr(gated(_WORLD), "needs", ())
_MAY_HOLD = finder((*_SPAN_NEEDS, *_WORLD_NEEDS, "ever")) if _SPAN_NEEDS and _WORLD_NEEDS else None
_PRICE_SUBJECTS = G.words("price_subjects")
_PACE = G.words("pace_superlatives")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_ROUND_SLACK = 9  # how many years more a round count of years may stand for
_COUNTS |= {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_SPAN_REACH = 160  # characters after the superlative where its span may be stated

# superlatives of one direction meet: the biggest and the largest deployment are one record
_DIRECTION = {"big": "large", "great": "large", "small": "little", "bad": "bad", "good": "good"}
_IRREGULAR = {"best": "good", "worst": "bad", "first": "first"}  # "the first since 2020": none since
# heads that say nothing of what the record is of ("the lowest level"): the clause's subject says
_GENERIC = frozenset({"level", "point", "figure", "number", "one", "mark", "rate", "amount", "total"})


@dataclass(frozen=True)
class Record:
    start: int
    end: int
    direction: str  # the adjective's base form: "low", "large", "deadly"
    topic: str  # what it is a record of, as a lemma
    span: str  # "since 1969", "ever", "in peacetime"
    time: TimeRef  # the year it holds since, when stated
    trigger_start: int


def find_records(
    text: str,
    sentences: list[tuple[int, int]],
    reading_of: Callable[[int, int], Reading],
    spans_back: dict[int, TimeRef] | None = None,
    lex: Lexicon | None = None,
    published: dt.date | None = None,
) -> list[Record]:
    """``spans_back``: the time each "in 10 years" read back from publication starts, by offset;
    ``lex``: its topics name what a record of a rate is of ("the lowest since 1969" of unemployment)."""
    out = []
    low = lowered(text) if _MAY_HOLD is not None else None  # None: every sentence is scanned
    for ss, se in sentences:
        sentence = text[ss:se]
        if published is not None and ("year" in sentence or "decade" in sentence):
            out += [r for m in YEARS_HIGH.finditer(text, ss, se) if (r := _years_high(text, ss, m, published, lex))]
        if "est" not in sentence and "worst" not in sentence and "first" not in sentence:
            continue  # no superlative: most sentences, skipped without running the pattern
        if low is not None and _MAY_HOLD is not None and not _MAY_HOLD(low, ss, se):
            continue  # no span, nor "the world's": no record, whatever the superlative
        for m in _SUPERLATIVE.finditer(text, ss, se):
            record = _read(text, ss, se, m, reading_of, spans_back or {}, lex, published)
            if record is not None:
                out.append(record)
    return out


def _read(
    text: str,
    ss: int,
    se: int,
    m: re.Match[str],
    reading_of: Callable[[int, int], Reading],
    spans_back: dict[int, TimeRef],
    lex: Lexicon | None = None,
    published: dt.date | None = None,
) -> Record | None:
    sup = m.group("sup").lower()
    direction = _base(sup)
    if direction is None:
        return None
    rank = _RANK.search(text, m.start(), m.start("sup"))
    if rank is not None:  # "the second-lowest since 1885" is no rival of "the lowest since 2001"
        direction = f"{rank.group(1).lower()} {direction}"
    stop = _CLAUSE_END.search(text, m.end(), min(se, m.end() + _SPAN_REACH))
    limit = stop.start() if stop else min(se, m.end() + _SPAN_REACH)
    ever = bool(m.group("ever") or _WORLD.match(text, m.start()))  # "the world's largest": of all places
    span = None if ever else _SPAN.search(text, m.end(), limit)
    if not ever and span is None:
        return None  # "the two biggest gainers": a ranking, not a record
    reading = reading_of(ss, se)  # read only for a record: most superlatives have no span
    topic = _measure_topic(text, ss, m, span.start() if span else limit, reading, lex) or _topic(reading, m.end("sup"))
    if topic is None:
        return None
    if topic in _PRICE_SUBJECTS and direction in _PACE:
        topic = "inflation"  # "prices of food rose at the fastest rate since 1977": a record of inflation
    if _FORCES_OPERATION.match(text, m.end(), limit):
        topic = "deployment"  # "the biggest operation by the armed forces": a deployment of them
    time = TimeRef()
    label = "ever"
    end = m.end()
    if span is not None:
        end = span.end()
        label = " ".join(span.group(0).lower().split())
        if span.group("year"):
            year = int(span.group("year"))
            time = TimeRef(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), granularity="year", expression=label)
        elif span.group("all"):
            label = "ever"
        elif span.group("back") and span.start() in spans_back:  # "in 10 years": since ten years ago
            time = spans_back[span.start()]
            label = f"since {time.start.year}" if time.start is not None else label
        elif span.group("forn") and published is not None:  # "the fastest rate for 45 years"
            years = int(span.group("forn"))
            back = _years_back(published, years, label)
            time, label = (back, f"since {published.year - years}") if back is not None else (time, label)
    return Record(m.start("sup"), end, direction, topic, label, time, m.start("sup"))


def _years_high(text: str, ss: int, m: re.Match[str], published: dt.date, lex: Lexicon | None) -> Record | None:
    """ "a 41-year high": the highest in 41 years, since 41 or 42 years before publication, of the
    topic the sentence names before it ("inflation rose to 11.1%, reaching a 41-year high")."""
    if lex is None or lex.topic_re is None:
        return None
    before = list(lex.topic_re.finditer(text, ss, m.start()))
    if not before:
        return None  # "a 50-year high" of what? unknown
    topic = lex.topic_of[" ".join(before[-1].group(0).lower().split())]
    num = m.group("n").lower()
    years = (int(num) if num.isdigit() else _COUNTS[num]) * (10 if m.group("unit").lower() == "decade" else 1)
    direction = "low" if m.group("dir").lower() == "low" else "high"
    time = _years_back(published, years, m.group(0))
    if time is None:
        return None
    return Record(m.start(), m.end(), direction, topic, f"since {published.year - years}", time, m.start())


def _years_back(published: dt.date, years: int, expression: str) -> TimeRef | None:
    """The years a record over a count of years holds since: that many before publication or one
    more, as a count of years is rounded down; a round count ("a 50-year low", "a four-decade
    high") is told in round terms, up to nine years more."""
    first, last = published.year - years - (_ROUND_SLACK if years % 10 == 0 else 1), published.year - years
    if first < 1:
        return None
    return TimeRef(start=dt.date(first, 1, 1), end=dt.date(last, 12, 31), granularity="year", expression=expression)


def _measure_topic(
    text: str, ss: int, m: re.Match[str], stop: int, reading: Reading, lex: Lexicon | None
) -> str | None:
    """The topic of the lexicon a record of a rate or an amount is of, one name however the outlet
    words it: a topic word between the superlative and its span ("the highest rate of inflation
    since", "the lowest the unemployment rate has been since"), else, when the superlative's head
    says nothing of what it is ("its highest level", "the lowest since", "its highest in 41
    years"), the last topic word before it in the sentence ("pushed inflation to the highest level
    since", "raising interest rates ..., hitting its highest level in 14 years")."""
    if lex is None or lex.topic_re is None:
        return None
    found = lex.topic_re.search(text, m.end("sup"), stop)
    if found is None:
        toks = reading.tokens
        i = reading.index_at(m.end("sup"))
        while i < len(toks) and (toks[i].lower in ("-", "ever", "-ever") or toks[i].tag == "DET"):
            i += 1
        np = reading.noun_phrase(i) if i < len(toks) else None
        if np is not None and np.lemma not in _GENERIC and toks[np.head].tag in ("NOUN", "ADJ"):
            return None  # "the largest deployment": its own head
        before = list(lex.topic_re.finditer(text, ss, m.start()))
        found = before[-1] if before else None
    return lex.topic_of[" ".join(found.group(0).lower().split())] if found is not None else None


def _base(sup: str) -> str | None:
    """The adjective a superlative is of ("lowest": low, "biggest": large), or None for a word
    that is no superlative."""
    if sup in _IRREGULAR:
        return _IRREGULAR[sup]
    base = lemminflect.getLemma(sup, upos="ADJ")
    word = base[0] if base else sup
    if word == sup:
        return None
    return _DIRECTION.get(word, word)


def _topic(reading: Reading, after: int) -> str | None:
    """What a record is of: the noun after the superlative ("largest-ever military deployment"),
    else, for a generic or missing head ("the lowest since 1969", "the lowest level"), the subject
    of the clause the record is said of ("The unemployment rate fell to 3.4 percent, ...")."""
    toks = reading.tokens
    i = reading.index_at(after)
    while i < len(toks) and (toks[i].lower in ("-", "ever", "-ever") or toks[i].tag == "DET"):
        i += 1
    np = reading.noun_phrase(i) if i < len(toks) else None
    if np is not None and np.lemma not in _GENERIC and toks[np.head].tag in ("NOUN", "ADJ"):
        return np.lemma
    first = reading.index_at(after) - 1
    for j in range(first - 1, -1, -1):  # the clause before: its subject
        if toks[j].tag == "VERB" or toks[j].lower in ("was", "is", "were", "are"):
            subject = reading.clause_subject(j)
            if subject is not None:
                return subject.lemma
    return np.lemma if np is not None else None
