"""What a time in a clause is the time of, when the clause names the act by a word other than its
doer: the act of a "when" clause after the time ("video caught the moment at 1:28 a.m. when the
freighter struck the pier"), what a recording verb recorded ("the recorder logged the collision at
1:29 a.m."), the act a subject names ("the first call came at 6 pm", "alarms sounded at 1:24") and
the crash a verb of impact makes ("the train derailed at around 7 pm").

An act found this way is keyed by the act alone ("crash", "first call"), so that outlets which tell
it with different words and doers meet; the words are in ``acts`` of ``rules/lexicon/dates.yaml``.
"""

from __future__ import annotations

from ..grammar import section
from ..lexicon import Lexicon, fold
from ..read import NounPhrase, Reading, VerbGroup
from .act_words import acts
from .figure_occurrence import ordinal_of
from .occurrence_dates import another_one
from .signal_acts import signalled
from .verb_phrases import held, phrase_act

G = section("timed_acts")

_WHEN_GAP = 5  # tokens between a time and the "when" whose clause it times ("at 1:28 a.m. Tuesday when")
_WHEN_REACH = 8  # tokens from "when" to the verb of its clause
_ENTRY_REACH = (
    12  # from a timeline entry's colon or dash to its verb ("Flight 7C12 pilot reports bird strike, declares")
)
_ATTACH_REACH = 12  # tokens from a date back to the act noun its phrase hangs from
_FIGURE_MOVES = frozenset({"to", "from", "least", "than", "nearly", "over"})  # before a figure that changed
_TO_HAVE_REACH = 6  # tokens from a speech verb to the "to have" of what it claims done
_RELATIVES = frozenset({"that", "which", "who"})
_BREAKS = frozenset({";", ":", "(", ")", "-", "–", "—"})
_HEADINGS = frozenset({":", "-", "–", "—"})  # after the time that heads a timeline entry
_TIMELINE = G.re("timeline_entry")
_CLEFT = G.re("cleft_time")


def when_clause(reading: Reading, last: int, first: int | None = None) -> tuple[VerbGroup, NounPhrase | None] | None:
    """The verb and subject of a "when" clause that follows the time ending at token ``last`` ("at
    1:25 a.m. when alarms sounded"), over the words that finish the time ("Tuesday", "local time");
    with the time's ``first`` token, also the clause a timeline entry heads ("2:14 p.m.: The
    gunman crashed") and the clause a cleft sets off ("it was just after 4pm that he was killed")."""
    toks = reading.tokens
    if first is not None and last + 1 < len(toks):
        colon = _past_aside(reading, last + 1)  # "4pm (local time): the siege ends"
        if colon < len(toks) and toks[colon].lower in _HEADINGS and _heads_its_line(reading.text, toks[first].start):
            while colon + 1 < len(toks) and toks[colon + 1].lower in _HEADINGS:
                colon += 1  # "8:59 am -- The pilot reports": a dash written twice
            return _clause_after(reading, colon + 1, _ENTRY_REACH)
        if toks[last + 1].lower == "that" and _CLEFT.search(reading.text, reading.start, toks[first].start):
            return _clause_after(reading, last + 2)
    for k in range(last + 1, min(len(toks), last + 1 + _WHEN_GAP)):
        if toks[k].lower == "when":
            return _clause_after(reading, k + 1)
        if toks[k].lower in _BREAKS or toks[k].tag == "VERB":
            return None
    return None


_ASIDE_REACH = 6  # tokens of a parenthesis after a clock time ("(local time)", "(0830 GMT)")


def _past_aside(reading: Reading, i: int) -> int:
    """The token after a parenthesis that opens at ``i``, else ``i``."""
    toks = reading.tokens
    if toks[i].lower != "(":
        return i
    close = next((k for k in range(i + 1, min(len(toks), i + _ASIDE_REACH)) if toks[k].lower == ")"), None)
    return close + 1 if close is not None else i


def _heads_its_line(text: str, at: int) -> bool:
    """The clock time at ``at`` opens its line, an "about" or a bullet aside (a timeline entry)."""
    m = _TIMELINE.match(text, text.rfind("\n", 0, at) + 1, at + 1)
    return m is not None and m.end() == at


def _clause_after(reading: Reading, i: int, reach: int = _WHEN_REACH) -> tuple[VerbGroup, NounPhrase | None] | None:
    toks = reading.tokens
    while i < len(toks) and toks[i].tag in ("DET", "PRON", "NUM", "ADJ") and toks[i].noun is None:
        i += 1  # "when several alarms": a quantifier before the subject
    subject = reading.noun_phrase(i)
    inner = _verb_inside(reading, subject) if subject is not None else None
    if inner is not None:
        return inner
    for j in range(subject.head + 1 if subject else i, min(len(toks), i + reach)):
        if toks[j].lower in _BREAKS:
            return None
        if toks[j].tag in ("VERB", "AUX"):
            vg = reading.verb_group(j)
            return (vg, subject) if vg is not None else None
    return None


def _verb_inside(reading: Reading, np: NounPhrase) -> tuple[VerbGroup, NounPhrase | None] | None:
    """The verb and subject of a clause the phrase reader took for one noun phrase ("a gunman
    opened fire": "fire" with "gunman opened" before it): a verb in the past right after a noun."""
    toks = reading.tokens
    for k in range(np.first + 1, np.head):
        if toks[k].tag == "VERB" and toks[k].lower.endswith("ed") and toks[k - 1].tag in ("NOUN", "PROPN"):
            vg = reading.verb_group(k)
            return (vg, reading.noun_phrase_ending(k - 1)) if vg is not None else None
    return None


def _as_noun(reading: Reading, j: int) -> str | None:
    """The noun lemma of token ``j``: a word ending in -s that reads as a verb is its plural ("alarms")."""
    t = reading.tokens[j]
    return t.noun or (t.verb if t.verb and t.lower.endswith("s") and not t.lower.endswith("ss") else None)


def bare_subject(reading: Reading, vg: VerbGroup) -> NounPhrase | None:
    """The phrase a relative pronoun before a verb group stands for ("rains that began on Monday")."""
    j = vg.first - 1
    if j >= 1 and reading.tokens[j].lower in _RELATIVES:
        noun = _as_noun(reading, j - 1)
        return reading.noun_phrase_ending(j - 1) or (NounPhrase(j - 1, j - 1, noun, []) if noun else None)
    return None


def act_of(
    reading: Reading, vg: VerbGroup, subject: NounPhrase | None, lex: Lexicon, sole: str | None = None
) -> str | None:
    """The act a clause with verb ``vg`` and subject ``subject`` tells, when a word names it: the
    subject's noun, what a recording verb recorded, a verb of impact; None when only its doer does."""
    a = acts(lex)
    killed = _doer_killed(reading, vg, subject, lex)
    if killed is not None:
        return killed
    if subject is not None and _gave_way(reading, vg, subject, lex):
        return "collapse"  # "two dams burst early Monday", "the dams exploded on Tuesday"
    if subject is not None:
        named = _act_noun(subject, lex, as_subject=True, reading=reading)
        if named is not None and fold(vg.lemma.split()[0]) in a.course_verbs:
            return None  # "the typhoon weakened on Sunday": a change of an occurrence under way
        if named is not None:
            return f"end {named}" if fold(vg.lemma) in a.ending_verbs else named  # "the fire was contained"
        if sole is not None and fold(subject.lemma) in a.generic_nouns and not _an_incident_of(subject, sole, lex):
            return sole  # "a tragic incident occurred on Monday" in an article about one explosion
        told = _story_occurrence(reading, vg, subject, lex)
        if told is not None:
            return told
    signal = signalled(reading, vg, subject, a.signals)
    if signal is not None:
        return signal  # "the pilot declared a mayday at 8:58": the mayday, whoever tells it
    verb = fold(vg.lemma)
    if verb in a.witnessing_verbs:
        return _witnessed(reading, vg, lex)  # "Tuesday saw the holding of general elections"
    if verb in a.holding_verbs:
        return held(reading, vg, lex.occurrence, a.story_occurrences)  # "Velm held elections on Tuesday"
    if verb in a.recording_verbs and vg.head + 1 < len(reading.tokens):
        recorded = reading.noun_phrase(vg.head + 1)
        if recorded is not None:
            return _act_noun(recorded, lex)
    if verb in a.declaring_verbs:
        return _declared(reading, vg.first, lex, subject if vg.passive else None)
    if lex.family_events.get(verb) == "say":
        return _claimed_done(reading, vg.head + 1, lex)  # "claimed to have taken power": a coup declared
    if verb in a.verbs:
        return a.verbs[verb]
    after = _particle(reading, vg.head + 1)
    if f"{verb} {after}" in a.verbs:
        return a.verbs[f"{verb} {after}"]  # "the army took power on February 1": the coup
    phrased = phrase_act(reading, vg, verb, a.verbs) if verb in a.phrase_heads else None
    if phrased is not None:
        return phrased  # "voters went to the polls on February 8": the election
    bare = verb.split()[0]  # "derailed in a fiery crash": a particle the reader joined, not listed
    if bare in a.verbs:
        return a.verbs[bare]
    if bare in a.impact_verbs and subject is not None and _a_vehicle(reading, subject, lex):
        return "crash"
    return None


_AND_REACH = 20  # tokens from a clause's verb to a verb joined to it by "and"


def _an_incident_of(subject: NounPhrase, sole: str, lex: Lexicon) -> bool:
    """An "incident" in an article about a hazard lasting days (a typhoon, a flood): one event in it."""
    return lex.occurrence.get(fold(subject.lemma)) == "incident" and sole in acts(lex).not_incidents


def joined_verbs(reading: Reading, vg: VerbGroup) -> list[VerbGroup]:
    """The verbs joined to ``vg`` by "and" that share its subject ("entered the room and fatally
    shot the gunman"), up to a clause boundary."""
    toks = reading.tokens
    out: list[VerbGroup] = []
    for k in range(vg.head + 1, min(len(toks) - 1, vg.head + 1 + _AND_REACH)):
        if toks[k].lower in _BREAKS or toks[k].lower == ".":
            break
        if toks[k].lower != "and":
            continue
        j = k + 1
        while j < len(toks) and toks[j].tag == "ADV":
            j += 1
        if j < len(toks) and toks[j].tag == "VERB":
            joined = reading.verb_group(k + 1) or reading.verb_group(j)
            if joined is not None:
                out.append(joined)
    return out


def _doer_killed(reading: Reading, vg: VerbGroup, subject: NounPhrase | None, lex: Lexicon) -> str | None:
    """The killing of an occurrence's doer ("the gunman was killed", "officers fatally shot the
    attacker"): one act however the outlet words it, keyed by the doer's family ("attackers
    killed"), since the time the gunman died is told by one outlet of police and by another of him."""
    toks = reading.tokens
    verb = fold(vg.lemma)
    if verb not in acts(lex).killing_parts:
        return None  # in no entry, alone or with the word before or after it
    before = toks[vg.head - 1].lower if vg.head > 0 else ""
    after = {t.lower for t in toks[vg.head + 1 : vg.head + 5]}
    words = acts(lex).killing_verbs
    if not (verb in words or f"{before} {verb}" in words or any(f"{verb} {w}" in words for w in after)):
        return None
    killed = subject if vg.passive else (reading.noun_phrase(vg.head + 1) if vg.head + 1 < len(toks) else None)
    family = lex.family_nouns.get(fold(killed.lemma)) if killed is not None else None
    return f"{family} killed" if family is not None and family in acts(lex).killed_doers else None


def _gave_way(reading: Reading, vg: VerbGroup, subject: NounPhrase, lex: Lexicon) -> bool:
    """A structure the lexicon lists that burst, broke or gave way: its collapse."""
    a = acts(lex)
    if fold(subject.lemma) not in a.structures:
        return False
    verb = fold(vg.lemma)
    bare = verb.split()[0]  # "collapsed over the river": a particle the reader joined
    return verb in a.giving_way or bare in a.giving_way or f"{verb} {_particle(reading, vg.head + 1)}" in a.giving_way


_REFLEXIVES = frozenset({"themselves", "himself", "herself", "itself"})


def _particle(reading: Reading, k: int) -> str:
    """The word after a verb, past a reflexive pronoun ("blew themselves up": "up")."""
    toks = reading.tokens
    if k < len(toks) and toks[k].lower in _REFLEXIVES:
        k += 1
    return toks[k].lower if k < len(toks) else ""


def _story_occurrence(reading: Reading, vg: VerbGroup, subject: NounPhrase, lex: Lexicon) -> str | None:
    """A recurring kind a story tells one of, as the subject of a verb of occurring ("two truck
    bombings took place on 14 October"), unless the words before it make it another one ("another
    attack happened on Sunday")."""
    kind = lex.occurrence.get(fold(subject.lemma))
    if kind is None or kind not in acts(lex).story_occurrences or kind in acts(lex).generic_nouns:
        return None
    if lex.family_events.get(fold(vg.lemma)) != "occur" or subject.head >= vg.first:
        return None
    at = reading.tokens[subject.first].start
    return None if another_one(reading.text, reading.start, at) else kind


_WITNESSED_REACH = 10  # tokens after "saw" to the occurrence word it names


def _witnessed(reading: Reading, vg: VerbGroup, lex: Lexicon) -> str | None:
    """A day that "saw" an occurrence ("Tuesday saw the holding of general elections"): the
    occurrence its object names, when it is the story's kind and not another one."""
    toks = reading.tokens
    if vg.first == 0 or toks[vg.first - 1].tag not in ("PROPN", "NUM", "NOUN"):
        return None
    for k in range(vg.head + 1, min(len(toks), vg.head + 1 + _WITNESSED_REACH)):
        if toks[k].lower in _BREAKS or toks[k].tag in ("VERB", "AUX"):
            return None
        kind = lex.occurrence.get(fold(toks[k].noun or toks[k].lower))
        if kind is None:
            continue
        if kind in lex.recurring_occurrences and kind not in acts(lex).story_occurrences:
            return None
        return None if another_one(reading.text, toks[vg.head + 1].start, toks[k].start) else kind
    return None


def act_beside(reading: Reading, first: int, last: int, lex: Lexicon) -> str | None:
    """The act a date qualifies inside a phrase: the noun right after it ("the May 28 run-off"),
    the act noun its phrase hangs from ("rains from the depression (DANA) on Tuesday night"), or
    what a declaring verb before it declared ("confirmed the outbreak of the virus on 20th
    September"). None when a verb or a clause boundary comes first."""
    toks = reading.tokens
    if last + 1 < len(toks) and toks[last + 1].tag in ("NOUN", "PROPN"):
        after = reading.noun_phrase(last + 1)
        act = _act_noun(after, lex, reading=reading) if after is not None else None
        if act is not None:
            return act
    for j in range(first - 1, max(-1, first - 1 - _ATTACH_REACH), -1):
        t = toks[j]
        if reading.breaks_phrase(j):
            return None
        if t.tag in ("VERB", "AUX"):
            return _declared(reading, j, lex)
        if t.tag == "NUM" and j > 0 and toks[j - 1].lower in _FIGURE_MOVES:
            return None  # "raised the toll in the blasts from 95 to 97 late Sunday": the raising's day
        if t.tag in ("NOUN", "PROPN") or _as_noun(reading, j):
            np = reading.noun_phrase_ending(j)
            act = _act_noun(np, lex, reading=reading) if np is not None and np.head == j else None
            if act is not None and np is not None:
                k = np.first - 1
                while k > 0 and toks[k].tag in ("DET", "ADJ"):
                    k -= 1  # "announced a successful coup operation on Wednesday": the announcing
                declared = _declared(reading, k, lex) if k >= 0 and toks[k].tag == "VERB" else None
                return declared or act
    return None


def _declared(reading: Reading, j: int, lex: Lexicon, passive_subject: NounPhrase | None = None) -> str | None:
    """ "declared an outbreak", "confirmed the outbreak", "a state of emergency was declared": the
    declaration of an occurrence or of a state the lexicon lists (``declared_states``)."""
    toks = reading.tokens
    vg = reading.verb_group(j)
    if vg is None or fold(vg.lemma) not in acts(lex).declaring_verbs:
        return None
    signal = signalled(reading, vg, passive_subject, acts(lex).signals)
    if signal is not None:
        return signal  # "declared a mayday or emergency": the pilot's call, no state of emergency
    declared = passive_subject or (reading.noun_phrase(vg.head + 1) if vg.head + 1 < len(toks) else None)
    if declared is None:
        return None
    words = [fold(toks[k].noun or toks[k].lower) for k in range(declared.first, declared.head + 1)]
    occurrence = next((lex.occurrence[w] for w in reversed(words) if w in lex.occurrence), None)
    what = occurrence or _state_of(reading, declared, lex)
    return f"declare {what}" if what else None


_STATE_REACH = 3  # tokens after a declared phrase's head to the state it is of ("a state of emergency")


def _state_of(reading: Reading, declared: NounPhrase, lex: Lexicon) -> str | None:
    """The state a declared phrase names ("an emergency", "a state of emergency", "martial law"),
    or its complement does ("declared the outbreak a public health emergency", "declared the surge
    in Velm was now a global emergency")."""
    toks = reading.tokens
    end = min(len(toks), declared.head + 1 + _STATE_REACH)
    words = " ".join(t.lower for t in toks[declared.first : end])
    state = next((s for s in acts(lex).declared_states if f" {s} " in f" {words} "), None)
    return state or _complement_state(reading, declared.head + 1, lex)


_COMPLEMENT_REACH = 12  # tokens after a declared phrase to the end of its complement


def _complement_state(reading: Reading, i: int, lex: Lexicon) -> str | None:
    """The state the head of a complement names, up to a clause's end or another verb."""
    toks = reading.tokens
    end = i
    while end < min(len(toks), i + _COMPLEMENT_REACH) and toks[end].tag not in ("VERB", "CCONJ", "PUNCT"):
        end += 1
    words = f" {' '.join(t.lower for t in toks[i:end])} "
    return next((s for s in acts(lex).declared_states if words.endswith(f" {s} ")), None)


def _claimed_done(reading: Reading, i: int, lex: Lexicon) -> str | None:
    """ "to have taken power" after a speech verb: the declaration of the occurrence it names."""
    toks = reading.tokens
    i = next((k for k in range(i, min(len(toks) - 2, i + _TO_HAVE_REACH)) if toks[k].lower == "to"), len(toks))
    if i + 2 >= len(toks) or toks[i + 1].lower != "have":
        return None  # "claimed on Wednesday to have taken power": past the date to "to have"
    verb = toks[i + 2].verb or toks[i + 2].lower
    after = toks[i + 3].lower if i + 3 < len(toks) else ""
    done = acts(lex).claimed_done
    occurrence = done.get(fold(f"{verb} {after}")) or done.get(fold(verb))
    return f"declare {occurrence}" if occurrence else None


_FIRST = frozenset({"first"})


def _act_noun(np: NounPhrase, lex: Lexicon, as_subject: bool = False, reading: Reading | None = None) -> str | None:
    """The act a noun phrase names; a subject noun ("the first call came", "alarms sounded") only
    as its clause's subject ("a call for calm", "raised the alarm" are not one). An occurrence
    that an ordinal or "another" opens is its own ("a second 5.6-magnitude tremor hit at 9.12am":
    "second earthquake"), even where the tagger cut the phrase at its figure."""
    a = acts(lex)
    head = fold(np.lemma)
    act = a.nouns.get(head) or (a.subject_nouns.get(head) if as_subject else None)
    if act is None and head in lex.occurrence:  # "a run-off election": the round its word names
        act = next((a.nouns[fold(m)] for m in np.mods if fold(m) in a.nouns), None)
    if act is None:
        occ = lex.occurrence.get(head)
        if occ is None or occ in lex.recurring_occurrences:
            return None  # protests, attacks recur: two times of "the attack" may be two attacks
        act = occ
        if reading is not None:
            word = reading.tokens[np.head]
            if lex.occurrence_re is not None and lex.occurrence_re.match(reading.text, word.start) is None:
                return None  # "a gunman opened fire": an idiom, no fire (as the occurrence words read it)
            other = ordinal_of(reading.text, reading.start, reading.end, word.start, word.end, lex, occ)
            if other is not None:
                return f"{other} {act}"
    # the first of a story's shocks or blasts is its own occurrence, the one the others follow
    ranks = a.ordinals - _FIRST if act == lex.occurrence.get(head) else a.ordinals
    first = next((m for m in np.mods if fold(m) in ranks), None)
    return f"{fold(first)} {act}" if first else act


def _a_vehicle(reading: Reading, doer: NounPhrase, lex: Lexicon) -> bool:
    """A doer that strikes as a vessel does: a vehicle noun ("the freighter struck the pier"), or a
    name written with "the" as a vessel's is ("the Orla struck"), unless it is an occurrence ("Storm
    Orla struck") or a party the entities lexicon knows ("Velmland struck the port" is an attack)."""
    toks = reading.tokens
    words = [fold(toks[k].noun or toks[k].lower) for k in range(doer.first, doer.head + 1)]
    if fold(doer.lemma) in acts(lex).vehicles:
        return True
    named = toks[doer.head].tag == "PROPN" and doer.first > 0 and toks[doer.first - 1].lower == "the"
    return named and not any(w in lex.occurrence or w in lex.alias for w in words)


def sole_occurrence(text: str, lex: Lexicon) -> str | None:
    """The one occurrence kind an article names, when it names one only (recurring kinds aside):
    what its generic words ("the incident", "the tragedy") stand for."""
    kinds = {
        lex.occurrence[" ".join(m.group(0).lower().split())]
        for m in lex.occurrences(text)
        if not m.group(0)[0].isupper()
    }
    kinds -= lex.recurring_occurrences
    return kinds.pop() if len(kinds) == 1 else None
