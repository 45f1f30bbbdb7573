"""The date of whatever a clause says happened, and the clock time it happened at.

Occurrence dates ("the quake struck on Friday") are read by ``events.find_occurrence_dates`` with
the lexicon's occurrence words. Every other dated clause ("Amazon said on Wednesday", "authorities
declared an outbreak on 20 September", "the alarms sounded at 1:24 a.m.") is read off the sentence's
reading layer: the verb nearest the date in its clause says what happened (through the event
families of ``rules/lexicon/families.yaml``), and the noun phrase before the verb (or after it) who
or what. Keys read this way are weak, so they carry a lower confidence (rules/findings.py).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass

import regex as re

from ..grammar import section
from ..lexicon import Lexicon, fold
from ..phrases import lowered
from ..read import NounPhrase, Reading, VerbGroup
from ..read.literal_gate import gated
from .clause_subjects import head_of_subject, passive_doer, past_apposition
from .clause_verbs import nearest_verb
from .clock_minutes import clock_minutes
from .coverage import Coverage
from .dates import DateMention
from .deal_dates import deal_agreed, deal_closing
from .offsets import Lead, lead_after
from .persons import Cast
from .prison_terms import surrender_act
from .speaker_gates import FOLD, holds
from .speaking_company import company_speaking
from .timed_acts import (
    act_beside,
    act_of,
    acts,
    bare_subject,
    joined_verbs,
    sole_occurrence,
    when_clause,
)

G = section("date_claims")

_CLOCK = G.re("clock")
# each names a part of the day or noon or midnight: scanned only in a sentence that holds one
_CLOCK_TOLD = gated(G.re("clock_told"), ("morning", "afternoon", "evening", "night"))
_CLOCK_NAMED = gated(G.re("clock_named"), ("noon", "midday", "midnight"))
_ABOUT = G.re("clock_about")
_COORDINATED = G.re("coordinated")
_APPOSED_DAY = G.re("apposed_day")
_AS_OF = G.re("as_of")
_AS_OF_REACH = 8  # characters before a date where its "as of" stands
_SCHEDULE = G.re("schedule_cue")
_EMBEDDED_QUESTION = G.re("embedded_question")
_POSSIBLY = G.re("possibility_cue")
_POSSESSIVE = G.re("possessive")
_GOING_SINCE = G.re("going_since")
_NO_OCCURRENCE = frozenset({"it", "this", "that", "which", "they", "what", "he", "she"})
_TOLD_AGAIN = G.words("told_again")
_RELATIVE_ORDER = G.words("relative_order")
_ABOUT_REACH = 20  # characters before a clock time where its "about" stands
CONFIDENCE = 0.5


@dataclass(slots=True)
class ClauseDate:
    start: int
    end: int
    subject: str  # "say/amazon", "occur/earthquake"
    label: str
    sure: bool = False  # the act is named by the lexicon ("the crash", "the first call"), not read off the verb
    scheduled: bool = False  # told in a future tense that states a schedule ("will meet in a run-off on June 8")
    lead: Lead | None = None  # how long before or after something the act came ("about four hours before")
    minutes: int | None = None  # a clock time: minutes after midnight
    joined: bool = False  # the second date of one span ("on Tuesday night and early Wednesday")


def clause_event(
    reading: Reading, start: int, end: int, lex: Lexicon, sole: str | None = None, cast: Cast | None = None
) -> tuple[str, str, bool, bool] | None:
    """(key, label, sure, own) of what the clause holding ``text[start:end]`` says happened: sure
    when the lexicon names the act; own when its doer is named as the subject of an active verb
    ("Velmco will announce the cuts", not "results will be announced"). A doer told by "he" or
    "she" is the person the article's ``cast`` says the pronoun stands for."""
    surrender = surrender_act(reading.text, reading.start, start, cast)
    if surrender is not None:  # "will report to prison on April 27": the surrender, whoever's verb
        return surrender, surrender.replace("/", " of "), True, False
    toks = reading.tokens
    first, last = reading.index_at(start), reading.index_before(end)
    agent: NounPhrase | None = None
    when = when_clause(reading, last, first)  # "at 1:28 a.m. when the ship struck": the striking's time
    if when is not None and (_a_state(when[0]) or _family(when[0].lemma, lex) == "say"):
        when = None  # "on Friday, when people were asleep", "when the ministry said": the act is before it
    beside = None if when else act_beside(reading, first, last, lex)  # "the run-off on May 28"
    if beside is not None:
        return beside, beside, True, False
    vg = when[0] if when else nearest_verb(reading, first, last, lex)
    closing = deal_closing(reading, start, vg) or deal_agreed(reading, start, end)
    if closing is not None:
        return closing, closing.replace("/", " (") + ")", False, True  # "the deal is expected to close in 2032"
    if vg is None:
        return None
    verb = _family(vg.lemma, lex)
    who = when[1] if when else head_of_subject(reading, reading.noun_phrase_ending(past_apposition(reading, vg.first)))
    if who is not None and _RELATIVE_ORDER.intersection(fold(m) for m in who.mods):
        return None  # "the last bulletin was published on 22 March": each article's own last one
    by = vg.head + 1
    if by + 1 < len(toks) and toks[by].lower == "by":
        agent = reading.noun_phrase(by + 1)  # "the country struck by the earthquake at 11 pm": the quake
        if agent is not None and fold(agent.lemma) in lex.occurrence:
            who = agent
    candidates = (
        (who,)
        if when or (agent is not None and who is agent)
        else (bare_subject(reading, vg), reading.clause_subject(vg.first), who)
    )
    for subject in candidates:
        act = act_of(reading, vg, subject, lex, sole)
        if act is not None:
            return act, act, True, False
    for joined in joined_verbs(reading, vg) if when else ():
        act = act_of(reading, joined, who, lex, sole)  # "entered the room and fatally shot the gunman"
        if act is not None:
            return act, act, True, False
    named = _own_act(reading, first, last, lex, sole) if when else None
    if named is not None:
        return named, named, True, False  # "walked off the job on May 3, when the contract expired"
    own = who is not None and not vg.passive and who.head < vg.first
    person = _person_pronoun(reading, vg, cast) if who is None else None
    # "four men were charged on Sunday": no doer named, the men charged; "by Orla Group": the doer.
    # A statement, or a meeting "held" (the subject of a holding verb is the act itself), keeps its key.
    if verb != "say" and fold(vg.lemma) not in acts(lex).holding_verbs:
        person = person or passive_doer(reading, vg, who, agent)
    if who is None and vg.head + 1 < len(toks):
        who = reading.noun_phrase(vg.head + 1)  # "declared an outbreak on 20 September"
    name = person or (lex.occurrence.get(fold(who.lemma), who.lemma) if who is not None else "-")
    name = counted_before(reading, vg, lex) or name  # "cases so far exceed last year's": the cases
    if verb == "say" and who is not None:
        name = company_speaking(reading, who, lex) or name  # "CEO Ada Ruhl wrote": the company
    return f"{verb}/{name}", f"{verb} ({name})", False, own


_PERSONAL = frozenset({"he", "she"})


def _a_state(vg: VerbGroup) -> bool:
    """A verb of being, not passive ("when people were more likely to be sleeping", "when most
    were asleep"): a "when" clause with it tells the circumstances of the act before the date."""
    return not vg.passive and (vg.lemma == "be" or vg.lemma.startswith("be "))


def _person_pronoun(reading: Reading, vg: VerbGroup, cast: Cast | None) -> str | None:
    """The person "he" or "she" right before an active verb stands for ("He joined Dorvale in
    July"): the doer, by the surname its article gives, not the verb's object ("Dorvale"), which
    another outlet naming the doer would never key the act by. None when the cast cannot tell."""
    k = vg.first - 1
    toks = reading.tokens
    if cast is None or vg.passive or k < 0 or toks[k].lower not in _PERSONAL:
        return None
    who = cast.antecedent(reading.start, toks[k].start)
    return who.lower() if who else None


def _own_act(reading: Reading, first: int, last: int, lex: Lexicon, sole: str | None) -> str | None:
    """The act the lexicon names in the date's own clause, when a "when" clause after the date names
    none: both happened then, and the named act keys the date."""
    vg = nearest_verb(reading, first, last, lex)
    if vg is None:
        return None
    subject = reading.clause_subject(vg.first)
    return act_of(reading, vg, subject, lex, sole)


def _family(lemma: str, lex: Lexicon) -> str:
    """The event family of a verb; a speech verb read with the preposition after it ("wrote in a
    memo", "said in a note") is still speech."""
    family = lex.family_events.get(fold(lemma))
    if family is None and " " in lemma and lex.family_events.get(fold(lemma.split()[0])) == "say":
        family = "say"
    return family or lemma


def clause_dates(
    text: str,
    sents: list[tuple[int, int]],
    dates: list[DateMention],
    taken: list[tuple[int, int]],
    reading_of: Callable[[int, int], Reading],
    lex: Lexicon,
    unkeyed: list[tuple[int, int]] = [],  # noqa: B006 (read only)
) -> list[tuple[ClauseDate, DateMention | None]]:
    """Date claims for the dated clauses no other extractor took, and clock times ("at 1:27 a.m.")
    with the date of their sentence, if it gives one. A date another claim took without a key
    (``unkeyed``: "declared an outbreak last Tuesday", where outbreaks recur) still dates an act the
    lexicon names."""
    out: list[tuple[ClauseDate, DateMention | None]] = []
    doc = _Reading(
        text, lex, reading_of, Coverage(taken), Coverage(unkeyed), sole_occurrence(text, lex), Cast(text, sents, lex)
    )
    di = 0
    for ss, se in sents:
        while di < len(dates) and dates[di].start < ss:
            di += 1
        dj = di
        while dj < len(dates) and dates[dj].start < se:
            dj += 1
        out.extend(_dated_clauses(doc, ss, se, dates[di:dj]))
        out.extend(_clock_times(doc, ss, se, dates[di:dj]))
    _unkey_recurring(out)
    return out


def _unkey_recurring(found: list[tuple[ClauseDate, DateMention | None]]) -> None:
    """An act the article dates on two days that cannot overlap happened twice ("the man who died on
    August 30 and the woman who died on September 11", "their deaths occurred on May 3 and Monday,
    respectively"): its key names neither, so neither date is compared (the key is left empty). So
    is a day of an act whose doer is not named ("the patient who died on May 3"): many die, and
    the key cannot tell whose death another article dates."""
    _unkey_repeated_clock(found)
    days: dict[str, list[tuple[ClauseDate, dt.date, dt.date]]] = {}
    for cd, d in found:
        if cd.minutes is not None or cd.joined or d is None or d.time.start is None or d.time.end is None:
            continue
        if cd.subject.split("/")[0] in _TOLD_AGAIN:
            continue  # statements recur: the rule compares them day by day
        if not cd.sure and cd.subject.endswith("/-"):
            cd.subject = ""
        else:
            days.setdefault(cd.subject, []).append((cd, d.time.start, d.time.end))
    for dated in days.values():
        if max(start for _, start, _ in dated) > min(end for _, _, end in dated):  # two of them disjoint
            for cd, _, _ in dated:
                cd.subject = ""


def _unkey_repeated_clock(found: list[tuple[ClauseDate, DateMention | None]]) -> None:
    """An act its verb and doer tell that the article times at two clocks ("8:54 -- control
    authorises the landing", "9:01 -- control authorises landing on runway 19") happened twice:
    neither time is compared. An act the lexicon names ("the crash") happens once."""
    minutes: dict[str, set[int]] = {}
    for cd, _ in found:
        if cd.minutes is not None and not cd.sure:
            minutes.setdefault(cd.subject, set()).add(cd.minutes)
    for cd, _ in found:
        if cd.minutes is not None and not cd.sure and len(minutes[cd.subject]) > 1:
            cd.subject = ""


def _contiguous(a: DateMention, b: DateMention) -> bool:
    """``b`` starts no later than the day after ``a`` ends: the two make one span of time."""
    end, start = a.time.end, b.time.start
    return end is not None and start is not None and start <= end + dt.timedelta(days=1)


def _comparing(key: str, lex: Lexicon) -> bool:
    """The act of ``key`` sets a count against another ("cases exceed last year's total"): its date,
    possessive or not, is what it is set against."""
    return key.split("/")[0] in acts(lex).comparing_verbs


def counted_before(reading: Reading, vg: VerbGroup, lex: Lexicon) -> str | None:
    """What a sentence counts, for a verb that sets a count against another ("the 14,000 cases
    reported this year exceed last year's total", "15,600 cases, a number that exceeds 2023's"):
    the noun of the first figure before the verb. None for any other verb, or when no figure is."""
    if fold(vg.lemma) not in acts(lex).comparing_verbs:
        return None
    toks = reading.tokens
    for k in range(vg.first):
        if toks[k].tag == "NUM" and k + 1 < vg.first:
            counted = reading.noun_phrase(k + 1)
            if counted is not None and counted.head < vg.first:
                return counted.lemma
    return None


@dataclass(slots=True)
class _Reading:
    """What every sentence of one document is read with."""

    text: str
    lex: Lexicon
    reading_of: Callable[[int, int], Reading]
    covered: Coverage  # spans other claims took
    loose: Coverage  # spans other claims took without a key
    sole: str | None  # the one occurrence the document names
    cast: Cast  # the people it names, for "he" and "she"


_PERIODS_OF_FIGURES = ("quarter", "half")


def _dated_clauses(
    doc: _Reading, ss: int, se: int, in_sentence: list[DateMention]
) -> list[tuple[ClauseDate, DateMention | None]]:
    out: list[tuple[ClauseDate, DateMention | None]] = []
    text, lex = doc.text, doc.lex
    previous: tuple[DateMention, tuple[str, str, bool, bool] | None] | None = None
    for d in in_sentence:
        if d.since and d.time.resolved and (begun := _going_since(text, ss, d, lex)) is not None:
            out.append((ClauseDate(d.start, d.end, begun, begun, True), d))  # "the strike, ongoing since May 3"
        if d.since or not d.time.resolved or doc.covered.overlaps(d.start, d.end) or _stamped(text, d.start, lex):
            previous = None
            continue
        if _AS_OF.search(text, max(ss, d.start - _AS_OF_REACH), d.start):
            previous = None  # "80 percent contained as of Friday": a state's time, no act's date
            continue
        if d.time.granularity in _PERIODS_OF_FIGURES:
            previous = None  # "a third-quarter loss", "grew in the first half": a figure's period, no act's date
            continue
        reading = doc.reading_of(ss, se)
        event = clause_event(reading, d.start, d.end, lex, doc.sole, doc.cast)
        if event is not None and _names_a_thing(reading, d) and not _before_its_act(reading, d, event[0]):
            event = None  # "in accordance with the 2008 constitution": the constitution's year
        joined = (
            previous is not None
            and previous[1] is not None
            and (
                bool(_COORDINATED.match(text, previous[0].end, d.start)) or _weekday_and_date(text, previous[0], d, lex)
            )
        )
        if joined:
            assert previous is not None
            event = previous[1]  # "on Tuesday night and early Wednesday": one span of one act
        if event is not None and not event[2] and _POSSESSIVE.match(text, d.end) and not _comparing(event[0], lex):
            event = None  # "revised the toll of Sunday's bombings": Sunday is the bombings' day
        if event is not None and d.assumed and not event[2]:
            event = None  # "evacuated 12,000 over the weekend": an assumed weekend dates only a named act
        if event is not None and (event[2] or not doc.loose.overlaps(d.start, d.end)):
            # a schedule of an act the lexicon names, or of a doer that tells its own act ("Velmco
            # will announce the cuts on March 3"): the doer's timetable, not a guess
            scheduled = (event[2] or event[3]) and _scheduled(text, ss, d.start)
            # "on Tuesday night and early Wednesday" is one span; "on August 30 and Monday,
            # respectively", two days of two acts
            span = joined and previous is not None and _contiguous(previous[0], d)
            out.append((ClauseDate(d.start, d.end, *event[:3], scheduled=scheduled, joined=span), d))
        previous = (d, event)
    return out


def _weekday_and_date(text: str, weekday: DateMention, d: DateMention, lex: Lexicon) -> bool:
    """A weekday and the date right after it ("Wednesday, October 26"): one day of one act told
    twice, kept together even when the two disagree (the rule then sets each against the others)."""
    assert lex.dates is not None
    words = text[weekday.start : weekday.end].split()
    apposed = _APPOSED_DAY.match(text, weekday.end, d.start) is not None
    return apposed and bool(words) and fold(words[-1]) in lex.dates.weekdays and d.time.granularity == "day"


def _going_since(text: str, ss: int, d: DateMention, lex: Lexicon) -> str | None:
    """The start of an occurrence still going on that a "since" date gives ("the strike that has
    been ongoing since October 4": begin/strike), else None."""
    m = _GOING_SINCE.search(text, max(ss, d.start - 80), d.start)
    if m is None:
        return None
    word = "strike" if m.group("strike") else fold(m.group("occ"))
    occurrence = lex.occurrence.get(word) or (word if word not in _NO_OCCURRENCE else None)
    return f"begin/{occurrence}" if occurrence else None  # the noun itself, as clause_event keys it


def _names_a_thing(reading: Reading, d: DateMention) -> bool:
    """A year between an article and a noun names the thing of that year ("took power in accordance
    with the 2008 constitution"), not the time of the clause's act; an act noun after it
    ("the 2021 coup") was read before this."""
    toks = reading.tokens
    first, last = reading.index_at(d.start), reading.index_before(d.end)
    return (
        d.time.granularity == "year"
        and first > 0
        and toks[first - 1].tag == "DET"
        and last + 1 < len(toks)
        and toks[last + 1].tag in ("NOUN", "PROPN")
    )


def _before_its_act(reading: Reading, d: DateMention, key: str) -> bool:
    """The date stands right before the word of the act it dates ("the 2021 coup")."""
    last = reading.index_before(d.end)
    after = reading.tokens[last + 1] if last + 1 < len(reading.tokens) else None
    return after is not None and key.endswith(fold(after.noun or after.lower))


def _clock_times(
    doc: _Reading, ss: int, se: int, in_sentence: list[DateMention]
) -> list[tuple[ClauseDate, DateMention | None]]:
    out: list[tuple[ClauseDate, DateMention | None]] = []
    text = doc.text
    # each pattern runs only on a sentence that holds the words or marks its every match holds
    # (most sentences hold none, and most digits are a year or a count, no time): read off the
    # sentence in lower case, or folded letter by letter where the article's case is not read
    low = lowered(text)
    folded = low[ss:se] if low is not None else text[ss:se].translate(FOLD)
    found = [
        *(_CLOCK.finditer(text, ss, se) if may_tell_clock(folded) else ()),
        *(_CLOCK_TOLD.finditer(text, ss, se) if holds(folded, _CLOCK_TOLD.needs) else ()),
        *(_CLOCK_NAMED.finditer(text, ss, se) if holds(folded, _CLOCK_NAMED.needs) else ()),
    ]
    for m in sorted(found, key=lambda m: m.start()):
        minutes = clock_minutes(m, doc.lex)
        event = (
            clause_event(doc.reading_of(ss, se), m.start(), m.end(), doc.lex, doc.sole, doc.cast)
            if minutes is not None
            else None
        )
        if event is None:
            continue
        day = min(in_sentence, key=lambda d: abs(d.start - m.start()), default=None)
        about = _ABOUT.search(text, max(ss, m.start() - _ABOUT_REACH), m.start())
        start = about.start() if about else m.start()  # "around 1:27 a.m.": the quote says so
        lead = lead_after(text, m.end(), se, doc.lex) if event[2] else None
        out.append((ClauseDate(start, m.end(), *event[:3], minutes=minutes, lead=lead), day))
    return out


# every match of `clock` holds one of these, or "am" or "pm" after a digit or a space
_CLOCK_MARKS = (":", ".0", ".1", ".2", ".3", ".4", ".5", "a.m", "p.m", "gmt", "utc", "local", "hrs")


def may_tell_clock(folded: str) -> bool:
    """Whether a sentence folded to lower case (``speaker_gates.FOLD``) may hold a match of the
    `clock` pattern, by the marks every match holds; "am" and "pm" count after a character that is
    no letter and before one that is no word's ("at 7pm", "9 a.m.", not "team", "amid")."""
    for mark in _CLOCK_MARKS:
        if mark in folded:
            return True
    for half in ("am", "pm"):
        at = folded.find(half)
        while at >= 0:
            after = folded[at + 2 : at + 3]
            if (
                at > 0
                and not "a" <= folded[at - 1] <= "z"
                and not (after.isascii() and (after.isalnum() or after == "_"))
            ):
                return True
            at = folded.find(half, at + 1)
    return False


def presupposed(text: str, ss: int, at: int) -> bool:
    """An occurrence named inside a question the clause leaves open ("it is not clear what caused the
    explosion on Monday"): its date is taken for granted, not denied."""
    return bool(_EMBEDDED_QUESTION.search(text, ss, at))


def _scheduled(text: str, ss: int, at: int) -> bool:
    """A schedule's future ("will meet in a run-off on June 8") before ``at``, and no possibility."""
    return bool(_SCHEDULE.search(text, ss, at)) and not _POSSIBLY.search(text, ss, at)


_STAMP_REACH = 40  # characters before a date where its stamp word stands


@functools.lru_cache(maxsize=8)
def _stamp_before(stamps: str) -> re.Pattern[str]:
    return re.compile(rf"(?im)^[ \t]*(?:{stamps})\s*(?:on)?\s*[:\-]?\s*$")


def _stamped(text: str, at: int, lex: Lexicon) -> bool:
    """The page's own date ("Updated: 30 July 2023", a store's "date 2023-07-30" line) dates the
    page, not a clause that follows it on its line."""
    assert lex.dates is not None
    return bool(_stamp_before(lex.dates.stamps).search(text, max(0, at - _STAMP_REACH), at))
