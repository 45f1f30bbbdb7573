"""The ``acts`` table of ``rules/lexicon/dates.yaml``, folded once per lexicon, with the sets that
let ``timed_acts`` pass over a clause at once where no entry can match: most dated clauses name no
act (10486 of 10514 ``act_of`` calls on a generated corpus give nothing).

A gate here is exact: it holds every word a look-up could be asked for and then find (an entry,
the first words of an entry of several, the last words of one), so a word outside it finds nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..lexicon import DateWords, Lexicon, fold


@dataclass(frozen=True)
class Acts:
    """The ``acts`` table of the date lexicon, folded."""

    nouns: dict[str, str]
    subject_nouns: dict[str, str]
    verbs: dict[str, str]
    impact_verbs: frozenset[str]
    recording_verbs: frozenset[str]
    ordinals: frozenset[str]
    vehicles: frozenset[str]
    declaring_verbs: frozenset[str]
    generic_nouns: frozenset[str]
    claimed_done: dict[str, str]
    comparing_verbs: frozenset[str]
    story_occurrences: frozenset[str]
    witnessing_verbs: frozenset[str]
    holding_verbs: frozenset[str]
    killing_verbs: frozenset[str]
    declared_states: frozenset[str]
    structures: frozenset[str]
    giving_way: frozenset[str]
    killed_doers: frozenset[str]
    signals: dict[str, str]
    ending_verbs: frozenset[str]
    course_verbs: frozenset[str]
    not_incidents: frozenset[str]
    # gates: the words a look-up must start from to find an entry
    killing_parts: frozenset[str]  # every entry, and its words up to or from each space
    phrase_heads: frozenset[str]  # the words of each ``verbs`` entry before each of its spaces


def _openings(entries: Iterable[str]) -> frozenset[str]:
    """The words of each entry before each of its spaces ("fatally shoot": "fatally")."""
    return frozenset(e[:i] for e in entries for i in range(len(e)) if e[i] == " ")


def _endings(entries: Iterable[str]) -> frozenset[str]:
    """The words of each entry after each of its spaces ("shoot dead": "dead")."""
    return frozenset(e[i + 1 :] for e in entries for i in range(len(e)) if e[i] == " ")


_LAST: tuple[DateWords | None, Acts | None] = (None, None)  # the last lexicon's date words and acts


def acts(lex: Lexicon) -> Acts:
    """The lexicon's acts, folded once per lexicon (its date words stand for it: a lexicon is not
    hashable; the last one is kept, as a run reads with one)."""
    global _LAST
    assert lex.dates is not None
    last = _LAST
    if last[0] is lex.dates and last[1] is not None:
        return last[1]
    found = _built(lex)
    _LAST = (lex.dates, found)
    return found


def _built(lex: Lexicon) -> Acts:
    raw = (lex.raw.get("dates") or {}).get("acts") or {}

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(w) for w in raw.get(key) or [])

    def table(key: str) -> dict[str, str]:
        return {fold(k): str(v) for k, v in (raw.get(key) or {}).items()}

    verbs, kill = table("verbs"), words("killing_verbs")
    return Acts(
        nouns=table("nouns"),
        subject_nouns=table("subject_nouns"),
        verbs=verbs,
        impact_verbs=words("impact_verbs"),
        recording_verbs=words("recording_verbs"),
        ordinals=words("ordinals"),
        vehicles=words("vehicles"),
        declaring_verbs=words("declaring_verbs"),
        generic_nouns=words("generic_nouns"),
        claimed_done=table("claimed_done"),
        comparing_verbs=words("comparing_verbs"),
        story_occurrences=words("story_occurrences"),
        witnessing_verbs=words("witnessing_verbs"),
        holding_verbs=words("holding_verbs"),
        killing_verbs=words("killing_verbs"),
        declared_states=words("declared_states"),
        structures=words("structures"),
        giving_way=words("giving_way"),
        killed_doers=words("killed_doers"),
        signals=table("signals"),
        ending_verbs=words("ending_verbs"),
        course_verbs=words("course_verbs"),
        not_incidents=words("not_incidents"),
        killing_parts=kill | _openings(kill) | _endings(kill),
        phrase_heads=_openings(verbs),
    )
