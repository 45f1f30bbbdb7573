"""Who a dated clause tells of: the head of the noun phrase before its verb, past an apposition
between commas ("the twin blasts, the deadliest in Velm's history, occurred") and past the
prepositional phrases that qualify it ("the pilot of the ship ordered": the pilot)."""

from __future__ import annotations

from ..read import NounPhrase, Reading, Token, VerbGroup

_APPOSITION_REACH = 14  # tokens of an apposition between a subject and its verb


def past_apposition(reading: Reading, first: int) -> int:
    """Where the subject of the verb at ``first`` ends: before an apposition between commas ("the
    twin blasts, the deadliest in Velm's history, occurred"), else right before the verb. An
    apposition that is a name names the subject ("his wife, Ana Brel, joined"): it ends there."""
    toks = reading.tokens
    if first >= 2 and toks[first - 1].lower in _DASHES:
        return _before_dashes(reading, first - 1)
    if first < 2 or toks[first - 1].lower != ",":
        return first - 1
    place = None  # "from Osland, Velmora, exploded": a place's country, maybe inside an apposition
    for k in range(first - 2, max(0, first - 2 - _APPOSITION_REACH), -1):
        if toks[k].lower == "," and k > 0 and toks[k - 1].tag in ("NOUN", "PROPN", "NUM"):
            named = all(t.tag == "PROPN" for t in toks[k + 1 : first - 1])
            if named and toks[k - 1].tag == "NOUN":
                return first - 2
            if named and toks[k - 1].tag == "PROPN" and place is None:
                place = k - 1
                continue
            return _name_before_number(toks, k - 1)  # "Velm Air Flight 7C 12, a jet ...": the flight
        if (
            toks[k].tag in ("VERB", "AUX")
            and not toks[k].lower.endswith("ing")
            or toks[k].lower in (";", ":", "(", ")")
        ):
            break  # a participle ("a jet returning from Osland") stays inside the apposition
    return place if place is not None else first - 1


_DASHES = frozenset({"—", "–", "--"})


def _before_dashes(reading: Reading, close: int) -> int:
    """The last token before an aside set off by dashes that closes at ``close``, right before the
    verb ("the vessel — a so-called container ship — ran aground", "the mayor — who was elected in
    2020 — resigned": the vessel, the mayor), or the token before ``close`` when no opening dash
    is near."""
    toks = reading.tokens
    for k in range(close - 1, max(0, close - 1 - _APPOSITION_REACH), -1):
        if toks[k].lower in _DASHES:
            return k - 1
        if toks[k].lower in (";", ":", "(", ")"):
            break
    return close - 1


def _name_before_number(toks: list[Token], k: int) -> int:
    """The last word of a name that ends at token ``k`` in a number ("Flight 12", "Flight 7C 12"):
    the word the phrase reader takes for the head; ``k`` itself when no number ends it."""
    j = k
    while j > 0 and (toks[j].tag == "NUM" or _in_a_name(toks, j)):
        j -= 1
    return j if j < k and toks[j].tag == "PROPN" else k


_OF_IN = frozenset({"of", "in", "from", "to", "at", "for", "on", "near", "with", "as"})
_BEFORE_HEAD = frozenset({"DET", "NUM", "PROPN", "ADJ"})  # words of a phrase before its head
_STEPS = 3  # prepositional phrases passed over to reach a subject's head


def _in_a_name(toks: list[Token], k: int) -> bool:
    """Token ``k`` is a piece of a word written with no space ("Velm7", "MH17"): letters and digits
    glued together, which the tokens split."""
    glued = k > 0 and toks[k - 1].end == toks[k].start and toks[k].tag != "PUNCT" and toks[k - 1].tag != "PUNCT"
    return glued or k + 1 < len(toks) and toks[k].end == toks[k + 1].start and toks[k + 1].tag == "NUM"


def head_of_subject(reading: Reading, np: NounPhrase | None) -> NounPhrase | None:
    """The phrase a prepositional phrase before the verb qualifies: "the pilot of the ship ordered"
    is the pilot's order, "the first call to police from Itaewon came" the call's coming."""
    toks = reading.tokens
    for _ in range(_STEPS):
        k = np.first - 1 if np is not None else -1
        while k > 0 and (toks[k].tag in _BEFORE_HEAD or _in_a_name(toks, k)):
            k -= 1  # "the attack on the Velm7 hotel", "of Velm's 1 February coup": to the preposition
        if k < 1 or toks[k].lower not in _OF_IN:
            break
        if k > 1 and toks[k - 1].tag == "VERB" and toks[k - 1].lower.endswith(("ed", "en")):
            k -= 1  # "miners trapped in the shaft were reached": the miners, past their participle
        before = reading.noun_phrase_ending(k - 1)
        if before is None:
            break
        np = before
    return np


UNNAMED = "-"  # the doer slot of a clause that names no doer
PATIENT_OPEN, PATIENT_CLOSE = "-(", ")"  # "charge/-(man)": no doer named, the act done to the men


def passive_doer(reading: Reading, vg: VerbGroup, subject: NounPhrase | None, agent: NounPhrase | None) -> str | None:
    """The doer slot of a passive clause's key: the "by" phrase ("the plant was bought by Orla Group
    on Monday": Orla Group, as "Orla Group bought the plant" names it), else no doer, with the
    subject told as what the act was done to ("four men were charged on Sunday": ``-(man)``), so
    that another outlet's "the court on Sunday charged four suspects" may be the same charging
    (``group_dates``). None for an active verb, or a passive with no subject before it."""
    if not vg.passive or reading.tokens[vg.head].lower.endswith("ing"):
        return None  # "were missing": a state, no act done to anyone
    if agent is not None and agent is not subject:
        return agent.lemma
    if subject is None or subject.head >= vg.first:
        return None
    return f"{PATIENT_OPEN}{subject.lemma}{PATIENT_CLOSE}"
