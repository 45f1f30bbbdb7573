"""What a figure with no lexicon topic measures, read off the sentence: the noun it modifies ("a
984-foot vessel"), the noun it is "of" ("a depth of 18.5 km"), the unit it is counted per ("$95 per
share"), the subject of the verb whose level it is, or the subject a form of "be" sets it against
("the bridge is 1.6 miles long"). Split from ``open_counts``, whose noun test it shares."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import Lexicon, fold
from ..read import NounPhrase, Reading, VerbGroup
from ..read.tokens import QUALIFIERS, REPORTING_VERBS, Token
from .open_counts import countable
from .owners import NOT_OWNER


def _per(toks: Sequence[Token], i: int) -> int:
    """How many tokens at ``i`` say "per" ("per", "for each"): 0 if none."""
    words = [t.lower for t in toks[i : i + 2]]
    return 1 if words[:1] == ["per"] else 2 if words == ["for", "each"] else 0


def _a_unit(toks: Sequence[Token], i: int, end: int) -> bool:
    """Whether the noun phrase at ``i`` (to token ``end``) is "a" unit a figure is counted per ("$95 a
    share", "$2bn a year"), not a time back ("$2bn a year ago")."""
    return toks[i].lower in ("a", "an") and not (end < len(toks) and toks[end].lower in _BACK_IN_TIME)


def subject_noun(
    reading: Reading, start: int, end: int, lex: Lexicon, compound: bool = False, names: bool = False
) -> str | None:
    """What a measure with no lexicon topic or anchor measures, as a lemma: the noun it modifies ("a
    984-foot vessel", "a $2 billion deal", "1,000 tonnes of grain"), the noun it is "of" ("a depth of
    18.5 km"), the subject of the verb whose new level it is ("the absence rate among nurses fell to
    4.9%"), or the subject a linking verb sets it against ("the bridge is 1.6 miles long").
    ``compound``: a share or a rate, whose head alone ("rate", "share") says nothing, is named with
    the noun before it ("absence rate", "market share"). ``names``: a size may be said of a thing's
    name ("the 394-foot Velmstar", "Velmstar measures 394 feet tall"), one no lexicon knows as a
    place, a body or a person."""
    toks = reading.tokens
    i = reading.index_at(end)
    while i < len(toks) and (toks[i].tag == "PUNCT" and toks[i].lower == "-" or toks[i].lower in _DIMENSIONS):
        i += 1  # "300-metre-long vessel": the dimension word is not the thing
    if i < len(toks) and toks[i].lower == "(":  # "a 30-metre-long (100-foot) boat": the conversion
        i = next((k + 1 for k in range(i, len(toks)) if toks[k].lower == ")"), i)
    elif i < len(toks) and toks[i].lower == ")" and reading.text[toks[i].start - 1 : toks[i].start] != " ":
        i += 1  # the conversion's own figure: "(100-foot) boat"
    if i < len(toks) and toks[i].lower in _MOUNT_TITLES:
        return "mount"  # "the 2,891-metre Mount Velm": the mountain's height, as "a 2,891-metre volcano"
    per = 0
    if i < len(toks) and toks[i].lower == "of":
        i += 1
    else:  # "$95 per share", "for each share", "$95 a share": the price of one unit, no share's price
        per = _per(toks, i)
        i += per
    np = reading.noun_phrase(i) if i < len(toks) else None
    if np is not None and names and _a_name(reading, np, lex):
        return np.lemma  # "the nearly 400-foot Velmstar": the thing its name names
    if np is not None and countable(reading, np) and reading.tokens[np.head].tag != "ADJ":
        return f"per {np.lemma}" if per or _a_unit(toks, i, np.head + 1) else np.lemma
    if np is None and i < len(toks) and toks[i].lower.endswith("ing") and toks[i].noun == toks[i].lower:
        return toks[i].lower  # "three days mourning": a noun in -ing after a plural, read as its participle
    first = reading.index_at(start)
    j = first - 1
    while j >= 0 and toks[j].lower in _OF_LEAD:
        j -= 1
    if j >= 1 and toks[j].lower == "of":
        np = reading.noun_phrase_ending(j - 1)
        if np is not None and countable(reading, np):
            return np.lemma  # "at a depth of 18.5 km", "a loss of $3bn"
    level = reading.level_verb(first) or _changed_from(reading, first)
    # past the subject's own complements ("the vacancy rate in the city rose to"), not from inside
    # an aside closed right before the verb ("temperatures in Velm, its holiest city, soared to")
    aside = level is not None and level.first > 0 and toks[level.first - 1].lower == ","
    np = reading.clause_subject(level.first) if level is not None and not aside else None
    if np is not None and countable(reading, np):
        return _named(reading, np, compound)
    vg = reading.verb_before(first)
    linked = vg.first if vg is not None and fold(vg.lemma) in lex.link_verbs else None
    if linked is None and vg is None:
        linked = _copula_before(reading, first)
    if linked is not None:
        said_of = linked - 1
        if vg is not None and said_of > 0 and toks[said_of].lower == "," and toks[vg.first].lower.endswith("ing"):
            said_of -= 1  # "the vessel, measuring 30 metres in length": a participle set after its noun
        said = reading.noun_phrase_ending(_antecedent(reading, said_of))
        if said is not None and names and _a_name(reading, said, lex) and not _governed(reading, said):
            return said.lemma  # "Velmstar measures 394 feet tall"
        np = _placed(reading, said)
        if np is not None and countable(reading, np) and not _a_kind(reading, np):
            return _named(reading, np, compound)  # "the bridge is 1.6 miles long", "the rate is 3.4%"
    return None


def _a_name(reading: Reading, np: NounPhrase, lex: Lexicon) -> bool:
    """Whether a noun phrase is a thing's own name ("Velmstar", "the Dorn Star"): a proper noun
    the lexicon does not know (no place, body or person it names), nor a day or a month."""
    toks = reading.tokens
    head = toks[np.head]
    if head.tag != "PROPN" or any(toks[k].tag not in ("PROPN", "DET") for k in range(np.first, np.head)):
        return False
    if NOT_OWNER.match(head.text):
        return False  # "reached 5.31 meters this Sunday": a day, no thing
    name = reading.text[toks[np.first].start : head.end]
    return lex.canonical(name) is None and lex.canonical(head.text) is None


def _governed(reading: Reading, np: NounPhrase) -> bool:
    """Whether a preposition governs a noun phrase ("the altitude over the river near Velm Airport
    is 200 feet": the airport is where, never what the size is of)."""
    return np.first > 0 and reading.tokens[np.first - 1].tag == "ADP"


def _changed_from(reading: Reading, first: int) -> VerbGroup | None:
    """The verb whose old level a figure after "from" states ("have fallen steeply from 80% in 2015
    to 40%"): the verb right before "from", across adverbs."""
    toks = reading.tokens
    # a figure inside the sentence's last token ("hearing-over-four-hours") starts after every token
    at = first if first < len(toks) and toks[first].lower == "from" else first - 1
    if at < 1 or toks[at].lower != "from":
        return None
    j = at - 1
    while j > 0 and toks[j].tag == "ADV":
        j -= 1
    if toks[j].tag != "VERB":
        return None
    while j > 0 and toks[j - 1].tag in ("AUX", "ADV"):
        j -= 1
    return reading.verb_group(j)


def _named(reading: Reading, np: NounPhrase, compound: bool) -> str:
    """A noun phrase's lemma, with the noun before its head when ``compound`` asks for it."""
    before = reading.tokens[np.head - 1] if np.head > np.first else None
    if compound and before is not None and before.tag == "NOUN":
        return f"{before.lower} {np.lemma}"
    return np.lemma


def _copula_before(reading: Reading, first: int) -> int | None:
    """The first word of a form of "be" right before the figure at token ``first``, across its
    qualifiers and auxiliaries ("the gorge is over 200 metres deep", "has been 30 metres"), else None."""
    toks = reading.tokens
    j = first - 1
    while j >= 0 and toks[j].lower in QUALIFIERS:
        j -= 1
    if j < 0 or toks[j].lower not in _BE:
        return None
    while j > 0 and toks[j - 1].tag in ("AUX", "ADV"):
        j -= 1
    return j


def _placed(reading: Reading, np: NounPhrase | None) -> NounPhrase | None:
    """A subject told with its place ("the runway at Dorrin", "the gorge near Valbrin"): the noun
    before the place's preposition, when the place is a name."""
    toks = reading.tokens
    if np is None or countable(reading, np) or toks[np.head].tag != "PROPN" or np.first < 2:
        return np
    if toks[np.first - 1].lower not in _PLACE_PREPOSITIONS:
        return np
    return reading.noun_phrase_ending(np.first - 2) or np


_PLACE_PREPOSITIONS = frozenset({"at", "in", "near", "on", "outside", "off"})


def _a_kind(reading: Reading, np: NounPhrase) -> bool:
    """A bare plural a relative clause describes ("can land on runways that are 1,500m long") is a
    kind of thing, not one the story measures."""
    toks = reading.tokens
    bare = np.first == 0 or toks[np.first - 1].tag not in ("DET", "NUM", "PRON")
    described = np.head + 1 < len(toks) and toks[np.head + 1].lower in _RELATIVES
    return bare and described and toks[np.head].lower != np.lemma


def _antecedent(reading: Reading, j: int) -> int:
    """The token a linking verb's subject ends on, past a relative pronoun to the noun it stands
    for: "the gorge, which is 200 metres deep", "the gorge, which he said was 300 metres deep"."""
    toks = reading.tokens
    if j > 0 and toks[j].lower in _PLACE_ADVERBS:
        j -= 1  # "the runway there is 2,800 metres long": the runway, wherever it is
    if j > 1 and toks[j].verb in REPORTING_VERBS and toks[j - 1].tag in ("PRON", "PROPN", "NOUN"):
        speaker = reading.noun_phrase_ending(j - 1) if toks[j - 1].tag != "PRON" else None
        j = (speaker.first if speaker is not None else j - 1) - 1  # "which he/the ranger said was"
        while j > 0 and toks[j].tag == "DET" and toks[j].lower not in _RELATIVES:
            j -= 1
    if j < 1 or toks[j].lower not in _RELATIVES:
        return j
    j -= 1
    while j >= 0 and toks[j].tag == "PUNCT":
        j -= 1  # "the gorge," and a closing quotation mark
    return j


_RELATIVES = frozenset({"which", "that"})
_PLACE_ADVERBS = frozenset({"there", "here"})
_BE = frozenset({"is", "was", "are", "were", "be", "been", "'s", "’s"})


_DIMENSIONS = frozenset({"long", "high", "wide", "deep", "tall", "thick", "-long", "-high", "-wide", "-deep"})
_BACK_IN_TIME = frozenset({"ago", "earlier", "before", "later", "after"})
_MOUNT_TITLES = frozenset({"mount", "mt", "mt."})
_OF_LEAD = frozenset({"about", "around", "some", "nearly", "almost", "approximately", "roughly", "over", "under"})


def thing_before(reading: Reading, start: int, lex: Lexicon) -> str | None:
    """The last thing of the lexicon's `objects` named in the sentence before ``start`` ("the
    helicopter's altitude was 300 feet"), else the first one after it ("Travelling at an altitude of
    400 feet, the plane ...")."""
    toks = reading.tokens
    at = reading.index_at(start)
    for k in [*range(at - 1, -1, -1), *range(at, len(toks))]:
        word = toks[k].noun or toks[k].lower
        word = word.removesuffix("'s").removesuffix("’s")  # "the helicopter's altitude"
        if word in lex.objects:
            return lex.objects[word]
    return None
