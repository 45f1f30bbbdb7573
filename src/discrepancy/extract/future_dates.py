"""Whether a date written without its year is ahead of its article: a cue of the future shortly
before it in its sentence ("the deadline is Sept. 30"), unless a verb in the past governs the date
itself; or the end of a span an order sets ("held in detention until May 22", "agreed to suspend
the strike until January 15th", "postponed to March"), which lies after the order, whatever tense
tells the order."""

from __future__ import annotations

from ..grammar import section
from ..lexicon import DateWords

G = section("future_dates")
_PAST_VERB_BEFORE = G.re("past_verb_before")
SENTENCE_END = G.re("sentence_end")
_ORDERED_UNTIL = G.re("ordered_until")
_CUE_REACH = 60  # characters before a date where its cue of the future stands
_ORDER_REACH = 100  # and where the order whose span it ends stands


def sentence_from(text: str, lo: int, start: int) -> int:
    """Where the sentence of ``start`` begins, at ``lo`` or after: past the last sentence end between."""
    for stop in SENTENCE_END.finditer(text, lo, start):
        lo = stop.end()
    return lo


def future(text: str, start: int, w: DateWords) -> bool:
    """A future cue shortly before a date puts it ahead, unless a verb in the past governs the date
    itself ("what economists had expected ... the amount added in December": last December); the
    end of an ordered span ("remanded in custody until May 22") is ahead."""
    if _ORDERED_UNTIL.search(text, sentence_from(text, max(0, start - _ORDER_REACH), start), start):
        return True
    lo = sentence_from(text, max(0, start - _CUE_REACH), start)  # a cue of the sentence before is not this one's
    return bool(w.future_re.search(text, lo, start)) and _PAST_VERB_BEFORE.search(text, lo, start) is None
