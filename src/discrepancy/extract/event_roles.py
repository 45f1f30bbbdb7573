"""Roles of one event: who did it (agent), to whom or what (patient), and where (place).

Read from the clause around a trigger with a few plain rules: in the active voice the agent is the
nearest actor before the verb that no preposition governs and the patient the first one after it;
"was X-ed by Y" and "the X-ion of P by A" swap them; an office ("a pro-Russian government") takes
its country from the clause ("in Kyiv"). ``extract/events.py`` finds the triggers and picks the type.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex as re

from ..grammar import section
from ..lexicon import Lexicon, fold
from ..normalise.entities import Mention
from .dates import DateMention
from .event_frames import apposed_subject, office_holder

G = section("events")

_JOIN = G.re("join")
_ASIDE = G.re("aside")
_BY = G.re("by")
_PASSIVE = G.re("passive")
_CLAUSE_END = G.re("clause_end")
SINCE_OPENING = G.re("since_opening")
_PLACE_TYPES = G.words("place_types")
_ACTOR_TYPES = G.words("actor_types")
_NOMINAL = G.re("nominal")
_EARLIER = G.re("earlier")


@dataclass
class EventHit:
    start: int
    end: int
    type: str
    agent: str | None
    patient: str | None
    trigger: str
    trigger_start: int
    time: DateMention | None
    form: str
    place: str | None = None  # where it happened ("in Karsk"); the patient when the type is a place's
    comparable: bool = True  # False when the key role is missing or only a common noun
    announced: bool = False  # a measure a speaker announced ("said the borders would be closed")
    nobody: bool = False  # "no group has claimed responsibility": an account that no one did it


def _ancestor_country(name: str, lex: Lexicon) -> str | None:
    for a in lex.ancestors(lex.root(name)):
        ent = lex.entities.get(a)
        if ent is not None and ent.type == "country":
            return a
    return None


def _kind_class(name: str, lex: Lexicon) -> str:
    return "place" if lex.entities[name].type in _PLACE_TYPES else "actor"


def _chain(mentions: list[Mention], text: str, first: int, lex: Lexicon, backwards: bool = False) -> list[Mention]:
    """Mentions of one kind joined by 'and' or commas: 'Donetsk and Luhansk' (not 'Crimea, and rebels')."""
    out = [mentions[first]]
    cls = _kind_class(mentions[first].name, lex)
    others = reversed(mentions[:first]) if backwards else iter(mentions[first + 1 :])
    for m in others:
        gap = text[m.end : out[-1].start] if backwards else text[out[-1].end : m.start]
        if _kind_class(m.name, lex) == cls and not m.stance and _JOIN.fullmatch(gap):
            out.append(m)
        else:
            break
    return out


def _office(lo: int, hi: int, pos: int, mentions: list[Mention], lex: Lexicon) -> str | None:
    """'government of <country>' for an office phrase in text[lo:hi]: the country named inside the
    phrase ("a government in Kyiv", "Mali's army"), else the nearest place in the sentence. An
    office whose country the sentence does not name is not comparable (None)."""
    inside = [m for m in mentions if lo <= m.start < hi and not m.stance]
    others = [m for m in mentions if not m.stance and m not in inside]
    for m in inside + sorted(others, key=lambda m: (m.prep != "in", abs(m.start - pos))):
        country = _ancestor_country(m.name, lex)
        if country:
            return f"government of {country}"
    return None


def _patient_after(
    text: str, pos: int, se: int, mentions: list[Mention], kinds: list[str], lex: Lexicon
) -> tuple[str | None, int]:
    end_m = _CLAUSE_END.search(text, pos, se)
    clause_end = end_m.start() if end_m else se
    window_end = min(clause_end, pos + 90)
    if "office" in kinds:
        off = lex.office_re.search(text, pos, window_end)
        if off:
            # "government of Mali" when the sentence names the country, else the office words alone
            # ("the prime minister"), which are read but never compared
            return _office(pos, window_end, pos, mentions, lex) or off.group(0).lower(), off.end()
    cands = [
        (i, m)
        for i, m in enumerate(mentions)
        if pos <= m.start < window_end
        and not m.stance
        and m.kind != "demonym"
        and (m.prep is None or m.prep == "of" or m.start - pos < 4)
        # "recognised territories controlled by separatists": the territories, not the separatists
        and not _MODIFIER_AGENT.search(text, max(pos, m.start - 45), m.start)
    ]
    for i, m in cands:
        ent = lex.entities[m.name]
        if "place" in kinds and ent.type not in _PLACE_TYPES:
            continue
        if "person" in kinds and ent.type != "person":
            continue
        if m.possessive:
            # "Ukraine's Crimean Peninsula": the possessed thing is the patient when it is known
            nxt = [c for j, c in cands if j > i]
            if nxt and nxt[0].start - m.end < 30:
                continue
        chain = _chain(mentions, text, i, lex)
        names = sorted({c.name for c in chain})
        return " + ".join(names), chain[-1].end
    return None, pos


def _patient_before(
    text: str, ss: int, pos: int, mentions: list[Mention], lex: Lexicon, window: int = 60
) -> tuple[str | None, int]:
    """The phrase just before a passive verb or 'into ... republics': 'Donetsk and Luhansk were ...'."""
    asides = [a.span() for a in _ASIDE.finditer(text, ss, pos)]
    idx = [
        i
        for i, m in enumerate(mentions)
        if max(ss, pos - window * 2) <= m.start < pos
        and not m.stance
        and (m.prep is None or m.prep == "of")
        and not any(a <= m.start < b for a, b in asides)  # "-- collectively known as the Donbass --"
        and not lex.speech_re.search(text, m.end, pos)  # "police said 30 people were arrested": who speaks
    ]
    if not idx:
        return None, pos
    chain = _chain(mentions, text, idx[-1], lex, backwards=True)
    return " + ".join(sorted({c.name for c in chain})), min(c.start for c in chain)


def _agent_before(ss: int, pos: int, mentions: list[Mention], lex: Lexicon) -> Mention | None:
    for m in reversed([m for m in mentions if ss <= m.start and m.end <= pos]):
        if m.stance:
            continue
        if m.prep is None or m.possessive and m.prep is None:
            if lex.entities[m.name].type in _ACTOR_TYPES:
                return m
    return None


_NP_BEFORE = G.re("np_before")
APPOSED = G.re("apposed")
_NP_AFTER = G.re("np_after")
_NAMED = G.re("named")
_MODAL_TAIL = G.re("modal_tail")
_DET = G.re("det")
_NOT_AGENT = G.words("not_agent")


def _np_before(text: str, ss: int, pos: int, lex: Lexicon) -> tuple[str | None, int]:
    """The noun phrase right before a verb when no known actor stands there: 'Government forces'."""
    lo = max(ss, pos - 60)
    # "^" holds only at the string's start: a sentence's own start is read off its slice
    m = _NP_BEFORE.search(text[lo:pos]) if lo == ss else _NP_BEFORE.search(text, lo, pos)
    if m is None:
        return None, pos
    np = _DET.sub("", m.group(1)).strip()
    np = _MODAL_TAIL.sub("", np).strip()  # "the country plans to" -> "country"
    if not np or np.lower() in _NOT_AGENT or np.split()[-1].lower() in _NOT_AGENT:
        return None, pos
    return lex.canonical(np) or np, m.start(1) + (lo if lo == ss else 0)


def _np_after(text: str, pos: int, se: int, lex: Lexicon, kinds_hint: tuple[str, ...] = ()) -> tuple[str | None, int]:
    """The object of a verb when no known place or actor is there: 'the town of Karsk' -> 'Karsk',
    'President Ibrahim Sow' -> 'Ibrahim Sow', 'the port city' -> 'port city'."""
    m = _NP_AFTER.match(text, pos, se)
    if m is None:
        return None, pos
    np = _DET.sub("", m.group(1).strip())
    if "place" not in kinds_hint:
        np = _LEADING_FIGURE.sub("", np)  # "2,000 peacekeepers"
    # "four Ukrainian regions": the regions, not "Ukrainian"
    names = [n for n in _CAPITALISED.findall(np) if n.lower() not in lex.demonyms]
    if names:
        name = lex.titles_re.sub("", names[-1])
        return lex.canonical(name) or name, m.end(1)
    np = _TRAILING_PARTICIPLE.sub("", _TRAILING_OF.sub("", np)).strip()  # "territories (controlled by)"
    return (np or None), m.end(1)


def _agent_by(text: str, pos: int, se: int, mentions: list[Mention]) -> tuple[str | None, int]:
    # from just before pos: a trigger may end with its own "by" ("overthrown by")
    by = _BY.search(text, max(0, pos - 3), min(se, pos + 80))
    if not by:
        return None, pos
    for m in mentions:
        if by.end() <= m.start <= by.end() + 20 and not m.stance:
            return m.name, m.end
    np = _BY_AGENT.match(text[by.end() : se])
    if np:
        name = " ".join(np.group(1).split())
        return (name if _NAMED.match(name) else name.lower()), by.end() + np.end()
    return None, pos


def _roles(
    text: str,
    ss: int,
    se: int,
    t: re.Match[str],
    etype: str,
    form: str,
    kinds: list[str],
    mentions: list[Mention],
    lex: Lexicon,
    preps: re.Pattern[str] | None = None,
    patient_first: bool = False,
    strict: bool = False,
) -> EventHit | None:
    """The roles around one trigger. ``preps`` may stand between the verb and its patient ("fled to
    Belarus", "struck near Agadir"); ``patient_first`` verbs have the patient as their subject and
    the agent after "to" or "by" ("Karsk fell to the rebels", "the general pleaded guilty"). A
    ``strict`` type reads its patient from the phrase at hand, named or not: the object's own noun
    phrase ("accused the smugglers of arming the militants": the smugglers), the subject of a passive
    ("The border town of Ostrin was shelled": Ostrin)."""
    trig_s, trig_e = t.span()
    agent: str | None = None
    patient: str | None = None
    span_s, span_e = trig_s, trig_e
    before = text[max(ss, trig_s - 40) : trig_s]
    if form == "adjective":
        # "X were turned into self-proclaimed republics by Y" / "the self-proclaimed republics of X"
        patient, pe = None, trig_e
        if not _RESULT_BEFORE.search(before):
            patient, pe = _patient_after(text, trig_e, se, mentions, kinds, lex)
            span_e = max(span_e, pe)
        if patient is None:  # "X were turned into self-proclaimed ...", "declared X self-proclaimed ..."
            patient, ps = _patient_before(text, ss, trig_s, mentions, lex)
            span_s = min(span_s, ps)
        agent, ae = _agent_by(text, trig_e, se, mentions)
        if agent is not None and ae - trig_e < 120:
            span_e = max(span_e, ae)
        elif patient is not None:  # active: "ethnic Russians turned X into ..."
            a = _agent_before(ss, span_s, mentions, lex)
            if a is not None and span_s - a.end < 30:
                agent, span_s = a.name, a.start
    elif form == "noun":
        m = _NOUN_OBJECT.match(text, trig_e, se)
        poss = [x for x in mentions if x.possessive and 0 <= trig_s - x.end < 25]
        if poss:
            agent = poss[-1].name
            span_s = poss[-1].start
        # the patient's phrase: after "of" ("the annexation of Crimea"), or right after a trigger
        # that ends with its own preposition ("the attack on Karsk", "an offensive against")
        obj = m.end() - 1 if m else trig_e if _TRIGGER_PREP.search(t.group(0)) else None
        if obj is not None:
            patient, pe = _patient_after(text, obj + 1 if m else obj, se, mentions, kinds, lex)
            if patient is None:  # "the annexation of the reef"
                patient, pe = _np_after(text, obj, se, lex, tuple(kinds))
                if patient is not None and not _fits(patient, kinds, lex):
                    patient, pe = None, trig_e
            span_e = max(span_e, pe)
        if agent is None:
            agent, ae = _agent_by(text, span_e, se, mentions)
            if agent:
                span_e = max(span_e, ae)
    elif patient_first and not _PASSIVE.search(before):
        patient, ps = _patient_before(text, ss, trig_s, mentions, lex, window=25)
        if patient is None:
            patient, ps = _subject_np(text, ss, trig_s, lex)
        span_s = min(span_s, ps) if patient else span_s
        agent, ae = _agent_to(text, t, se, mentions)
        if agent:
            span_e = max(span_e, ae)
    elif _PASSIVE.search(before):
        off = None
        if "office" in kinds:
            offs = list(lex.office_re.finditer(text, max(ss, trig_s - 60), trig_s))
            off = offs[-1] if offs else None
        if off is not None:
            patient = _office(max(ss, off.start() - 30), off.end(), off.start(), mentions, lex) or off.group(0).lower()
            ps = off.start()
        else:
            holder = office_holder(text, ss, trig_s, lex)  # "the leader was detained": President Vale
            patient, ps = holder if holder is not None else _patient_before(text, ss, trig_s, mentions, lex)
            if patient is None and strict:
                patient, ps = _subject_np(text, ss, trig_s, lex)
        span_s = min(span_s, ps) if patient else span_s
        agent, ae = _agent_by(text, trig_e, se, mentions)
        if agent:
            span_e = max(span_e, ae)
    else:
        accused = _ACCUSED_OF.search(text, ss, trig_s)
        a = _agent_before(ss, trig_s, mentions, lex)
        apposed = apposed_subject(text, ss, trig_s, lex)
        if accused is not None:  # "accused the government of planning to annex the valley"
            name = _DET.sub("", accused.group("agent").strip())
            agent = lex.canonical(name) or name
            span_s = accused.start("agent")
        elif apposed is not None:  # "General Vale, the chief of Tarn's guard, declared": not Tarn
            agent, span_s = apposed
        elif a is not None and a.kind == "demonym" and _PRONOUN_BETWEEN.search(text, a.end, trig_s):
            # "told the French and German leaders he intended to recognise": he, not the Germans
            # ("Russia has denied it plans to invade": a name before the pronoun is its antecedent)
            agent = _speaker_pronoun(text, ss, trig_s, mentions, lex)
        elif a is not None:
            agent = a.name
            if trig_s - a.start < 60:
                span_s = a.start
        else:
            agent, a_start = _np_before(text, ss, trig_s, lex)
            if agent is not None:
                span_s = a_start
            else:  # "The army said it had deployed ...": the pronoun is the speaker
                agent = _speaker_pronoun(text, ss, trig_s, mentions, lex)
        pm = preps.match(text, trig_e, se) if preps is not None else None
        obj = pm.end() if pm else trig_e
        # a strict type's patient is the object's own phrase: "took control of the airport in Maro"
        # (the airport), "accused the smugglers of arming the militants" (the smugglers)
        oe = _object_end(text, obj, se) if strict else se
        patient, pe = _patient_after(text, obj, oe, mentions, kinds, lex)
        if patient is None:
            patient, pe = _np_after(text, obj, oe, lex, tuple(kinds))
            if patient is not None and not _fits(patient, kinds, lex):
                # "seized 1.5 tonnes of cocaine" is no annexation, "topples buildings" no coup
                patient, pe = None, trig_e
        span_e = max(span_e, pe)
    if agent is not None and agent in lex.entities:
        agent = lex.root(agent)
    if agent is not None and patient is not None and agent == patient:
        if lex.event_types[etype].get("key", "patient") == "patient":
            return None
        patient, _ = _np_after(text, trig_e, se, lex)  # "the army deployed 12,000 troops": its own
    return EventHit(span_s, span_e, etype, agent, patient, " ".join(t.group(0).split()), trig_s, None, form)


_LINK_AFTER = G.re("link_after")
_LINK_BEFORE = G.re("link_before")
_LEADING_FIGURE = G.re("leading_figure")
_CAPITALISED = G.re("capitalised")
_TRAILING_OF = G.re("trailing_of")
_TRAILING_PARTICIPLE = G.re("trailing_participle")
_RESULT_BEFORE = G.re("result_before")
_NOUN_OBJECT = G.re("noun_object")
_BY_AGENT = G.re("by_agent")
_DATE_CUT = G.re("date_cut")
_ACCUSED_OF = G.re("accused_of")
_PRONOUN_AFTER_SPEECH = G.re("pronoun_after_speech")
_SPEECH_AUXILIARIES = G.re("speech_auxiliaries")
_PRONOUN_BETWEEN = G.re("pronoun_between")
_MODIFIER_AGENT = G.re("modifier_agent")
_TRIGGER_PREP = G.re("trigger_prep")
_PLACE_PREPS = G.words("place_preps")
_VERB_LIKE = G.re("verb_like")
_SUBJECT_GAP = G.re("subject_gap")
_TRAILING_GERUND = G.re("trailing_gerund")
_OCCURRENCE_GAP_AFTER = G.re("occurrence_gap_after")
_OCCURRENCE_GAP_BEFORE = G.re("occurrence_gap_before")


def trigger_prep(trigger: str) -> bool:
    """The trigger ends with its own preposition ("fell to", "attack on")."""
    return _TRIGGER_PREP.search(trigger) is not None


def strip_gerund(phrase: str) -> str:
    """ "the government of planning" -> "the government" (an accusation's charge is no part of it)."""
    return _TRAILING_GERUND.sub("", phrase)


def verb_like(phrase: str) -> bool:
    """A phrase read as an object that is the next verb ("strikes killed 12": no patient)."""
    return _VERB_LIKE.match(phrase) is not None


def _occurrence_word(m: re.Match[str], ss: int, lex: Lexicon) -> str | None:
    if m.group(0)[0].isupper() and m.start() != ss:
        return None  # "March" the month, "Talks" in a name
    return lex.occurrence[fold(m.group(0))]


def occurrence_after(text: str, pos: int, se: int, lex: Lexicon) -> tuple[str, int] | None:
    """The occurrence a verb takes as its object ("called off the march", "launched a new
    offensive"): its kind and where it ends; None when another phrase comes first."""
    for m in lex.occurrence_re.finditer(text, pos, min(se, pos + 50)):
        if _OCCURRENCE_GAP_AFTER.fullmatch(text[pos : m.start()]):
            kind = _occurrence_word(m, -1, lex)
            return (kind, m.end()) if kind else None
        return None
    return None


def occurrence_before(text: str, ss: int, pos: int, lex: Lexicon) -> tuple[str, int] | None:
    """The occurrence that is a verb's subject ("the fire that started on Tuesday", "the quake
    struck"): its kind and where it starts; the last one before the verb, with at most auxiliaries
    or adverbs between."""
    found = list(lex.occurrence_re.finditer(text, max(ss, pos - 80), pos))
    if not found or not _OCCURRENCE_GAP_BEFORE.fullmatch(text[found[-1].end() : pos]):
        return None
    kind = _occurrence_word(found[-1], ss, lex)
    return (kind, found[-1].start()) if kind else None


def _object_end(text: str, pos: int, se: int) -> int:
    """Where the noun phrase right after a verb ends (up to a preposition, or the charge in "of
    arming"); the clause's end when no phrase is there."""
    m = _NP_AFTER.match(text, pos, se)
    if m is None:
        return se
    cut = _TRAILING_GERUND.search(m.group(1))
    return m.start(1) + cut.start() if cut else m.end(1)


def _subject_np(text: str, ss: int, pos: int, lex: Lexicon) -> tuple[str | None, int]:
    """The subject of a verb that is its patient, when no known name stands there: the name in
    its phrase ("The border town of Ostrin was shelled": Ostrin; "Hale was sentenced": Hale), else
    the phrase ("the town")."""
    np, start = _np_before(text, ss, pos, lex)
    if np is not None:
        names = [n for n in _CAPITALISED.findall(np) if n.lower() not in lex.demonyms and not _DET.match(n + " ")]
        return (lex.canonical(names[-1]) or names[-1]) if names else np, start
    runs = [
        r
        for r in _CAPITALISED.finditer(text, max(ss, pos - 60), pos)
        if not _DET.match(r.group(0) + " ") and r.group(0).lower() not in _NOT_AGENT
    ]
    if runs and _SUBJECT_GAP.fullmatch(text, runs[-1].end(), pos):
        return lex.canonical(runs[-1].group(0)) or runs[-1].group(0), runs[-1].start()
    return None, pos


def _agent_to(text: str, t: re.Match[str], se: int, mentions: list[Mention]) -> tuple[str | None, int]:
    """The agent after a verb whose subject is its patient: "fell to the rebels" (the trigger ends
    with "to"), "was sworn in by the chief justice"."""
    if not _TRIGGER_PREP.search(t.group(0)):
        return _agent_by(text, t.end(), se, mentions)
    for m in mentions:
        if t.end() <= m.start <= t.end() + 20 and not m.stance:
            return m.name, m.end
    np = _BY_AGENT.match(text[t.end() : se].lstrip())
    if np and not np.group(1)[:1].isdigit():  # "inflation fell to 3%"
        name = _DET.sub("", " ".join(np.group(1).split()))
        return name, t.end() + (len(text[t.end() : se]) - len(text[t.end() : se].lstrip())) + np.end()
    return None, t.end()


def place_after(text: str, pos: int, se: int, mentions: list[Mention], lex: Lexicon, skip: str | None) -> str | None:
    """Where an event happened: the first known place after it in its clause that "in", "at" or
    "near" governs ("shelled a market in Karsk", "arrested at Vilnius airport"), other than its patient."""
    end_m = _CLAUSE_END.search(text, pos, se)
    end = end_m.start() if end_m else se
    for m in mentions:
        if pos <= m.start < end and m.prep in _PLACE_PREPS and not m.stance and m.name != skip:
            if lex.entities[m.name].type in _PLACE_TYPES:
                return m.name
    return None


def _fits(patient: str, kinds: list[str], lex: Lexicon) -> bool:
    """A patient read from the words after a trigger fits the event: a place for an annexation, an
    office for an overthrow, unless it is a name."""
    named = _NAMED.match(patient) is not None
    if "place" in kinds and (patient[:1].isdigit() or not (named or lex.place_noun_re.search(patient))):
        return False
    return not ("office" in kinds and not (named or lex.office_re.search(patient)))


def _speaker_pronoun(text: str, ss: int, pos: int, mentions: list[Mention], lex: Lexicon) -> str | None:
    """The agent a pronoun stands for when it follows a speech verb: "The army said it had deployed
    12,000 troops" (the army), "The president said he was considering recognising" (the president)."""
    verbs = list(lex.speech_re.finditer(text, ss, pos))
    if not verbs or not _PRONOUN_AFTER_SPEECH.match(text, verbs[-1].end(), pos):
        return None
    said = verbs[-1].start()
    aux = _SPEECH_AUXILIARIES.search(text, ss, said)  # "Velmcorp has already announced that it will"
    said = aux.start() if aux is not None else said
    a = _agent_before(ss, said, mentions, lex)
    if a is not None:
        return a.name
    agent, _ = _np_before(text, ss, said, lex)
    return agent
