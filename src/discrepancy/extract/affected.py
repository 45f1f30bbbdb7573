"""Who a measure hits: "the cuts include warehouse workers" and "the layoffs will affect the
corporate workforce rather than hourly warehouse workers" disagree on whether warehouse workers
are cut.

A sentence about cuts (a word of `cuts` in grammar/affected.yaml, in it or, for a sentence opening
on "These" or "They", in the one before) that says what they include or affect names groups of
people from a closed list (the `patients` of type ``affected`` in lexicon/events.yaml, each with
its wordings: "distribution workers" are warehouse workers). A group after "rather than", "not" or
"excluding", or after a negated verb ("will not affect"), is left out; the others are included.
Each group is an event claim keyed by the group, whose agent says "included" or "excluded": two
outlets that put one group on both sides disagree (rules/event/affected-groups.yaml).
"""

from __future__ import annotations

from collections.abc import Callable

import regex as re

from ..grammar import section
from ..lexicon import Lexicon, fold
from ..models import Claim, EventValue
from ..phrases import CaseFree, compile_pattern, lowered
from ..read.screen import screened
from .event_frames import Listed, listed

G = section("affected")

_CUTS = G.re("cuts")
_BACK = G.re("back_reference")
_INCLUDE = G.re("include")
_EXCLUDE = G.re("exclude")
_NEGATED = G.re("negated")
# A word of cuts anywhere in the article, found by one scan before any sentence is read: most
# articles have none, and then no sentence's verb is looked for. Without its closing word boundary
# the pattern finds in the whole text at least what it finds in any part of it (nothing else in it
# reads past a match, and a search from a sentence's start sees the character before it); a
# pattern of another shape is not shortened and never skips an article.
_ANY_CUTS = compile_pattern(_CUTS.pattern.removesuffix(r"\b")) if _CUTS.pattern.endswith(r")\b") else None
_ANY_CUTS_SCAN = CaseFree(_ANY_CUTS) if _ANY_CUTS is not None else None  # on the lower-cased text
# and before it, a search for each of its words from its first letter (the scan opens with a word
# boundary, which the engine tries at every position): most articles hold none of them
_CUT_WORDS = (
    screened(_ANY_CUTS, "(?:") if _ANY_CUTS is not None and _ANY_CUTS.pattern.startswith(r"(?i)\b(?:") else None
)

_LISTED: dict[int, tuple[Lexicon, Listed]] = {}  # a lexicon's groups, compiled once


def _groups(lex: Lexicon, patients: dict[str, list[str]]) -> Listed:
    got = _LISTED.get(id(lex))
    if got is None or got[0] is not lex:
        got = _LISTED[id(lex)] = (lex, listed(patients))
    return got[1]


def affected_claims(text: str, sents: list[tuple[int, int]], lex: Lexicon, make: Callable[..., Claim]) -> list[Claim]:
    spec = lex.event_types.get("affected")
    if not spec or not spec.get("patients"):
        return []
    if _CUT_WORDS is not None and not _CUT_WORDS.passes(text, 0, len(text)):
        return []
    if _ANY_CUTS_SCAN is not None and next(_ANY_CUTS_SCAN.finditer(text, low=lowered(text)), None) is None:
        return []
    groups = _groups(lex, spec["patients"])
    out: list[Claim] = []
    for k, (ss, se) in enumerate(sents):
        cue = _cue(text, sents, k)
        if cue is None:
            continue
        cut = _EXCLUDE.search(text, cue.end(), se)
        negated = _NEGATED.search(text, max(ss, cue.start() - 15), cue.start()) is not None
        for m in groups.forms.finditer(text, cue.end(), se):
            excluded = negated or (cut is not None and m.start() >= cut.end())
            group = groups.canonical[fold(m.group(0))]
            answer = "excluded" if excluded else "included"
            ev = EventValue(type="affected", agent=answer, patient=group, trigger=" ".join(cue.group(0).split()))
            label = f"affected: {group}"
            claim = make("event", m.start(), m.end(), f"event:affected|patient={group}", label, cue.start(), event=ev)
            if negated and claim.modality == "negated":  # "will not affect X": X is left out, a fact
                claim = claim.model_copy(update={"modality": "asserted"})
            out.append(claim)
    return out


def _cue(text: str, sents: list[tuple[int, int]], k: int) -> re.Match[str] | None:
    """The verb saying what the cuts of sentence ``k`` include or affect, when the sentence is
    about cuts: they are its subject ("The layoffs will affect"), or it opens on "These" or
    "They" after a sentence about cuts ("... show the door to staff. These include ...")."""
    ss, se = sents[k]
    cue = _INCLUDE.search(text, ss, se)
    if cue is None:
        return None
    if _CUTS.search(text, ss, cue.start()):
        return cue
    if k > 0 and _BACK.match(text, ss, se) and _CUTS.search(text, *sents[k - 1]):
        return cue
    return None
