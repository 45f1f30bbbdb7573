"""The whole a part is taken from, read after it: where it was ("all but two of the 181 passengers
and crew on board were killed": those on board), what befell it ("12 of the 85 people injured in the
crash later died", "25 of the 26 who died were in Velm": the dead), and the act a part is the object
of ("the crash killed 179 of the 181 people on board")."""

from __future__ import annotations

from ..grammar import section
from ..lexicon import Lexicon, fold
from ..read import Reading
from .counted import noun_after
from .open_counts import own_state
from .parts import verb_of_part

_RELATIVE = frozenset({"who", "that"})

G = section("wholes")
_THINGS_WHOLE = G.re("things_whole")
_WHOLE_STATE_AFTER = G.re("whole_state_after")


def where_whole(text: str, end: int, se: int, lex: Lexicon, states: frozenset[str]) -> str | None:
    """The state of ``states`` (on board) the words right after a whole of a part ending at ``end``
    say it was in ("all but two of the 181 passengers and crew on board were killed"): what the
    whole's figure counts, where the act after it is the part's."""
    at = end + len(text[end:se]) - len(text[end:se].lstrip())
    for measure in sorted(states):
        pattern = lex.state_re.get(f"{measure}:after")
        if pattern is not None and pattern.match(text, at, se):
            return measure
    return None


def fate_of_whole(reading: Reading, end: int, lex: Lexicon) -> str | None:
    """The casualty measure a participle or a relative clause right after a whole of a part ending
    at ``end`` names ("12 of the 85 people injured in the crash later died": the 85 injured; "25 of
    the 26 who died were in Velm": the 26 dead); None when none does."""
    i = reading.index_at(end)
    _, fate = verb_of_part(reading, i, lex)
    if fate is None and i < len(reading.tokens) and reading.tokens[i].lower in _RELATIVE:
        fate, _ = own_state(reading, end, lex)  # "25 of the 26 who died were in Velm": the 26 dead
    return fate if fate in lex.measure_classes["casualty"] else None


def act_of_part(reading: Reading, start: int, lex: Lexicon) -> str | None:
    """The casualty measure of the verb a part's figure at ``start`` is the object of ("the crash
    killed 179 of the 181 people on board", "rescuers saved 12 of the 40 crew"): what happened to
    the part, told before it; None when no such verb governs the figure."""
    vg = reading.verb_before(reading.index_at(start))
    if vg is None or vg.negated or vg.passive:
        return None
    measure, _ = own_state(reading, reading.tokens[vg.first].start, lex)
    return measure if measure in lex.measure_classes["casualty"] else None


def things_of_whole(text: str, pos: int, se: int, lex: Lexicon) -> tuple[dict[str, str], int, list[str]] | None:
    """The noun of things after the whole a part is of ("won 159 of the 400 seats": seats), which
    the part counts with its own verb; None when the whole counts people the lexicon knows (their
    parts have readers of their own) or names nothing."""
    m = _THINGS_WHOLE.match(text, pos, se)
    noun = noun_after(text, m.end(), se, lex) if m is not None else None
    if m is None or noun is None or _WHOLE_STATE_AFTER.match(text, noun[1], se):
        return None  # "with 640 out of 650 seats declared": the part's state is after the whole
    known = fold(text[m.end() : noun[1]].split()[-1]) in lex.nouns  # a noun the lexicon does not know: its own
    return noun if noun[0].get("thing") or not known else None
