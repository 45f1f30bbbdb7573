"""What a figure counts or measures when no word list names it, read off the sentence's reading layer.

The head noun of the figure's phrase is the counted thing ("20 miners", "12 hostages"), the verb of
its clause says what happened to it ("were trapped", "killed at least 20", "left 300 people
homeless"), and the families of ``rules/lexicon/families.yaml`` make synonyms meet. A key read this
way is weaker than one the lexicon names, so it carries a lower confidence, and findings on it a
lower severity (rules/findings.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import lemminflect

from ..grammar import section
from ..lexicon import Lexicon, fold
from ..read import NounPhrase, Reading, VerbGroup
from ..read.tokens import OBJECT_COMPLEMENT_VERBS, QUALIFIERS, REPORTING_VERBS, is_plural
from .carried import carried_by_verb, names_a_fate
from .counted import compound_head
from .deverbal import act_verb
from .timed_acts import acts

G = section("open_counts")

_FINDING_VERBS = G.words("finding_verbs")
_PLACE_PARTICLES = G.words("place_particles")

# Confidence of a key, by how it was read (1.0: the lexicon named both noun and state)
FAMILY_AND_NOUN = 0.8  # a verb family and a noun: "20 miners were trapped"
FAMILY_ONLY = 0.7  # a verb family, no noun: "793 were discharged"
RAW_VERB = 0.5  # a verb no family names: "carrying 2,000 passengers"
NOUN_ONLY = 0.4  # a noun and no verb: "21 coaches", "56 containers"
WEAK_TOPIC = 0.6  # a measure keyed by the noun it modifies: "a 984-foot vessel"


@dataclass(slots=True)
class OpenCount:
    measure: str
    population: str | None
    end: int  # where the claim's quote ends: after the counted noun, if any
    confidence: float
    act: bool = False  # the counted noun names an act ("flight cancellations"): the population is the word before it


def open_count(reading: Reading, start: int, end: int, lex: Lexicon) -> OpenCount | None:
    """The open reading of a bare figure at ``text[start:end]``, or None when the sentence says
    nothing of what it counts."""
    toks = reading.tokens
    first, after = reading.index_at(start), reading.index_at(end)
    if first > 0 and toks[first - 1].lower in _ANAPHORIC and not toks[first].text[:1].isdigit():
        return None  # "the two sides", "these three countries": a reference back, not a count
    if after + 1 < len(toks) and toks[after].lower in _OF_KIND:
        after += 1  # "11 such calls", "40 other cases": the phrase goes on after the determiner
    np = reading.noun_phrase(after) if after < len(toks) and toks[after].tag != "DET" else None
    if np is not None and not countable(reading, np):
        np = None
    valued = _valued_noun(reading, first, lex) if np is None else None
    if valued is not None:  # "put the number of people displaced at 12,000": what the noun's verb says
        np, vg, linked = valued, _own_verb(reading, valued.head + 1, lex), True
    else:
        np, vg, linked = _clause_reading(reading, np, first, after, lex)
    measure, named = _measure(reading, vg, lex) if vg is not None else (None, False)
    if vg is not None and not (np is not None and names_a_fate(toks[np.head].lower, lex)):
        # "were taken to various hospitals", "rushed 30 people to nearby hospitals": the hurt
        carried_at = np.head + 1 if np is not None and np.head > vg.head else vg.head + 1
        if (carried := carried_by_verb(reading, vg, carried_at)) is not None:
            measure, named = carried, True
    if measure is not None and not named and np is not None and _gave_way(measure, np, lex):
        measure = "collapse"  # "two dams burst", "two dams collapsed": one fact, however told
    if first > 1 and toks[first - 1].lower == "of" and (verb := act_verb(toks[first - 2].lower, lex)):
        measure, named = _family([verb], lex) or verb, True  # "the loss of 251 seats": seats lost
    elif measure is None and np is not None and np.mods and (act := _act_head(reading, np, lex)) is not None:
        return OpenCount(act[0], act[1], max(end, toks[np.head].end), FAMILY_AND_NOUN, act=True)
    if linked and np is not None and measure is None:
        spec = noun_spec(reading, np, lex)  # "the death toll ... has gone up to 2,497"
        if spec is not None and spec.get("measure"):
            return OpenCount(str(spec["measure"]), spec.get("population") or "people", end, FAMILY_ONLY)
    if np is not None and measure is None:
        measure = nominal_state(reading, np, lex)  # "the number of injured is 329"
        named = measure is not None
    population = None
    if np is not None:  # "38 railcars": a compound's known last part ("cars") says who
        population = compound_head(reading.tokens[np.head].lower, lex) or lex.family_nouns.get(np.lemma, np.lemma)
    q_end = max(end, toks[np.head].end) if np is not None and np.head >= after else end
    if measure is not None:
        confidence = (FAMILY_AND_NOUN if np else FAMILY_ONLY) if named else RAW_VERB
        return OpenCount(measure, population, q_end, confidence)
    if np is not None and (np.head >= after or linked):
        return OpenCount("count", population, q_end, NOUN_ONLY)
    return None


def _clause_reading(
    reading: Reading, np: NounPhrase | None, first: int, after: int, lex: Lexicon
) -> tuple[NounPhrase | None, VerbGroup | None, bool]:
    """The counted phrase, the verb that says what happened to it, and whether a linking verb set
    the figure against its subject ("the number of hostages rose to 45")."""
    vg = _own_verb(reading, np.head + 1 if np else after, lex)
    if vg is None or _reduced_relative(reading, vg):
        # "shot down six helicopters approaching the convoy": the participle tells which ones,
        # unless the verb before gives its object a predicate ("left 2,000 people sleeping in tents")
        governing = _governing_verb(reading, first, lex)
        if governing is not None and (vg is None or governing.lemma.split()[0] not in OBJECT_COMPLEMENT_VERBS):
            vg = governing
    level = reading.level_verb(first) if np is None else None
    is_level = level is not None and vg is not None and vg.head == level.head
    if np is None and vg is not None and (fold(vg.lemma) in lex.link_verbs or is_level):
        np = _linked_subject(reading, vg, lex)  # "the number of hostages rose to 45"
        # the subject's own verb may say what happened to them; a verb of change only moves the level
        return np, None if np is None or is_level else _own_verb(reading, np.head + 1, lex), np is not None
    if np is None and vg is None and level is not None:
        np = _linked_subject(reading, level, lex)  # "the number of displaced people fell to 300"
        return np, vg, np is not None
    return np, vg, False


def _valued_noun(reading: Reading, first: int, lex: Lexicon) -> NounPhrase | None:
    """The noun a verb of estimating sets the figure at token ``first`` as the value of ("officials
    put the death toll at 21", "the damage was put at"), through its container ("the number of
    dead": the dead); a bare total takes what the sentence counted before it. The verb itself
    ("place", "peg") never names what is counted; a noun that is no container and that the lexicon
    does not count gives None."""
    frame = reading.estimate_frame(first)
    if frame is None:
        return None
    np = frame[1]
    if np.lemma in lex.containers:
        return _contents(reading, np, lex)
    # a noun the lexicon counts ("the death toll"); no other is read ("put the launch at 10")
    return np if noun_spec(reading, np, lex) is not None else None


def _contents(reading: Reading, np: NounPhrase, lex: Lexicon) -> NounPhrase | None:
    """What a container counts: the phrase after its "of" ("the number of dead"), the container
    itself when it names it ("the death toll"), else for a bare "total" or "figure" the last phrase
    before it in the sentence that names what is counted ("the death toll ... has wavered, but the
    agency places the total at 21")."""
    toks = reading.tokens
    k = np.head + 1
    if k + 1 < len(toks) and toks[k].lower == "of":
        inner = reading.noun_phrase(k + 1)
        return inner if inner is not None and countable(reading, inner) else None
    if noun_spec(reading, np, lex) is not None:
        return np
    for j in range(np.first - 1, 0, -1):
        earlier = reading.noun_phrase_ending(j) if toks[j].tag == "NOUN" else None
        if (
            earlier is not None
            and earlier.lemma in lex.containers
            and (noun_spec(reading, earlier, lex) or {}).get("measure")
        ):
            return earlier
    return np


def _act_head(reading: Reading, np: NounPhrase, lex: Lexicon) -> tuple[str, str] | None:
    """A phrase whose head names an act done to the word before it ("6,000 flight cancellations",
    "38 car derailments"): (the act's measure, what it was done to), as "cancelled 6,000 flights"
    gives them."""
    verb = act_verb(reading.tokens[np.head].lower, lex)
    if verb is None:
        return None
    thing = np.mods[-1]
    plural = lemminflect.getInflection(thing, "NNS")
    spec = lex.nouns.get(plural[0]) if plural else None
    population = str(spec["population"]) if spec and spec.get("population") else lex.family_nouns.get(thing, thing)
    return _family([verb], lex) or verb, population


def own_state(reading: Reading, end: int, lex: Lexicon) -> tuple[str | None, str | None]:
    """What the verb whose subject a figure (and its noun) is says happened to it: (the measure a
    family names, the verb's own lemma). "over 800 have been reported injured": injured, whatever
    state word stands nearer on the other side ("288 people have died and over 800 ...");
    "78 bodies have been handed over": no family, the lemma "hand over"."""
    i = reading.index_at(end)
    toks = reading.tokens
    if i < len(toks) and toks[i].tag in ("NOUN", "ADJ") and (np := reading.noun_phrase(i)) is not None:
        i = np.head + 1  # "793 injured passengers had been released": the rest of the phrase
    fated = i > 0 and names_a_fate(toks[i - 1].lower, lex)  # "90 bodies were taken to the hospitals"
    if i < len(toks) and toks[i].lower in ("who", "that", "which"):
        i += 1
    vg = reading.verb_group(i) if i < len(toks) else None
    if vg is None or vg.negated:
        return None, None
    keys = [f"{vg.lemma} {vg.complement}", f"be {vg.complement}", vg.complement] if vg.complement else []
    nxt = toks[vg.head + 1] if vg.head + 1 < len(toks) else None
    if nxt is not None and fold(vg.lemma) in lex.ignored_verbs and (nxt.adj or nxt.tag == "VERB"):
        keys += [f"be {nxt.lower}", nxt.verb or nxt.lower]  # "were reported injured", "are feared dead"
    elif nxt is not None and not vg.complement:
        # "remain hospitalised", "remain in (the) hospital": the verb with the state after it
        after = [t.lower for t in reading.tokens[vg.head + 1 : vg.head + 3]]
        keys[:0] = [f"{vg.lemma} {' '.join(after)}", f"{vg.lemma} {nxt.lower}"]
    keys.append(vg.lemma)
    family = _family(keys, lex) or (None if fated else carried_by_verb(reading, vg, vg.head + 1))
    if family is not None:
        return family, vg.lemma
    lemma = fold(vg.lemma)
    if vg.lemma == "be" or lemma in lex.link_verbs or lemma in lex.ignored_verbs:
        return None, None
    return None, vg.lemma


def kept_by_verb(noun_measure: str | None, own_measure: str | None, own_lemma: str | None, lex: Lexicon) -> str | None:
    """The measure of a count whose noun keeps it apart by its verb ("88 bodies have been
    identified", "... identified in Dorn": `bodies:identify`), or None; a verb that says only that it
    was found keeps the noun's own ("26 bodies were found in the forest", "11 bodies were recovered":
    `bodies`)."""
    if own_measure is not None or not own_lemma or noun_measure not in lex.measure_classes["by_verb"]:
        return None
    words = fold(own_lemma).split()
    if words[0] in _FINDING_VERBS:
        return noun_measure
    if len(words) > 1 and words[-1] in _PLACE_PARTICLES:
        words = words[:-1]  # "88 bodies were identified in Dorn": where, not what was done
    return f"{noun_measure}:{'_'.join(words)}"


def countable(reading: Reading, np: NounPhrase) -> bool:
    """A counted noun is a common noun (or a plural name: "1,400 Israelis"), never a time ("412
    last year": the year says when, not what)."""
    t = reading.tokens[np.head]
    if np.lemma in _TIME_WORDS or any(m in _TIME_WORDS for m in np.mods):
        return False
    return t.tag in ("NOUN", "ADJ") or (t.tag == "PROPN" and t.lower.endswith("s"))


# prepositions of a place phrase between a counted noun and its verb
_PLACE_PREPOSITIONS = frozenset({"in", "at", "on", "near", "outside", "inside", "above", "below", "along", "across"})
_ANAPHORIC = frozenset({"the", "these", "those", "both", "all"})
_OF_KIND = frozenset({"such", "other"})  # determiners that may follow a figure inside its phrase
_TIME_WORDS = frozenset(
    {
        "year",
        "month",
        "week",
        "day",
        "hour",
        "minute",
        "second",
        "decade",
        "century",
        "night",
        "morning",
        "evening",
        "afternoon",
        "weekend",
        "time",
        "today",
        "yesterday",
        "tonight",
    }
)


def _own_verb(reading: Reading, i: int, lex: Lexicon) -> VerbGroup | None:
    """The verb of which the figure's phrase is the subject: "20 miners were trapped"."""
    i = _past_qualifiers(reading, i)
    if i >= len(reading.tokens):
        return None
    if reading.tokens[i].lower in ("who", "that", "which"):
        i += 1  # "2,500 soldiers who have been deployed"
    vg = reading.verb_group(i)
    if vg is not None and (later := _verb_past_participle(reading, vg, lex)) is not None:
        vg = later  # "two dams located on the river burst": the participle only says which
    if vg is None or fold(vg.lemma) in lex.ignored_verbs or acts_on_figure(reading, vg, lex):
        return None
    return vg


def _gave_way(verb: str, np: NounPhrase, lex: Lexicon) -> bool:
    """A structure the lexicon lists that burst, broke or gave way (as ``timed_acts`` dates it)."""
    a = acts(lex)
    return fold(verb) in a.giving_way and fold(np.lemma) in a.structures


def _verb_past_participle(reading: Reading, vg: VerbGroup, lex: Lexicon) -> VerbGroup | None:
    """The clause's verb after a bare past participle that names no family and the place phrase
    after it ("two dams located on the Velm river burst": burst); None when there is none."""
    toks = reading.tokens
    if vg.first != vg.head or not toks[vg.head].lower.endswith("ed") or _family([vg.lemma], lex) is not None:
        return None
    j = _past_place(reading, vg.head + 1, last_verb=True)
    verb = toks[j].verb if vg.head + 1 < j < len(toks) else None
    if verb is None:
        return None
    return reading.verb_group(j) if toks[j].tag == "VERB" else VerbGroup(j, j, verb)


def _past_place(reading: Reading, i: int, last_verb: bool = False) -> int:
    """Past a place phrase at token ``i`` ("outside the city", "on the Velm river"), when a verb
    follows it: where that verb starts; else ``i``. ``last_verb``: the phrase's last word may be
    that verb when the clause ends after it ("located on the Velm river burst.")."""
    toks, n = reading.tokens, len(reading.tokens)
    if i >= n or toks[i].lower not in _PLACE_PREPOSITIONS:
        return i
    j = i + 1
    while j < n and toks[j].tag == "DET":
        j += 1
    np = reading.noun_phrase(j) if j < n else None
    k = np.head + 1 if np is not None else i
    if k < n and toks[k].tag in ("VERB", "AUX"):
        return k
    ends = k >= n or toks[k].tag in ("PUNCT", "ADP")
    return np.head if last_verb and np is not None and np.head > j and ends else i


def acts_on_figure(reading: Reading, vg: VerbGroup, lex: Lexicon) -> bool:
    """An active verb of a family whose object is another figure ("two gunmen killed 12 people",
    "three blasts injured at least 40"): its subject is the doer, and the state the verb names is
    the object's. A time after the verb is no object ("12 people killed 3 days ago")."""
    if vg.passive or vg.complement or _family([vg.lemma], lex) is None:
        return False
    toks = reading.tokens
    j = vg.head + 1
    if j + 1 < len(toks) and toks[j].lower in _NO_OBJECT and toks[j + 1].lower not in ("least", "most", "many", "much"):
        return False  # "died of", "rose to 40", "died at 3": a preposition's figure, not an object
    while j < len(toks) and toks[j].lower in QUALIFIERS:
        j += 1
    if j >= len(toks) or toks[j].tag != "NUM":
        return False
    if j + 1 < len(toks) and (toks[j + 1].noun in _TIME_WORDS or toks[j + 1].lower in _CLOCK):
        return False
    governing = reading.verb_before(j)
    return governing is not None and governing.head == vg.head


_NO_OBJECT = frozenset({"of", "to", "at", "as"})
_CLOCK = frozenset({"am", "pm", "a.m.", "p.m.", "a.m", "p.m", ":"})


def doer_of_figure(reading: Reading, end: int, lex: Lexicon) -> bool:
    """The figure whose phrase ends at ``end`` is the subject of a verb that acts on another figure."""
    i = reading.index_at(end)
    toks = reading.tokens
    if i < len(toks) and toks[i].lower in ("who", "that", "which"):
        i += 1  # "two gunmen who killed 12 people"
    vg = reading.verb_group(i) if i < len(toks) else None
    return vg is not None and acts_on_figure(reading, vg, lex)


_ASIDE_REACH = 25  # tokens an aside between commas may hold


def _past_qualifiers(reading: Reading, i: int) -> int:
    """Past what qualifies a counted phrase before its verb: an "of" phrase ("10 coaches of the
    express derailed") or else a place phrase ("two dams outside the city collapsed"; after an "of"
    phrase it may tell a part: "125 pupils of the primary school in the same area"), and an aside
    between commas ("21 coaches of the train, which was going at full speed, were derailed")."""
    toks, n = reading.tokens, len(reading.tokens)
    if i < n and toks[i].lower == "of":
        j = i + 1
        while j < n and toks[j].tag == "DET":
            j += 1
        np = reading.noun_phrase(j) if j < n else None
        if np is not None:
            i = np.head + 1
    else:
        i = _past_place(reading, i)  # "two dams outside the city collapsed"
    if i + 1 < n and toks[i].lower == "," and toks[i + 1].lower in ("which", "who"):
        for j in range(i + 2, min(n, i + 2 + _ASIDE_REACH)):
            if toks[j].lower in (";", ":", "(", ")", "."):
                break
            if toks[j].lower == ",":
                return j + 1
    return i


def _reduced_relative(reading: Reading, vg: VerbGroup) -> bool:
    """A bare present participle right after the counted noun ("helicopters approaching the convoy",
    "people protesting outside"): a relative clause cut short, not the clause's own verb."""
    t = reading.tokens[vg.first]
    return t.tag == "VERB" and t.lower.endswith("ing") and reading.tokens[vg.first - 1].tag == "NOUN"


def _governing_verb(reading: Reading, first: int, lex: Lexicon) -> VerbGroup | None:
    """The verb whose object the figure is: "killed at least 20", "carrying around 2,000"."""
    vg = reading.verb_before(first)
    if vg is None or fold(vg.lemma) in lex.ignored_verbs and fold(vg.lemma) not in lex.link_verbs:
        return None
    return vg


def _linked_subject(reading: Reading, vg: VerbGroup, lex: Lexicon) -> NounPhrase | None:
    """The subject a linking verb sets a figure against; a container ("the number of", "the toll
    of") gives way to what it contains."""
    toks = reading.tokens
    j = vg.first - 1
    # walk back over the subject's complements ("of last week's storm in the north") to its head
    while j > 0 and toks[j].lower not in (",", ";", ":") and vg.first - j < 14:
        np = reading.noun_phrase_ending(j)
        if np is not None and np.lemma in lex.containers:
            return _contents(reading, np, lex)  # "the death toll in the quake": the container says it
        j -= 1
    np = reading.noun_phrase_ending(vg.first - 1)
    if np is not None and countable(reading, np) and is_plural(toks[np.head]):
        return np
    np = reading.clause_subject(vg.first)  # "the toll in the quake that struck on Monday has risen to"
    if np is not None and (np.lemma in lex.containers or is_plural(toks[np.head])):
        return np
    return _opening_container(reading, vg, lex)


def _opening_container(reading: Reading, vg: VerbGroup, lex: Lexicon) -> NounPhrase | None:
    """A container that opens the sentence, however long its complements ("The death toll in the
    crash involving a bus, a lorry and a car has reached 29"), when no other linking or reporting
    verb, and no clause break, stands between it and the verb."""
    toks = reading.tokens
    np = reading.noun_phrase(0, limit=vg.first)
    if np is None or np.lemma not in lex.containers:
        return None
    for t in toks[np.head + 1 : vg.first]:
        if (
            t.lower in (";", ":", "but", "while", "whereas")
            or t.verb is not None
            and (fold(t.verb) in lex.link_verbs or t.verb in REPORTING_VERBS)
        ):
            return None
    return np


def noun_spec(reading: Reading, np: NounPhrase, lex: Lexicon) -> dict[str, str] | None:
    """What the lexicon says a noun phrase counts ("death toll": deaths), read from its last words."""
    toks = reading.tokens
    for i in range(np.first, np.head + 1):
        spec = lex.nouns.get(fold(reading.text[toks[i].start : toks[np.head].end]))
        if spec is not None:
            return spec
    return None


def _measure(reading: Reading, vg: VerbGroup, lex: Lexicon) -> tuple[str | None, bool]:
    """The measure a verb group makes, and whether a family named it: the verb with its complement
    ("left homeless") or with the preposition after it ("descended on the square"), else alone."""
    keys = [f"{vg.lemma} {vg.complement}"] if vg.complement else []
    nxt = vg.head + 1
    if nxt < len(reading.tokens) and reading.tokens[nxt].tag == "ADP":
        keys.append(f"{vg.lemma} {reading.tokens[nxt].lower}")
    family = _family([*keys, vg.lemma], lex)
    if family is not None:
        return family, True
    if _qualifying_particle(reading, vg):
        # "cancel over 6,000 flights": "over" qualifies the figure, it makes no phrasal verb
        return _measure(reading, replace(vg, lemma=vg.lemma.rsplit(" ", 1)[0], head=vg.head - 1), lex)
    if vg.lemma == "be" or fold(vg.lemma) in lex.link_verbs:
        return None, False
    # "more than 150 houses were buried in" is the measure of "150 houses were buried": the particle
    # or preposition "in" says where, not what (as for a family's verb, ``_family``)
    return vg.lemma.removesuffix(_PREPOSITION_PARTICLE).replace(" ", "_"), False


def _qualifying_particle(reading: Reading, vg: VerbGroup) -> bool:
    """Whether the verb group's last word is a qualifier of the figure right after it ("cancel over
    6,000", "hire up to 300") rather than a particle of the verb."""
    toks = reading.tokens
    words = vg.lemma.split(" ")
    nxt = vg.head + 1
    return len(words) > 1 and words[-1] in QUALIFIERS and nxt < len(toks) and toks[nxt].tag == "NUM"


def nominal_state(reading: Reading, np: NounPhrase, lex: Lexicon) -> str | None:
    """A head that is a participle or adjective names a state: "the injured", "the dead"."""
    t = reading.tokens[np.head]
    return _family([t.verb, t.lower, f"be {t.lower}"], lex)


def _family(keys: Sequence[str | None], lex: Lexicon) -> str | None:
    """The measure of the first key a verb family names ("leave dead", "be missing", "kill")."""
    for key in keys:
        if not key:
            continue
        family = lex.family_verbs.get(fold(key))
        if family is None and key.endswith(_PREPOSITION_PARTICLE):
            family = lex.family_verbs.get(fold(key.removesuffix(_PREPOSITION_PARTICLE)))
        if family is not None:
            return family
    return None


# "in" after a verb is a particle ("cave in") or a preposition ("participated in a strike", "died in
# the fire"): a family that names the verb alone names it with "in" too, unless it names "V in" itself
_PREPOSITION_PARTICLE = " in"
