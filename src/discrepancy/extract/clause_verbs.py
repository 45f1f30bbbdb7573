"""The verb a date in a clause dates: the nearest one before it in its clause ("struck at 1:27"),
else the one after it ("On 20 September, X declared"), past a long run of phrases ("blew themselves
up in a crowd of ... in the capital on Oct. 10") and never a participle clause adjoined after a
comma ("..., overturning the result")."""

from __future__ import annotations

from ..grammar import section
from ..lexicon import Lexicon, fold
from ..read import Reading, VerbGroup

G = section("clause_verbs")

_DISTANCE_ASIDE = G.re("distance_aside")
_REACH = 8  # tokens from a date to the verb it dates


def nearest_verb(reading: Reading, first: int, last: int, lex: Lexicon) -> VerbGroup | None:
    toks = reading.tokens
    j, steps = _from_start(reading, first, lex) - 1, 0
    modifier = None  # "in televised remarks on Monday": the remarks' time, if no verb comes first
    while j >= 0 and steps < _REACH:  # before the date: "struck at 1:27"
        if toks[j].lower == ")":
            j = _opening(reading, j) - 1  # "talking with staff (or, in Orvel, their unions) from May 3"
            continue
        if toks[j].lower in (";", ":", "("):
            break
        if toks[j].tag == "VERB" and _span_of_time(reading, j):
            pass  # "one minute later, at 8:58": no verb
        elif toks[j].tag == "VERB" and not _modifies_noun(reading, j):
            return _group_at(reading, j)
        elif toks[j].tag == "VERB" and modifier is None:
            modifier = j
        j, steps = j - 1, steps + 1
    if modifier is not None:
        return _group_at(reading, modifier)
    j, steps = last + 1, 0
    while j < len(toks) and steps < _REACH:  # after it: "On 20 September, X declared"
        if toks[j].lower == "(" and (close := _closing(reading, j)) != j:
            j = close + 1  # "at 16:10 JST (07:10 UTC), a quake struck": an aside, passed over
            continue
        if toks[j].lower in (";", ":", "(", ")"):
            break
        if toks[j].lower == "," and j > last + 1 and (shut := _apposition_after(reading, j)) is not None:
            j = shut + 1  # "On Sunday, Velm Air 12, a jet returning from X, exploded": past the aside
            continue
        if toks[j].tag == "VERB" and (finite := _past_reduced_relative(reading, j)) != j:
            return _group_at(reading, finite)  # "a van filled with explosives was detonated": detonated
        if toks[j].tag == "VERB":
            if _adjoined(reading, j):  # "seized power in the small nation of X early Wednesday, overturning"
                return _far_verb(reading, first) or _group_at(reading, j)
            return _group_at(reading, j)
        named = toks[j].tag == "PROPN" and j > 0 and toks[j - 1].tag in ("PROPN", "NUM")
        j, steps = j + 1, steps + (0 if named else 1)  # "Velm Air Flight 7C 12": one name, one step
    return _far_verb(reading, first)  # "blew themselves up in a crowd of ... in the capital on Oct. 10."


_SPAN_UNITS = frozenset({"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks"})
_SPAN_ENDS = frozenset({"later", "earlier", "ago", "afterwards"})


def _span_of_time(reading: Reading, j: int) -> bool:
    """Token ``j`` is the unit of a span the tagger read as a verb ("one minute later, at 8:58")."""
    toks = reading.tokens
    return toks[j].lower in _SPAN_UNITS and j + 1 < len(toks) and toks[j + 1].lower in _SPAN_ENDS


_FAR_REACH = 16  # tokens back to a verb whose phrases run long before its date


def _adjoined(reading: Reading, j: int) -> bool:
    """The verb at ``j`` opens a participle clause after a comma ("..., overturning the result") or
    a second predicate after "and" ("took off ... shortly after 2 a.m. and was carrying"): it tells
    another act than the date's."""
    toks = reading.tokens
    k = j - 1
    while k > 0 and toks[k].tag == "AUX":
        k -= 1
    return j > 0 and (toks[j - 1].lower == "," and toks[j].lower.endswith("ing") or toks[k].lower == "and")


def _past_reduced_relative(reading: Reading, j: int) -> int:
    """The clause's finite verb, when the participle at ``j`` qualifies the noun before it ("a van
    filled with explosives was detonated", "crews trapped in the mine were reached"); else ``j``."""
    toks = reading.tokens
    if not (0 < j < len(toks) - 1 and toks[j].lower.endswith(("ed", "en")) and toks[j - 1].tag == "NOUN"):
        return j
    if toks[j + 1].tag != "ADP":
        return j
    for k in range(j + 2, min(len(toks), j + 2 + _REACH)):
        if toks[k].tag == "PUNCT":
            return j
        if (
            toks[k].tag == "AUX"
            or toks[k].tag == "VERB"
            and not toks[k].lower.endswith("ing")
            and toks[k - 1].tag != "ADP"
        ):
            return k
    return j


def _far_verb(reading: Reading, first: int) -> VerbGroup | None:
    """The verb before a date past a long run of phrases, with no comma or clause boundary between."""
    toks = reading.tokens
    j, steps = first - 1, 0
    while j >= 0 and steps < _FAR_REACH:
        if toks[j].lower == ")" and (opening := _opening(reading, j)) < j:
            j = opening - 1  # "hit 40km (25 miles) north of the town of X at 11am": an aside
            continue
        if toks[j].lower == "," and (aside := _distance_aside(reading, j)) is not None:
            j = aside - 1  # "hit Velm, about 600 km north of the capital, at 3 a.m.": an aside
            continue
        if toks[j].lower in (";", ":", "(", ")") or toks[j].lower == "," and not _in_apposed_place(reading, j):
            return None
        if toks[j].tag == "VERB" and not _modifies_noun(reading, j) and toks[j].lower not in _PARTICLES:
            return _group_at(reading, j)
        j, steps = j - 1, steps + 1
    return None


_PARTICLES = frozenset({"up", "down", "off", "out"})  # a verb's particle the tagger may read as a verb


_FROM = frozenset({"on", "from", "in"})
_PAREN_REACH = 30  # tokens back to the "(" of a parenthesis a date follows


def _from_start(reading: Reading, first: int, lex: Lexicon) -> int:
    """Where a date's phrase starts when a participle of beginning introduces it: "will talk to
    staff starting (on) March 3" dates the talking from that day, not a starting."""
    toks = reading.tokens
    j = first - 1
    if j >= 0 and toks[j].lower in _FROM:
        j -= 1
    t = toks[j] if j >= 1 else None
    if t is None or not t.lower.endswith("ing") or not t.verb or lex.family_events.get(fold(t.verb)) != "begin":
        return first
    # after a noun it is the noun's beginning ("the outbreak beginning in 2022")
    return j if toks[j - 1].tag in ("VERB", "AUX", "PUNCT") else first


def _modifies_noun(reading: Reading, j: int) -> bool:
    """A participle between a preposition or article and its noun ("talk with affected staff")
    is a modifier, not the clause's verb."""
    toks = reading.tokens
    return (
        0 < j < len(toks) - 1
        and toks[j].lower.endswith(("ed", "en"))
        and toks[j + 1].tag == "NOUN"
        and toks[j - 1].tag in ("ADP", "DET")
    )


def _opening(reading: Reading, close: int) -> int:
    """The "(" that the ")" at ``close`` closes, or ``close`` itself when none is near."""
    for k in range(close - 1, max(-1, close - 1 - _PAREN_REACH), -1):
        if reading.tokens[k].lower == "(":
            return k
    return close


def _closing(reading: Reading, open_: int) -> int:
    """The ")" that closes the "(" at ``open_``, or ``open_`` itself when none is near."""
    for k in range(open_ + 1, min(len(reading.tokens), open_ + 1 + _PAREN_REACH)):
        if reading.tokens[k].lower == ")":
            return k
    return open_


def _group_at(reading: Reading, j: int) -> VerbGroup | None:
    start = j
    while start > 0 and reading.tokens[start - 1].tag in ("AUX", "ADV"):
        start -= 1
    return reading.verb_group(start)


_ASIDE_REACH = 14  # tokens of an aside between commas


def _distance_aside(reading: Reading, j: int) -> int | None:
    """The opening comma of an aside the comma at ``j`` closes, when the aside places a site by its
    distance or bearing ("Velm, about 600 km northwest of the capital, at 3 a.m."), else None."""
    toks = reading.tokens
    for k in range(j - 1, max(0, j - _ASIDE_REACH), -1):
        if toks[k].lower in (";", ":", "(", ")"):
            return None
        if toks[k].lower == ",":
            between = reading.text[toks[k].end : toks[j].start]
            return k if _DISTANCE_ASIDE.search(between) else None
    return None


def _apposition_after(reading: Reading, j: int) -> int | None:
    """The comma that closes an apposition the comma at ``j`` opens after a name ("Velm Air 12, a
    jet returning from Osland, exploded"): an article opens it and a verb follows its closing comma.
    None when no such aside is there. The caller asks only past a word after the date: a comma
    right after it ("On 17 November, a state ...") opens the clause, no aside."""
    toks = reading.tokens
    if j < 1 or j + 1 >= len(toks) or toks[j - 1].tag not in ("NOUN", "PROPN", "NUM"):
        return None
    if toks[j + 1].lower not in ("a", "an", "the"):
        return None
    for k in range(j + 2, min(len(toks) - 1, j + _ASIDE_REACH)):
        if toks[k].lower in (";", ":", "(", ")"):
            return None
        if toks[k].lower == "," and toks[k + 1].tag == "VERB":
            return k
    return None


def _in_apposed_place(reading: Reading, j: int) -> bool:
    """The comma at ``j`` sets off a place's name ("from Bangkok, Thailand, shortly after"): it
    stands between names, or after one with a time after it."""
    toks = reading.tokens

    def name(k: int) -> bool:
        return 0 <= k < len(toks) and toks[k].tag == "PROPN"

    # "Bangkok, Thailand": between two names; "Bangkok, Thailand, shortly": the comma closing them
    return name(j - 1) and (name(j + 1) or j >= 3 and toks[j - 2].lower == "," and name(j - 3))
