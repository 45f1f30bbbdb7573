"""Acts a group claims or takes back, read off frames the plain role rules miss.

- No one as the agent: "no group has claimed responsibility" is an account of its own (the
  agent is ``NOBODY``, asserted), which a claim by a named group made by then contradicts
  (lexicon/events.yaml `nobody`).
- The occurrence before the trigger: "an attack claimed by the Velm Front", "the bombing was
  initially claimed by a commander" (`patient_before`): the patient is the occurrence, the agent
  the phrase after "by".
- A race won: "won" counts only with the race as its object ("won the presidential election",
  "won re-election"), never a share of it ("won 52% of the vote") or a past race ("won the 2017
  election"); its election is read as the occurrence at hand, else recalled.
- The occurrence recalled: "No one has claimed responsibility.", "It later denied involvement."
  (`patient_recall`): with no occurrence at hand, the one the clause, else the text shortly
  before, named last.
"""

from __future__ import annotations

from typing import Any

import regex as re

from ..grammar import section
from ..lexicon import Lexicon, fold
from ..normalise.entities import Mention
from .event_frames import cause_occurrence
from .event_roles import EventHit, _agent_by, _occurrence_word

G = section("claimed_acts")

_NOBODY_BEFORE = G.re("nobody_before")
_OBJECT_GAP = G.re("object_gap")
_BEFORE_GAP = G.re("before_gap")
_BY_NAME = G.re("by_name")
_ACTS_FOR = G.re("acts_for")
_RACE_OBJECT = G.re("race_object")

NOBODY = "no one"  # the agent of "no group has claimed responsibility"


def recalled_occurrence(text: str, ss: int, se: int, t: tuple[int, int], lex: Lexicon) -> tuple[str, int] | None:
    """The occurrence an act is of: the first named after the trigger in its clause ("distanced
    the group from the attack"), else the last one named before it (its clause, then the text
    shortly before); its kind and where it stands."""
    for m in lex.occurrence_re.finditer(text, t[1], min(se, t[1] + 60)):
        if _OBJECT_GAP.fullmatch(text, t[1], m.start()):
            kind = _occurrence_word(m, -1, lex)
            if kind:
                return kind, m.end()
        break
    return cause_occurrence(text, ss, se, t, t, lex, None)


def nobody_did(
    text: str, ss: int, se: int, t: re.Match[str], etype: str, spec: dict[str, Any], lex: Lexicon
) -> EventHit | None:
    """'No group has claimed responsibility (for the attack)': the agent is no one, the patient the
    occurrence at hand or recalled; None when no `nobody` word is the trigger's subject."""
    m = _NOBODY_BEFORE.search(text, max(ss, t.start() - 50), t.start())
    if m is None or fold(" ".join(m.group("word").replace("-", " ").split())) not in _nobody_words(spec):
        return None
    occurrence = recalled_occurrence(text, ss, se, t.span(), lex)
    if occurrence is None:
        return None
    end = max(t.end(), occurrence[1]) if occurrence[1] > t.end() else t.end()
    trigger = " ".join(t.group(0).split())
    hit = EventHit(m.start("word"), end, etype, NOBODY, occurrence[0], trigger, t.start(), None, "verb")
    hit.nobody = True
    return hit


def claimed_by(
    text: str, ss: int, se: int, t: re.Match[str], etype: str, mentions: list[Mention], lex: Lexicon
) -> EventHit | None:
    """'An attack claimed by the Velm Front', 'the bombing was initially claimed by a commander': the
    occurrence right before the trigger is the patient, the phrase after "by" the agent; None when
    no occurrence stands there ("the lives claimed by the floods")."""
    found = list(lex.occurrence_re.finditer(text, max(ss, t.start() - 60), t.start()))
    if not found or not _BEFORE_GAP.fullmatch(text, found[-1].end(), t.start()):
        return None
    kind = _occurrence_word(found[-1], ss, lex)
    agent, end = _agent_by(text, t.end(), se, mentions)
    if agent is None:  # "claimed by the Velm Front group": the name after "by"
        name = _BY_NAME.match(text, t.end(), se)
        if name is not None and not name.group("name").endswith(("'s", "’s")):  # "Africa's deadliest group"
            agent, end = name.group("name"), name.end()
    if kind is None or agent is None:
        return None
    agent = lex.canonical(agent) or agent
    return EventHit(
        found[-1].start(),
        max(end, t.end()),
        etype,
        group_of_member(text, end, se, lex, True) or agent,
        kind,
        " ".join(t.group(0).split()),
        t.start(),
        None,
        "verb",
    )


def group_of_member(text: str, lo: int, hi: int, lex: Lexicon, right_after: bool = False) -> str | None:
    """The known group a claimant is said to speak for in ``text[lo:hi]`` ("Omar Dasht, a commander
    of the Velm Front, claimed ...", "claimed by Omar Dasht, a commander of the Velm Front"): a
    member's claim is the group's, so outlets naming either meet. ``right_after``: at ``lo`` only."""
    member = _ACTS_FOR.match(text, lo, hi) if right_after else _ACTS_FOR.search(text, lo, hi)
    return lex.canonical(member.group("group")) if member is not None else None


def _nobody_words(spec: dict[str, Any]) -> set[str]:
    return {fold(" ".join(w.replace("-", " ").split())) for w in spec.get("nobody") or []}


def won_race(text: str, ss: int, se: int, t: re.Match[str], word: str, spec: dict[str, Any], lex: Lexicon) -> bool:
    """Whether a verb of winning is said of a race: "won the runoff", not "won 52% of the vote"
    (`race_object` triggers need the race as their object; the others name it themselves)."""
    if word not in {fold(w) for w in spec.get("race_object") or []}:
        return True
    return _RACE_OBJECT.match(text, t.end(), se) is not None
