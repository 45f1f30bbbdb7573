"""A signal a clause tells sent, issued or declared ("the pilot declared a mayday", "issued a mayday
distress signal", "reports a bird strike, declares emergency 'Mayday'") is the act a time in the
clause is the time of, whoever sent it: outlets that tell the pilot's call with different verbs
meet on it, and it stays apart from the emergency a government declares and from the calls
others make. The words are in ``acts.signals`` of ``rules/lexicon/dates.yaml``."""

from __future__ import annotations

from ..lexicon import fold
from ..read import NounPhrase, Reading, VerbGroup

_SIGNAL_REACH = 10  # tokens after a clause's verb to the signal it sent ("declared a mayday or emergency")
_ENDS = frozenset({".", ";", ":", "and", "but", "or", "when", "after", "before", "then", "while", "as"})


def signalled(reading: Reading, vg: VerbGroup, subject: NounPhrase | None, signals: dict[str, str]) -> str | None:
    """The signal the subject names ("the mayday came at 8:58") or the verb's object does, up to
    the clause's end or another verb, but for a verb listed after a comma with the same doer
    ("reports a bird strike, declares emergency 'Mayday'")."""
    if not _names_signal(reading, signals):
        return None  # most sentences: no word a signal's name starts with
    toks = reading.tokens
    if subject is not None:
        found = _signal_in(reading, subject.first, subject.head + 1, signals)
        if found is not None:
            return found
    end = vg.head + 1
    while end < min(len(toks), vg.head + 1 + _SIGNAL_REACH):
        t = toks[end]
        if t.lower in _ENDS or t.tag in ("VERB", "AUX") and toks[end - 1].lower != ",":
            break
        end += 1
    return _signal_in(reading, vg.head + 1, end, signals)


_OPENINGS: tuple[dict[str, str] | None, frozenset[str]] = (None, frozenset())  # the last table's
_SEEN: tuple[Reading | None, dict[str, str] | None, bool] = (None, None, True)  # the last sentence's answer


def _names_signal(reading: Reading, signals: dict[str, str]) -> bool:
    """Whether a word of the sentence, as ``_signal_in`` reads it, is a signal's name or its first
    words ("distress" of "distress call"): else no range of it names one. Answered once a sentence."""
    global _OPENINGS, _SEEN
    seen = _SEEN
    if seen[0] is reading and seen[1] is signals:
        return seen[2]
    if _OPENINGS[0] is not signals:
        _OPENINGS = (signals, frozenset(k[:i] for k in signals for i in range(len(k) + 1) if k[i : i + 1] in ("", " ")))
    openings = _OPENINGS[1]
    found = any(fold(t.noun or t.lower) in openings for t in reading.tokens)
    _SEEN = (reading, signals, found)
    return found


def _signal_in(reading: Reading, lo: int, hi: int, signals: dict[str, str]) -> str | None:
    toks = reading.tokens
    for k in range(lo, hi):
        word = fold(toks[k].noun or toks[k].lower)
        pair = f"{word} {fold(toks[k + 1].noun or toks[k + 1].lower)}" if k + 1 < hi else ""
        act = signals.get(pair) or signals.get(word)
        if act is not None:
            return act
    return None
