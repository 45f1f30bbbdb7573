"""Events: who did what to whom, and when ("Russia annexed Crimea in 2014").

Triggers come from ``rules/lexicon/events.yaml`` (verbs, nominalisations, adjectives). Roles are read
from the clause around the trigger with a few plain rules: in the active voice the agent is the
nearest actor before the verb that no preposition governs and the patient the first one after it;
"was X-ed by Y" and "the X-ion of P by A" swap them; an office ("a pro-Russian government") takes
its country from the clause ("in Kyiv"). Dated occurrences with no actor ("the quake that struck
on Monday", "the July 2020 ceasefire") become date claims.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import regex as re

from ..lexicon import Lexicon, fold, per_lexicon
from ..normalise.entities import Mention
from ..phrases import lowered
from .claimed_acts import claimed_by, group_of_member, nobody_did, recalled_occurrence, won_race
from .dates import DateMention, lagged
from .event_frames import Listed, announced, cause_occurrence, listed, listed_patient, named_subject
from .event_roles import (
    _DATE_CUT,
    _EARLIER,
    _LINK_AFTER,
    _LINK_BEFORE,
    _NAMED,
    _NOMINAL,
    _PASSIVE,
    _PLACE_TYPES,
    APPOSED,
    SINCE_OPENING,
    EventHit,
    _fits,
    _roles,
    occurrence_after,
    occurrence_before,
    place_after,
    strip_gerund,
    trigger_prep,
    verb_like,
)

__all__ = ["EventHit", "OccurrenceHit", "find_events", "find_occurrence_dates"]


@dataclass
class OccurrenceHit:
    start: int
    end: int
    occurrence: str
    place: str | None
    time: DateMention
    word: tuple[int, int] = (0, 0)  # where the occurrence word stands


def _since_date(text: str, ss: int, t: re.Match[str], dates: list[DateMention]) -> DateMention | None:
    """The date that ends the "since" phrase the trigger stands in ("since the outbreak was declared
    on 13 March"): a running total's start for the figures beside it, and the event's own date."""
    for d in dates:
        if not d.since or not t.end() <= d.start <= t.end() + 40 or _DATE_CUT.search(text, t.end(), d.start):
            continue
        opening = list(SINCE_OPENING.finditer(text, max(ss, t.start() - 50), t.start()))
        if opening and not _DATE_CUT.search(text, opening[-1].end(), t.start()):
            return d
    return None


def _same_clause(text: str, a0: int, a1: int, b0: int, b1: int) -> bool:
    """A date belongs to an event when no clause boundary stands between them."""
    lo, hi = (a1, b0) if a1 <= b0 else (b1, a0)
    if lo >= hi:
        return True
    gap = text[lo:hi]
    return len(gap) < 100 and not _DATE_CUT.search(gap)


@dataclass
class _TypeRules:
    """What lexicon/events.yaml says of one type, compiled once per lexicon."""

    by_word: dict[str, list[tuple[str, str]]]  # trigger phrase -> (type, form) in file order
    cues: dict[tuple[str, str], Any]  # (type, phrase) -> words one of which must follow closely
    preps: dict[str, Any]  # type -> prepositions that may open the patient's phrase
    patient_first: dict[str, frozenset[str]]  # type -> phrases whose subject is the patient
    patient_before: dict[str, frozenset[str]]  # type -> phrases whose patient is the occurrence before them
    hazards: set[str]  # occurrences some type takes as its agent: never an actor ("the storm hit")
    listed: dict[str, Listed]  # type -> its closed set of patients ("borders", "institutions")


@per_lexicon
def _type_rules(lex: Lexicon) -> _TypeRules:
    rules = _TypeRules({}, {}, {}, {}, {}, set(), {})
    for etype, spec in lex.event_types.items():
        for form in ("verbs", "nouns", "adjectives"):
            for w in spec.get(form) or []:
                pairs = rules.by_word.setdefault(fold(w), [])
                if (etype, form[:-1]) not in pairs:
                    pairs.append((etype, form[:-1]))
        for w, cue in (spec.get("cues") or {}).items():
            rules.cues[(etype, fold(w))] = re.compile(r"(?i)\b(?:" + "|".join(re.escape(c) for c in cue) + r")\b")
        if spec.get("patient_preps"):
            rules.preps[etype] = re.compile(r"(?i)\s+(?:" + "|".join(spec["patient_preps"]) + r")\b")
        rules.patient_first[etype] = frozenset(fold(w) for w in spec.get("patient_first") or [])
        rules.patient_before[etype] = frozenset(fold(w) for w in spec.get("patient_before") or [])
        rules.hazards.update(spec.get("agent_occurrences") or [])
        if spec.get("patients"):
            rules.listed[etype] = listed(spec["patients"])
    return rules


def compared(spec: dict[str, Any]) -> set[str]:
    """What two accounts of one event of this type are compared on: its other role, its date. A
    recurring type (the same agent does it again and again) is compared on neither by default."""
    return set(spec.get("compare", [] if spec.get("recurring") else ["roles", "dates"]))


def _occurrence(phrase: str | None, lex: Lexicon) -> str | None:
    """The occurrence a phrase's head names ("the magnitude 6.8 quake" -> earthquake), else None."""
    if not phrase:
        return None
    head = fold(phrase.split()[-1])
    found = lex.occurrence.get(head) or lex.occurrence.get(fold(phrase))
    if found is None and lex.named_re is not None and (named := lex.named_re.fullmatch(phrase)) is not None:
        return lex.named_kind[named.group("suf") or named.group("pre")]  # "Cyclone Tarn hit": a storm
    return found


def _named_actor(value: str | None, lex: Lexicon) -> bool:
    return value is not None and (value in lex.entities or _NAMED.match(value) is not None)


def _fits_kind(value: str, kinds: list[str], lex: Lexicon) -> bool:
    """A role read from the words around a trigger fits what the type allows."""
    ent = lex.entities.get(value)
    named = ent is not None or _NAMED.match(value) is not None
    is_place = ent is not None and ent.type in _PLACE_TYPES
    if "company" in kinds:  # "Acme bought Beta Corp": a name, and no place's
        return named and not is_place
    if "named" in kinds:
        return named
    if "place" in kinds:
        return is_place if ent is not None else _fits(value, kinds, lex)
    if "person" in kinds:
        return not is_place and not value[:1].isdigit()
    return True


_NEXT_WORD = re.compile(r"\s+([\w-]+)")


def _object_not_taken(text: str, end: int, spec: dict[str, Any]) -> bool:
    """The word right after the trigger is one of the type's ``not_objects``: another act."""
    words = spec.get("not_objects") or []
    m = _NEXT_WORD.match(text, end) if words else None
    return m is not None and m.group(1).lower() in words


def _near(need: re.Pattern[str], text: str, ss: int, se: int, t: re.Match[str]) -> bool:
    """Whether a word a type requires near its trigger is there: right after it ("declared a
    curfew"), or, for a passive trigger, in its subject before it ("the outbreak was declared")."""
    if need.search(text, t.end(), min(se, t.end() + 60)):
        return True
    before = text[max(ss, t.start() - 60) : t.start()]
    passive = _PASSIVE.search(before)
    return passive is not None and need.search(before, 0, passive.start()) is not None


def _read(
    text: str,
    ss: int,
    se: int,
    t: re.Match[str],
    word: str,
    etype: str,
    form: str,
    mentions: list[Mention],
    dates: list[DateMention],
    lex: Lexicon,
) -> EventHit | None:
    """One reading of a trigger as an event of ``etype``; None when the type's conditions fail."""
    spec = lex.event_types[etype]
    rules = _type_rules(lex)
    if (
        form == "verb"
        and word in (spec.get("nouns") or [])
        and _NOMINAL.search(text[max(ss, t.start() - 30) : t.start()])
    ):
        form = "noun"  # "the overthrow of", "Russia's core demand"
    need = lex.requires_near_res.get(etype)
    if need is not None and not _near(need, text, ss, se, t):
        return None
    if _object_not_taken(text, t.end(), spec):
        return None  # "seized power" is a coup, not a place seized
    cue = rules.cues.get((etype, word))
    if cue is not None and not cue.search(text, t.end(), min(se, t.end() + 60)):
        return None  # "a man named Ali" is no appointment; "named Ali as minister" is
    if spec.get("nobody"):
        denied = nobody_did(text, ss, se, t, etype, spec, lex)
        if denied is not None:
            return denied  # "no group has claimed responsibility"
    if word in rules.patient_before.get(etype, frozenset()):
        return claimed_by(text, ss, se, t, etype, mentions, lex)  # "an attack claimed by X"
    if etype in rules.listed:
        return _read_listed(text, ss, se, t, etype, form, rules.listed[etype], mentions, lex)
    if spec.get("patient_occurrences"):
        return _read_standing(text, ss, se, t, etype, spec, lex)
    kinds = list(spec.get("patient_kinds") or ["any"])
    first = word in rules.patient_first.get(etype, frozenset())
    needs = spec.get("needs")
    strict = needs is not None
    hit = _roles(text, ss, se, t, etype, form, kinds, mentions, lex, rules.preps.get(etype), first, strict)
    if hit is None:
        return None
    if strict:
        if not _typed_roles(hit, text, ss, se, t, spec, kinds, lex):
            return None
        if any(d.start < hit.end <= d.end for d in dates) and hit.patient and not hit.patient.islower():
            return None  # "raids on Tuesday": a date is no target
        if hit.agent is not None and hit.agent == hit.patient:
            return None  # "arriving in Armenia", "Russia ... he blamed the Kremlin": one name read twice
        if first and trigger_prep(t.group(0)) and not _named_actor(hit.agent, lex):
            return None  # "homicides fell to 412", "inflation fell to its lowest": no one took anything
    if hit.agent is None and form == "noun":
        apposed = APPOSED.search(text, max(ss, t.start() - 80), t.start())
        if apposed is not None:  # "Colonel Amir Dara, leader of the coup"
            hit.agent = lex.titles_re.sub("", apposed.group("name")).strip() or None
    key = spec.get("key", "patient")
    key_value = hit.patient if key == "patient" else hit.agent
    if any(getattr(hit, role) is None for role in needs or ()):
        return None  # "bought bread": a takeover needs the company
    if not key_value and not (hit.agent and hit.agent in lex.entities):
        return None  # "those arrested", "officers seized" (what?): the event names no subject
    # "Moscow had no intention of invading": kept (who would do it is known), never compared
    # compared only when the key role names someone or somewhere: "Crimea", "Karsk",
    # "government of Mali"; "the port city" is read but not compared
    hit.comparable = bool(key_value) and (
        bool(spec.get("key_common"))  # "declared a public health emergency": what, not who
        or all(part in lex.entities or _NAMED.match(part) is not None for part in (key_value or "").split(" + "))
    )
    key_kinds = kinds if key == "patient" else list(spec.get("agent_kinds") or [])
    if "occurrence" in key_kinds and key_value:
        # an occurrence keys the event ("the fire started on Tuesday"); one that recurs (protests,
        # attacks) has no single date, so a type compared on dates is not compared for it
        hit.comparable = key_value not in lex.recurring_occurrences or "dates" not in compared(spec)
    if strict:
        hit.place = place_after(text, t.end(), se, mentions, lex, hit.patient)
    # "Velmcorp said it will appeal the decision": a step the party announced, not a forecast
    hit.announced = bool(spec.get("announced")) and announced(text, ss, t.start())
    if spec.get("nobody") and hit.agent is not None:  # a claim: "X, a commander of the group, claimed"
        hit.agent = group_of_member(text, hit.start, t.start(), lex) or hit.agent
    return hit


def _read_listed(
    text: str,
    ss: int,
    se: int,
    t: re.Match[str],
    etype: str,
    form: str,
    patients: Listed,
    mentions: list[Mention],
    lex: Lexicon,
) -> EventHit | None:
    """A type whose patient is one of a closed set (lexicon/events.yaml `patients`): the patient is
    the listed word at hand, named by its canonical word ("the country's borders" -> borders); the
    agent is read as for any type, and may be missing ("the borders were closed")."""
    found = listed_patient(text, ss, se, t.start(), t.end(), patients)
    if found is None:
        return None  # "closed higher", "led the league": not a thing the type lists
    patient, ps, pe = found
    spec = lex.event_types[etype]
    if "occurrence" in (spec.get("agent_kinds") or []):  # a cause: of the blast, the crash...
        occurrence = cause_occurrence(text, ss, se, t.span(), (ps, pe), lex, patients)
        if occurrence is None:
            return None
        trigger = " ".join(t.group(0).split())
        hit = EventHit(
            min(t.start(), ps), max(t.end(), pe), etype, occurrence[0], patient, trigger, t.start(), None, form
        )
        hit.comparable = occurrence[0] not in lex.recurring_occurrences  # two attacks, two causes
        return hit
    roles = _roles(text, ss, se, t, etype, form, ["any"], mentions, lex)
    agent = roles.agent if roles is not None else None
    if roles is not None and ps < t.start() and roles.start <= ps:
        agent = None  # "Tarn's borders remain closed": the possessor is no agent
    start = min(t.start(), ps)
    if agent is not None and roles is not None:
        start = min(start, roles.start)
    elif form == "noun":
        apposed = APPOSED.search(text, max(ss, t.start() - 160), t.start())
        if apposed is not None:  # "Colonel Amir Dara, leader of the coup"
            agent = lex.titles_re.sub("", apposed.group("name")).strip() or None
            start = min(start, apposed.start("name"))
    trigger = " ".join(t.group(0).split())
    hit = EventHit(start, max(t.end(), pe), etype, agent, patient, trigger, t.start(), None, form)
    hit.announced = bool(spec.get("announced")) and announced(text, ss, t.start())
    return hit


def _read_standing(
    text: str, ss: int, se: int, t: re.Match[str], etype: str, spec: dict[str, Any], lex: Lexicon
) -> EventHit | None:
    """Who stands where in an occurrence that is counted ("Vale was ahead", "Holt is in the
    lead"): the agent is the name right before the trigger, the patient the occurrence the clause
    names, else the last one named before it, when the type lists it (an election)."""
    who = named_subject(text, ss, t.start(), lex)
    if who is None or not won_race(text, ss, se, t, fold(t.group(0)), spec, lex):
        return None
    if spec.get("race_object"):  # "declared the winner of Tarnia's presidential election"
        occurrence = recalled_occurrence(text, ss, se, t.span(), lex)
    else:
        occurrence = cause_occurrence(text, ss, se, t.span(), t.span(), lex, None)
    if occurrence is None or occurrence[0] not in spec["patient_occurrences"]:
        return None
    trigger = " ".join(t.group(0).split())
    return EventHit(
        min(who[1], t.start()), t.end(), etype, who[0], occurrence[0], trigger, t.start(), None, form="verb"
    )


def _typed_roles(
    hit: EventHit, text: str, ss: int, se: int, t: re.Match[str], spec: dict[str, Any], kinds: list[str], lex: Lexicon
) -> bool:
    """The stricter role kinds of the types that declare ``needs`` (lexicon/events.yaml): an
    occurrence as agent or patient ("the quake struck near Karsk", "the strike began"), an actor
    that is no occurrence ("the storm hit" is no attack), and a patient that is neither a verb nor
    an idiom ("struck a deal"). Rewrites the roles in place; False when they do not fit."""
    agent_kinds = list(spec.get("agent_kinds") or [])
    subject = occurrence_before(text, ss, t.start(), lex)
    hazards = _type_rules(lex).hazards
    if "occurrence" in agent_kinds:
        hit.agent = _occurrence(hit.agent, lex) or (subject[0] if subject else None)
        if hit.agent is None or hit.agent not in (spec.get("agent_occurrences") or [hit.agent]):
            return False  # "an air strike hit the hospital" is an attack
        if subject is not None and hit.agent == subject[0]:
            hit.start = min(hit.start, subject[1])
    elif "actor" in agent_kinds and (
        _occurrence(hit.agent, lex) in hazards or hit.agent is None and subject is not None and subject[0] in hazards
    ):
        return False  # "the floods, which struck the valley": the place an occurrence hit
    if "occurrence" in kinds:
        after = occurrence_after(text, t.end(), se, lex)
        if after is not None:
            hit.patient, hit.end = after[0], max(hit.end, after[1])
        else:  # intransitive: "the march ended peacefully", "the fire started on Tuesday"
            hit.patient = _occurrence(hit.patient, lex) or (subject[0] if subject else None)
            if hit.patient is None and spec.get("patient_recall"):  # "It later denied involvement."
                recalled = recalled_occurrence(text, ss, se, t.span(), lex)
                hit.patient = recalled[0] if recalled is not None else None
            if subject is not None and hit.patient == subject[0]:
                hit.start = min(hit.start, subject[1])
            if hit.agent and _occurrence(hit.agent, lex):
                hit.agent = None  # the occurrence is the subject, not an agent
        return hit.patient is not None
    if hit.patient is None:
        return True
    hit.patient = strip_gerund(hit.patient)  # "accused the government of planning to"
    if not any(c.isalpha() for c in hit.patient):
        return False  # "inflation hit 11.1%", "the toll hit 200": a level reached, no target
    if (
        kinds == ["any"]
        and not any(c.isdigit() for c in hit.patient)
        and any(c.isdigit() for c in text[t.end() : hit.end])
    ):
        return False  # "the drought has hit 2 million farmers": people counted, no target
    idiom = set(hit.patient.lower().split()) & set(spec.get("not_patients") or [])
    if verb_like(hit.patient) or idiom:
        return False  # "strikes killed 12", "struck a deal"
    return all(_fits_kind(p, kinds, lex) for p in hit.patient.split(" + "))


_Located = TypeVar("_Located", Mention, DateMention)


def starting_within(items: Sequence[_Located]) -> Callable[[int, int], list[_Located]]:
    """The items (mentions, dates) that start in ``[ss, se)``, in their order: one sort for the
    document, then a bisection per sentence instead of a scan of the whole document."""
    order = sorted(range(len(items)), key=lambda k: items[k].start)
    starts = [items[k].start for k in order]

    def within(ss: int, se: int) -> list[_Located]:
        return [items[k] for k in sorted(order[bisect_left(starts, ss) : bisect_left(starts, se)])]

    return within


def find_events(
    text: str,
    sentences: list[tuple[int, int]],
    dates: list[DateMention],
    mentions: list[Mention],
    lex: Lexicon,
) -> list[EventHit]:
    """Every event in the text. A trigger that several types list ("struck": an attack, or the place
    an occurrence hit) is read as the first type, in file order, whose conditions hold."""
    out: list[EventHit] = []
    rules = _type_rules(lex)
    mentions_in, dates_in = starting_within(mentions), starting_within(dates)
    scan, low = lex.case_free["trigger_re"], lowered(text)
    for ss, se in sentences:
        triggers = list(scan.finditer(text, ss, se, low))
        if not triggers:
            continue  # most sentences: their mentions and dates are not gathered
        sent_mentions = mentions_in(ss, se)
        all_dates = dates_in(ss, se)
        sent_dates = [d for d in all_dates if not d.since]
        for t in triggers:
            word = fold(t.group(0))
            hit: EventHit | None = None
            for etype, form in rules.by_word.get(word) or [lex.trigger_type[word]]:
                hit = _read(text, ss, se, t, word, etype, form, sent_mentions, sent_dates, lex)
                if hit is not None:
                    break
            if hit is None:
                continue
            near = [d for d in sent_dates if _same_clause(text, d.start, d.end, hit.start, hit.end)]
            if near:
                hit.time = min(near, key=lambda d: abs(d.start - t.start()))
            elif (
                own := _since_date(text, ss, t, all_dates)
            ) is not None:  # "since the outbreak was declared on 13 March": its date
                hit.time = own
            else:  # "seized power on Wednesday, a day after the leader was detained": Tuesday
                hit.time = lagged(text, ss, t.start(), sent_dates, lex)
            out.append(hit)
    return out


def find_occurrence_dates(
    text: str,
    sentences: list[tuple[int, int]],
    dates: list[DateMention],
    lex: Lexicon,
    place_of: Callable[[str, int, int], str | None],
) -> list[OccurrenceHit]:
    """Dates that directly qualify an occurrence: 'the earthquake that struck on Monday',
    'Monday's quake', 'the July 2020 ceasefire'. A date elsewhere in the sentence is not enough; a
    date that starts a "since" phrase dates only the occurrence it qualifies ('since the February 1
    coup')."""
    out: list[OccurrenceHit] = []
    dates_in = starting_within(dates)
    others: set[tuple[str, Any]] = set()  # (occurrence, day) of another occurrence the article tells
    for ss, se in sentences:
        # a week only as a possessor: "last weekend's vote" is that weekend's, "the vote last week" may not be
        sent_dates = [d for d in dates_in(ss, se) if d.time.resolved and d.time.granularity in ("day", "week", "month")]
        if not sent_dates:
            continue
        for m in lex.occurrence_re.finditer(text, ss, se):
            if m.group(0)[0].isupper() and m.start() != ss:
                continue  # "March" the month, "Talks" in a name
            occ = lex.occurrence[" ".join(m.group(0).lower().split())]
            if _EARLIER.search(text[max(ss, m.start() - 50) : m.start()]):
                # "an earlier quake", "another explosion went off on Thursday": another occurrence,
                # and "Thursday's blast" later in the article is that one too
                others.add((occ, _nearest(sent_dates, m.end()).time.start))
                continue
            linked = [
                d
                for d in sent_dates
                if (
                    d.start >= m.end()
                    and not d.since
                    and d.time.granularity != "week"
                    and _LINK_AFTER.match(text[m.end() : d.start])
                )
                or (d.end <= m.start() and _LINK_BEFORE.match(text[d.end : m.start()]))
            ]
            if not linked:
                continue
            d = linked[0]
            if (occ, d.time.start) in others:
                occ = f"other {occ}"  # keyed as a clause's "another explosion" is
            start, end = min(m.start(), d.start), max(m.end(), d.end)
            out.append(OccurrenceHit(start, end, occ, place_of(text, ss, se), d, (m.start(), m.end())))
    return out


def _nearest(dates: list[DateMention], at: int) -> DateMention:
    """The date nearest ``at`` in its sentence, one after it first ("another blast went off near the
    court on Thursday")."""
    after = [d for d in dates if d.start >= at]
    return after[0] if after else dates[-1]
