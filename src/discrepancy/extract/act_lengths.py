"""What a duration is the length of: an occurrence or an act ("two months of protests", "24 hours
of shelling", "ruled for 55 years"), a state one is held in ("40 days on strike"), or the noun a
clause of lasting is said of ("the strike, which has lasted six weeks"). Read for
``figure_context.read_context``."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from ..grammar import section
from ..lexicon import Lexicon, fold
from ..read import Reading, lemmas
from ..read.literal_gate import gated
from .figure import Figure, second_act_later
from .launch_ends import LOST_AFTER_LAUNCH, ended_flight
from .open_counts import WEAK_TOPIC
from .owners import named_owner
from .persons import Cast

G = section("act_lengths")

_ACT_AFTER = G.re("act_after")
_LASTING_BEFORE = gated(G.re("lasting_before"))
_ASSAULT_ACTS = G.words("assault_acts")
_RULE_ACTS = G.words("rule_acts")
_RULED_FOR = gated(G.re("ruled_for"))
_FAMILY_RULE = G.words("family_rule")
_RECORDING_ACTS = G.words("recording_acts")
_HEARING_ACTS = G.words("hearing_acts")
_LASTING_THINGS = G.words("lasting_things")
_STORM = "storm"  # the occurrence a tornado is part of, whatever an article's own occurrence is
_FOR_BEFORE = gated(G.re("for_before"))
_HELD_STATE = G.re("held_state")
_HELD_STATE_BEFORE = gated(G.re("held_state_before"))
_NEARING_BEFORE = gated(G.re("nearing_before"))
_LASTING_ANTECEDENT = G.re("lasting_antecedent")
_APART = G.re("interval_apart")
_CLAUSE_MARK = G.re("clause_mark")
_WORD = G.re("word")
_RELATIVE_OPENING = G.re("relative_opening")
_LASTING_OPENING = G.re("lasting_opening")
_NAMED_AFTER = G.re("named_after")
_OBJECT_PREPOSITIONS = G.words("object_prepositions")
_OBJECT_DETERMINERS = G.words("object_determiners")
_MODIFIED_NOUNS = G.words("modified_nouns")
_GOING_ON = G.re("going_on")


def act_lasting(fig: Figure, text: str, ss: int, se: int, lex: Lexicon) -> tuple[str | None, str | None] | None:
    """The act a duration is the length of, as (occurrence, anchor): an occurrence of the lexicon ("two
    months of protests", "the war lasted 44 days") is that occurrence; an armed assault ("24 hours of
    shelling", "a 24-hour offensive") is the assault in the article's occurrence (None: the article's);
    a rule ("ruled for 55 years", "a 53-year hold on power") is the rule."""
    if _RULED_FOR.search(text, max(ss, fig.start - 40), fig.start):
        return None, "rule"  # "whose family has ruled for 55 years"
    if ended_flight(text, ss, se, fig.start, fig.end):
        return None, LOST_AFTER_LAUNCH  # "three minutes after lift off, the rocket exploded"
    if _APART.match(text, fig.end, se) or second_act_later(text, ss, fig.start, fig.end):
        return None, "interval"  # "two explosions 15 minutes apart", "another struck 20 minutes later"
    after = _ACT_AFTER.match(text, fig.end, se)
    words = after.group("words").split() if after is not None else []
    lasting = _LASTING_BEFORE.search(text, max(ss, fig.start - 40), fig.start)
    if lasting is not None:  # "the siege of the town lasted 36 hours": the act nearest the verb, in its clause
        words = _lasting_words(text, ss, se, lasting, fig.end)
    if any(fold(w) in _RECORDING_ACTS for w in words):
        return None, "recording"  # "the live stream of the attack lasted 16 minutes", "a 17-minute video"
    for word in words:
        folded = fold(word)
        if folded in lex.occurrence:
            return lex.occurrence[folded], None
        if folded in _ASSAULT_ACTS:
            return None, "assault"
        if folded in _RULE_ACTS:
            return None, "rule"  # "a 53-year hold on power", "his 20-year reign"
        if folded in _HEARING_ACTS:
            return None, "hearing"  # "four hours of courtroom debate", "a four-hour court proceeding"
        if folded in _LASTING_THINGS:  # "the twister lasted over an hour": the storm's tornado, on the ground
            noun = lemmas(folded)[0] or folded
            return lex.occurrence.get(_STORM), lex.family_nouns.get(noun, noun)
    return None


def _lasting_words(text: str, ss: int, se: int, lasting: re.Match[str], end: int) -> list[str]:
    """The words that may name what a verb of lasting is said of, nearest first: its clause's
    before it; for a relative clause ("The fire north of the town, which has been burning for"),
    the antecedent's too; for a verb that opens the sentence ("Lasting roughly 70 minutes, the
    tornado ..."), the first words after the comma that ends its phrase."""
    marks = [c.end() for c in _CLAUSE_MARK.finditer(text, ss, lasting.start())]
    cut = marks[-1] if marks else ss
    clause = [w.group(0) for w in _WORD.finditer(text, cut, lasting.start())]
    relative = _LASTING_ANTECEDENT.search(text, max(ss, lasting.start() - 40), lasting.start())
    # "after a hearing that lasted": the antecedent of a relative clause may be governed
    words = clause[::-1] if relative else _subjects(clause)
    going_on = _GOING_ON.search(lasting.group(0)) is not None
    if going_on and marks and _RELATIVE_OPENING.match(text, cut, lasting.start()):
        before = marks[-2] if len(marks) > 1 else ss
        words += _subjects([w.group(0) for w in _WORD.finditer(text, before, cut)])
    if not text[ss : lasting.start()].strip() and _LASTING_OPENING.match(text, lasting.start()):
        after = _NAMED_AFTER.match(text, end, se)
        words += _subjects([w.group(0) for w in _WORD.finditer(after.group("words"))])[::-1] if after else []
    return words


def _subjects(words: list[str]) -> list[str]:
    """The words of a clause (in text order) that may be the subject of its verb of lasting, nearest
    the verb first: an act governed by a preposition other than "of" ("the cleanup after the
    tornado") or modifying a noun after it ("the tornado warning") is passed over (left empty)."""
    out = []
    for k, word in enumerate(words):
        j = k - 1
        while j >= 0 and k - j <= 3 and (fold(words[j]) in _OBJECT_DETERMINERS or words[j][:1].isupper()):
            j -= 1  # "after the Velm tornado"
        governed = j >= 0 and j < k and fold(words[j]) in _OBJECT_PREPOSITIONS
        modifying = k + 1 < len(words) and fold(words[k + 1]) in _MODIFIED_NOUNS
        out.append("" if governed or modifying else word)
    return out[::-1]


def held_or_nearing(fig: Figure, text: str, ss: int, se: int, reading: Callable[[], Reading]) -> None:
    """A duration of no act the lexicon knows, keyed by what it is the length of: a state one is
    held in ("40 days on strike", "on strike for 40 days"), or the noun a relative clause of
    lasting is said of ("the strike, which has lasted six weeks"); "coming to six weeks" is nearly
    six weeks."""
    held = _HELD_STATE.match(text, fig.end, se) or _HELD_STATE_BEFORE.search(text, max(ss, fig.start - 40), fig.start)
    if held is not None:
        state = " ".join(held.group("state").lower().split())
        fig.anchor = "detention" if state == "custody" else state
        fig.confidence = min(fig.confidence, WEAK_TOPIC)
        return
    act = _act_for(fig, text, ss, reading) or _act_of(fig, text, se)
    if act is not None:  # "approved a strike for three days", "three days of mourning": their length
        fig.anchor, fig.confidence = act, min(fig.confidence, WEAK_TOPIC)
        return
    nearing = _NEARING_BEFORE.search(text, max(ss, fig.start - 30), fig.start)
    verb = nearing or _LASTING_BEFORE.search(text, max(ss, fig.start - 40), fig.start)
    said_of = _LASTING_ANTECEDENT.search(text, max(ss, verb.start() - 40), verb.start()) if verb else None
    if said_of is None:
        return
    token = reading().tokens[reading().index_at(said_of.start("noun"))]
    fig.anchor = token.noun or token.lower
    fig.confidence = min(fig.confidence, WEAK_TOPIC)
    if nearing is not None and fig.parsed.qualifier == "exact":
        fig.parsed = dataclasses.replace(fig.parsed, qualifier="nearly")


def _act_of(fig: Figure, text: str, se: int) -> str | None:
    """The act a duration is "of" when no list names it ("three days of national mourning", "six
    weeks of tense talks"): the head of the phrase, its last word that can be a noun before one
    that cannot ("two days of talks ended": the talks)."""
    after = _ACT_AFTER.match(text, fig.end, se)
    if after is None or not text[fig.end : after.start("words")].strip().startswith("of"):
        return None
    head = None
    for word in after.group("words").split():
        noun, _, adj, _ = lemmas(word.lower())
        if noun is None and not adj:
            break
        head = noun or head
    return head


def _act_for(fig: Figure, text: str, ss: int, reading: Callable[[], Reading]) -> str | None:
    """The act a duration after "for" is the length of: the noun right before "for" when it names
    an act, a noun that is also a verb ("a strike for three days", "a ban for five years"); a thing
    or a place ("trapped in her car for three days") names none."""
    m = _FOR_BEFORE.search(text, max(ss, fig.start - 30), fig.start)
    if m is None:
        return None
    read = reading()
    i = read.index_before(m.start())
    t = read.tokens[i] if i >= 0 else None
    if t is None or t.tag != "NOUN" or t.noun is None or t.verb is None or t.noun != t.lower:
        return None  # a plural ("talks for two days") or no noun of an act
    return t.noun


FAMILY = "family"


def rule_holder(fig: Figure, text: str, ss: int, se: int, lex: Lexicon, cast: Cast) -> str | None:
    """Whose rule a length of rule is: a family's ("whose family has ruled for 55 years", "56 years
    of family rule", "the dynasty's 53-year hold on power"), else the last name before it in its
    sentence ("Omar Bongo, who had ruled for 41 years"), keyed by the whole name. None when the
    sentence names no holder ("he ruled for 20 years"): a father and his son both ruled, so such a
    length is not compared."""
    ruled = _RULED_FOR.search(text, max(ss, fig.start - 40), fig.start)
    before = ruled.start() if ruled is not None else fig.start
    after = _ACT_AFTER.match(text, fig.end, se)
    near = _WORD.findall(text, max(ss, before - 30), before) + (after.group("words").split() if after else [])
    if any(fold(w.removesuffix("'s").removesuffix("’s")) in _FAMILY_RULE for w in near):
        return FAMILY
    name = named_owner(text, ss, fig.start, lex, cast)
    # by the whole name: a son rules after his father under the surname they share
    name = cast.by_surname(name) if name else None
    return f"ruler:{name}" if name else None
