"""Frames around an event trigger that the plain role rules of ``event_roles.py`` do not read.

- A listed patient: types whose patient is one of a closed set of things (``patients`` in
  lexicon/events.yaml: borders and airspace are closed, institutions suspended, a coup or a junta
  led) read it from the object after the trigger ("closed the borders", "the closure of the
  country's borders", "leader of the coup") or from the subject of a passive or a state before it
  ("all institutions of the republic are suspended", "the borders remain closed"), and name it by
  its canonical word, so the outlets' wordings meet.
- A subject set off by an apposition ("General Orin Vale, the head of the guard, declared himself
  leader of the junta"): the name is the agent, not a place named inside the apposition.
- An office as the subject of a passive ("a day after the leader was detained"): the person the
  text named with a title before ("President Ali Vale"), so that outlets that name him meet.
- A dated act the lexicon does not name ("an Oct. 7 rampage by gunmen who killed 1,400"): the
  sentence tells another occurrence than the article's, so its tolls do not default to that one.
- A measure announced in reported speech ("the officers said all schools would be closed"): the
  announcement is the event, so the "would" of reported speech does not make it a forecast.
"""

from __future__ import annotations

from dataclasses import dataclass

import lemminflect
import regex as re

from ..grammar import section
from ..lexicon import Lexicon, fold, per_lexicon
from .dates import DateMention

G = section("event_frames")

_GAP_AFTER = G.re("gap_after")
_STATE_AUX = G.re("state_aux")
_GAP_BEFORE = G.re("gap_before")
_APPOSED_SUBJECT = G.re("apposed_subject")
_REPORTED_FUTURE = G.re("reported_future")
_CLAUSE_CUT = G.re("clause_cut")
_OBJECT_ON = G.re("object_on")
_FOR_OCCURRENCE = G.re("for_occurrence")
_NAMED_SUBJECT = G.re("named_subject")
_OFFICE_SUBJECT = G.re("office_subject")
_TITLED_NAME = G.re("titled_name")
_DATED_NOUN = G.re("dated_noun")
_RECALL = 400  # characters before the sentence where the occurrence it speaks of may be named
_REACH = 80  # characters around the trigger where a listed patient may stand


@dataclass(frozen=True)
class Listed:
    """The closed set of patients of one event type: each written form and its canonical word."""

    forms: re.Pattern[str]
    canonical: dict[str, str]


def listed(patients: dict[str, list[str]]) -> Listed:
    canonical = {fold(w): name for name, words in patients.items() for w in [name, *words]}
    alternation = "|".join(re.escape(w) for w in sorted(canonical, key=len, reverse=True))
    return Listed(re.compile(rf"(?i)(?<![\w-])(?:{alternation})(?![\w-])"), canonical)


def listed_patient(text: str, ss: int, se: int, t0: int, t1: int, patients: Listed) -> tuple[str, int, int] | None:
    """The listed patient of a trigger at ``text[t0:t1]``: its canonical word and where it is written;
    first the object after the trigger, then the subject of a passive or a state before it."""
    for m in patients.forms.finditer(text, t1, min(se, t1 + _REACH)):
        if _GAP_AFTER.fullmatch(text, t1, m.start()) or _OBJECT_ON.fullmatch(text, t1, m.start()):
            return patients.canonical[fold(m.group(0))], m.start(), m.end()
        break  # the first listed word is the object's, or none is
    aux = _STATE_AUX.search(text, max(ss, t0 - 30), t0)
    if aux is None:  # "the borders closed", "and the borders closed" (its auxiliary said once before)
        bare = list(patients.forms.finditer(text, max(ss, t0 - _REACH), t0))
        if bare and bare[-1].end() < t0 and text[bare[-1].end() : t0].isspace():
            return patients.canonical[fold(bare[-1].group(0))], bare[-1].start(), bare[-1].end()
        return None
    before = list(patients.forms.finditer(text, max(ss, aux.start() - _REACH), aux.start()))
    if before and _GAP_BEFORE.fullmatch(text, before[-1].end(), aux.start()):
        m = before[-1]
        return patients.canonical[fold(m.group(0))], m.start(), m.end()
    return None


def apposed_subject(text: str, ss: int, pos: int, lex: Lexicon) -> tuple[str, int] | None:
    """The name that is a verb's subject across an apposition ("General Orin Vale, the head of the
    guard, declared"): the name without its titles, and where it starts."""
    m = _APPOSED_SUBJECT.search(text, max(ss, pos - 160), pos)
    return _subject_name(m, lex, ordinary_ok=True) if m is not None else None


def _subject_name(m: re.Match[str], lex: Lexicon, ordinary_ok: bool) -> tuple[str, int] | None:
    """The name ``m`` found as a subject, canonical when the lexicon knows it, else without its
    titles; and where it starts. Unless ``ordinary_ok``, words English knows are no one."""
    known = lex.canonical(m.group("name"))
    if known is not None:
        return known, m.start("name")
    words = _name_words(m.group("name"), lex)
    if not words or not ordinary_ok and all(_ordinary(w) for w in words):
        return None  # "Results were ahead": no one
    return " ".join(words), m.start("name")


def _name_words(name: str, lex: Lexicon) -> list[str]:
    """A name's words without its titles and without the ordinary words that open it ("Later
    General Orin Vale": the sentence's adverb and the title go)."""
    words = lex.titles_re.sub("", name).split()
    while len(words) > 1 and _ordinary(words[0]):
        words = words[1:]
    return words


def _ordinary(word: str) -> bool:
    """A word English knows in lower case ("later", "general"), so no part of a person's name."""
    return bool(lemminflect.getAllLemmas(word.lower()))


def announced(text: str, ss: int, pos: int) -> bool:
    """The trigger at ``pos`` is a measure a speaker announced ("said the borders would be closed")."""
    return _REPORTED_FUTURE.search(text, ss, pos) is not None


def cause_occurrence(
    text: str, ss: int, se: int, t: tuple[int, int], cause: tuple[int, int], lex: Lexicon, causes: Listed | None
) -> tuple[str, int] | None:
    """The occurrence a cause is given for, and where it is named: "blamed the crash on signal
    failure", "blamed a gas leak for the blast", "the blast was caused by", else the last one the
    text named before the trigger, in its clause or the sentences before ("... killed in the
    blast. The ministry blamed an air strike"). A cause that is itself an occurrence word ("an air
    strike") is not the occurrence."""
    t0, t1 = t
    ps, pe = cause
    between = list(lex.occurrence_re.finditer(text, t1, ps)) if t1 < ps else []
    if between:
        return lex.occurrence[fold(between[-1].group(0))], between[-1].start()
    after = next(iter(lex.occurrence_re.finditer(text, pe, min(se, pe + 60))), None)
    if after is not None and _FOR_OCCURRENCE.fullmatch(text, pe, after.start()):
        return lex.occurrence[fold(after.group(0))], after.start()
    cuts = list(_CLAUSE_CUT.finditer(text, ss, t0))
    lo = cuts[-1].end() if cuts else ss
    for start in (lo, max(0, ss - _RECALL)):
        named = [
            m
            for m in lex.occurrence_re.finditer(text, start, t0 if start == lo else ss)
            if causes is None
            or not any(c.start() < m.end() and m.start() < c.end() for c in causes.forms.finditer(text, start, t0))
        ]
        if named:
            return lex.occurrence[fold(named[-1].group(0))], named[-1].start()
    return None


def named_subject(text: str, ss: int, pos: int, lex: Lexicon) -> tuple[str, int] | None:
    """The name right before a verb of state, with only auxiliaries, adverbs or "who" between
    ("Vale is currently in the lead", "showed Vale was ahead", "Vale, who took the lead"): the
    name without its titles, and where it starts."""
    m = _NAMED_SUBJECT.search(text, max(ss, pos - 80), pos)
    return _subject_name(m, lex, ordinary_ok=False) if m is not None else None


@per_lexicon
def _titles(lex: Lexicon) -> re.Pattern[str]:
    """The lexicon's titles as a pattern to search with (``lex.titles_re`` strips them from a name)."""
    words = (lex.raw.get("patterns") or {}).get("titles") or []
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?=\s)")


def office_holder(text: str, ss: int, pos: int, lex: Lexicon) -> tuple[str, int] | None:
    """The person an office stands for as the subject of a passive verb at ``pos`` ("Soldiers
    ousted President Ali Vale, a day after the leader was detained": Ali Vale): the last name the
    text wrote after a title, in the sentence or shortly before it; and where the office starts."""
    m = _OFFICE_SUBJECT.search(text, max(ss, pos - 80), pos)
    if m is None:
        return None
    found = None
    for t in _titles(lex).finditer(text, max(0, ss - _RECALL), m.start()):
        name = _TITLED_NAME.match(text, t.end(), m.start())
        if name is not None:
            found = name.group("name")
    if found is None:
        return None
    return lex.canonical(found) or found, m.start()


def dated_other_act(text: str, dates: list[DateMention], lex: Lexicon) -> bool:
    """The sentence whose ``dates`` these are tells another act than its article's occurrence,
    without naming its kind: a date qualifies a noun that names no occurrence the lexicon knows
    ("an Oct. 7 rampage", "the May 3 raid"), or a total runs since a date ("Since October 7, the
    toll has reached 3,478": whatever began then)."""
    for d in dates:
        if d.since:
            return True
        m = _DATED_NOUN.match(text, d.end)
        if m is None:
            continue
        noun = m.group("noun")
        lemmas = lemminflect.getAllLemmas(noun)
        inflected_verb = "VERB" in lemmas and noun not in lemmas["VERB"]  # "on Oct. 7 killed 40"
        if "NOUN" in lemmas and not inflected_verb and not lex.occurrence_re.fullmatch(noun):
            return True
    return False
