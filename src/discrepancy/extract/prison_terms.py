"""Prison terms: the term a court gives, the terms asked of it, the most a charge carries.

A duration that a clause tells as a prison term ("was sentenced to 11 years and three months in
prison", "her 135-month sentence", "to be incarcerated for 135 months") is keyed by its role and by
the person it is of, so that the term given meets the term given (135 months and 11.25 years are
one duration) and never the term the prosecution asked for ("prosecutors had asked for 15 years"),
the defence's ("her lawyers sought 18 months of house arrest"), the probation office's, or the
most the charges carry ("faced up to 20 years"); a co-defendant's term is keyed by that person.
A period served after or instead of prison ("three years of supervised release") is its own
measure. The months completing a term ("11 years and three months") are added to its years, and a
restatement in brackets ("11.25 years (11 years, three months)") is not a term of its own.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from ..grammar import section
from ..lexicon import Lexicon
from ..normalise.units import to_base
from .numbers import Parsed, parse_number
from .persons import Cast

G = section("prison_terms")

_AFTER_TERM = G.re("after_term")
_MAXIMUM_BEFORE = G.re("term_maximum_before")
_MAXIMUM_AFTER = G.re("term_maximum_after")
_PROPOSER_BEFORE = G.re("term_proposer_before")
_PROPOSER_AFTER = G.re("term_proposer_after")
_GIVEN_BEFORE = G.re("term_given_before")
_GIVEN_AFTER = G.re("term_given_after")
_GUIDELINE_BEFORE = G.re("guideline_before")
_COMPOUND_REST = G.re("compound_rest")
_RESTATED_BEFORE = G.re("restated_before")
_COURT_TITLE = G.re("court_title")
_PRONOUN = G.re("pronoun_before")
_NAME_WORD = G.re("name_word")
_SURRENDER_BEFORE = G.re("surrender_before")
_CHARGE_NOUN_AFTER = G.re("charge_noun_after")
_VERDICT_BEFORE = G.re("verdict_before")
_PARTIAL_CHARGES = G.re("partial_charges_after")
_VERDICT_SUBJECT = G.re("verdict_subject")
_CAPITALISED_BEFORE = G.re("capitalised_before")
_COURT_CONTEXT = G.re("court_context")
_SURRENDER_REACH = 70  # characters before a date where the act of surrender may be told

_REACH = 90  # characters before a duration where its verb of sentencing or asking may stand
_PROPOSERS = {"prosecutor": "prosecution", "prosecution": "prosecution", "government": "prosecution"}
_PROPOSERS |= {"defense": "defence", "defence": "defence", "lawyer": "defence", "attorney": "defence"}
_PROPOSERS |= {"probation": "probation"}


_KINDS = {"release": "supervised release", "arrest": "house arrest"}
TERM_ANCHORS = ("prison term", "supervised release", "house arrest", "probation", "service")


def is_term(anchor: str | None) -> bool:
    """A term's key: it is set once, so the later day its sentence names ("will report to prison on
    April 27 to begin her 135-month sentence") is when it starts, not when it was told."""
    return anchor is not None and anchor.startswith(TERM_ANCHORS)


def is_verdict(measure: str, population: str | None) -> bool:
    """A count of charges ("four counts", "counts acquitted"): of the verdict, whenever told."""
    return measure == "count" and population is not None and (population == "count" or population.startswith("counts "))


@dataclass(slots=True)
class Term:
    anchor: str  # "prison term", "prison term sought by prosecution", "maximum prison term", ...
    person: str | None  # whose term: a surname, None when the sentence names no one
    comparable: bool = True
    end: int | None = None  # where the term ends when months complete its years
    parsed: Parsed | None = None  # the whole term, months added


def prison_term(
    text: str, ss: int, se: int, start: int, end: int, parsed: Parsed, cast: Cast, lex: Lexicon
) -> Term | None:
    """The prison term (or period after prison) a duration at ``text[start:end]`` states, else None:
    only in a sentence that speaks of a criminal court."""
    if not _COURT_CONTEXT.search(text, ss, se):
        return None
    lo = max(ss, start - _REACH)
    after = _AFTER_TERM.match(text, end, se)
    if after is not None:
        kind = next(k for k, v in after.groupdict().items() if v)
        anchor = _KINDS.get(kind, kind)
        role = _role(text, lo, start, end, se)
        anchor = f"{anchor} {role}" if role and role != "given" else anchor
        return Term(anchor, _person(text, ss, start, cast))
    role = _role(text, lo, start, end, se)
    if role is None:
        return None
    if role == "guideline" or _RESTATED_BEFORE.search(text, max(ss, start - 20), start):
        return Term("prison term", None, comparable=False)
    anchor = "prison term" if role == "given" else f"prison term {role}"
    term = Term(anchor, _person(text, ss, start, cast))
    _add_months(term, text, end, se, parsed, lex)
    return term


@dataclass(slots=True)
class Verdict:
    population: str  # "count" (convicted: what a count of charges is read as), "counts acquitted", ...
    person: str | None
    comparable: bool
    start: int | None = None  # "four of 11 counts": where the part counted starts, and its figure
    parsed: Parsed | None = None


def verdict_count(text: str, ss: int, se: int, start: int, figure_end: int, cast: Cast, lex: Lexicon) -> Verdict | None:
    """A count of charges and the verdict on them ("found guilty on four counts", "acquitted of four
    fraud counts", "deadlocked on three other charges", "failed to reach a verdict on three more"),
    keyed by the verdict and whose it is; "found guilty on four of 11 counts" is four counts. The
    counts convicted keep the plain key of a count of charges ("four counts of fraud"), which most
    often tells them; those acquitted, deadlocked or charged have their own."""
    noun = _CHARGE_NOUN_AFTER.match(text, figure_end, se)
    verdict = _VERDICT_BEFORE.search(text, max(ss, start - _REACH), start) if noun is not None else None
    if noun is None or verdict is None:
        return None
    kind = next(k for k in ("acquitted", "convicted", "deadlocked", "charged") if verdict.group(k))
    partial = _PARTIAL_CHARGES.match(text, noun.end(), se) is not None
    found = Verdict("count" if kind == "convicted" else f"counts {kind}", _person(text, ss, start, cast), not partial)
    if verdict.group("part") is not None:
        num = lex.number_re.match(text, verdict.start("part"))
        part = parse_number(num, lex) if num is not None and num.end() == verdict.end("part") else None
        if part is None:
            return None
        found.start, found.parsed = verdict.start("part"), part
    return found


def surrender_act(text: str, ss: int, start: int, cast: Cast | None) -> str | None:
    """The key of a date that is the day someone goes to prison ("report to prison on April 27",
    "self-surrender on 27 April", "begin serving time on April 27"): ``surrender/<surname>``."""
    if not _SURRENDER_BEFORE.search(text, max(ss, start - _SURRENDER_REACH), start):
        return None
    person = _person(text, ss, start, cast) if cast is not None else None
    return f"surrender/{person.lower() if person else '-'}"


def _role(text: str, lo: int, start: int, end: int, se: int) -> str | None:
    """Whose term the duration is: given, sought by someone, the maximum, a guideline; None: no term."""
    if _MAXIMUM_BEFORE.search(text, lo, start) or _MAXIMUM_AFTER.match(text, end, se):
        return "maximum"
    proposer = _PROPOSER_BEFORE.search(text, lo, start) or _PROPOSER_AFTER.match(text, end, se)
    if proposer is not None:
        who = proposer.group("who").lower().rstrip("s")
        return f"sought by {_PROPOSERS.get(who, who)}"
    if _GUIDELINE_BEFORE.search(text, lo, start):
        return "guideline"
    if _GIVEN_BEFORE.search(text, lo, start) or _GIVEN_AFTER.match(text, end, se):
        return "given"
    return None


def _person(text: str, ss: int, start: int, cast: Cast) -> str | None:
    """The surname of the person a term is of: of the people the sentence names before it (by a
    surname the article gives someone in full; no judge or prosecutor), the one the article names
    most; else the one a pronoun stands for; else the person the article names most."""
    surnames, counts = cast.surnames(), _word_counts(text)
    subject = _VERDICT_SUBJECT.search(text, ss, start)
    if subject is not None and _named_alone(text, subject, surnames):
        return subject.group("name")  # "Ivo Marr has since been found guilty of 12 counts"
    names = [
        m.group(0)
        for m in _NAME_WORD.finditer(text, ss, start)
        if m.group(0) in surnames and not _COURT_TITLE.search(text, max(ss, m.start() - 40), m.start())
    ]
    if names:
        return max(reversed(names), key=lambda n: counts[n])
    if _PRONOUN.search(text, ss, start) and (named := cast.antecedent(ss, start)) is not None:
        return named.split()[-1]
    return max(surnames, key=lambda n: (counts[n], n)) if surnames else None


def _named_alone(text: str, subject: re.Match[str], surnames: set[str]) -> bool:
    """The subject of a verdict's verb is a person: a surname the article gives someone in full, or
    a single capitalised word ("Marr has since been found guilty"; not "Velm Bank was fined"); never
    a judge or a prosecutor."""
    at = subject.start()
    if _COURT_TITLE.search(text, max(0, at - 40), at):
        return False
    return subject.group("name") in surnames or not _CAPITALISED_BEFORE.search(text, max(0, at - 40), at)


@functools.lru_cache(maxsize=8)
def _word_counts(text: str) -> Counter[str]:
    """How often the article writes each capitalised word: the defendant is named most."""
    return Counter(_NAME_WORD.findall(text))


def _add_months(term: Term, text: str, end: int, se: int, parsed: Parsed, lex: Lexicon) -> None:
    """ "11 years and three months": the months added to the years, as one term."""
    rest = _COMPOUND_REST.match(text, end, se)
    base = lex.base_units.get("duration")
    if rest is None or base is None:
        return
    num = lex.number_re.match(text, rest.start("num"))
    months = parse_number(num, lex) if num is not None and num.end() == rest.end("num") else None
    if months is None or months.qualifier != "exact":
        return
    extra = to_base(months.figure, "month", base)
    term.parsed = Parsed(parsed.figure + extra, None, parsed.qualifier, to_base(1, "month", base))
    term.end = rest.end()
