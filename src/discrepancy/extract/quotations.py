"""Quotations: the same words quoted by several outlets, and who they put them in the mouth of.

A quotation of at least a few words ("with a firm hand", "we have decided to end the regime") is
an event of type ``quote`` (lexicon/events.yaml): its patient is the quoted words, folded (case,
accents and punctuation go, so two outlets' transcriptions of one statement meet), and its agent
is the speaker the sentence names. Two outlets quoting the same words from the same speaker agree;
from two named people, they disagree (rules/event/event-roles.yaml compares the speakers).
The claim's span runs from the quotation to the end of an attribution right after it ("...,"
said Colonel Amir Dara), so the quote and its speaker are seen together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..grammar import section
from ..lexicon import Lexicon
from ..models import Claim, EventValue
from ..text import unaccented

G = section("quotations")

_QUOTED = G.re("quoted")
_WORD = G.re("word")
_SAID_AFTER = G.re("said_after")
_MIN_WORDS = 4  # "talks", "fit of temper": scare quotes, not a statement
_KEY_WORDS = 8  # outlets cut a long quotation at different places: its opening words key it


@dataclass(frozen=True)
class Quotation:
    start: int
    end: int
    key: str  # the quotation's opening words, folded
    speaker: str | None  # the name right after it (", said Colonel Amir Dara"), titles and all


def _fold(word: str) -> str:
    return unaccented(word.lower())


def find_quotations(text: str, body_start: int) -> list[Quotation]:
    """Every quotation of the body long enough to be a statement, with an attribution after it."""
    out = []
    for m in _QUOTED.finditer(text, body_start):
        words = _WORD.findall(m.group("q"))
        if len(words) < _MIN_WORDS:
            continue
        said = _SAID_AFTER.match(text, m.end())
        end = said.end() if said else m.end()
        speaker = said.group("who") if said else None
        key = " ".join(_fold(w) for w in words[:_KEY_WORDS])  # only the words the key keeps are folded
        out.append(Quotation(m.start(), end, key, speaker))
    return out


def quotation_claims(text: str, body_start: int, source: str, make: Callable[..., Claim], lex: Lexicon) -> list[Claim]:
    """A claim for each quotation: its speaker is the name right after it, else the one the
    sentence names (none when the claim falls back on the outlet, which quotes but does not speak)."""
    claims = []
    for q in find_quotations(text, body_start):
        ev = EventValue(type="quote", patient=q.key, trigger="quotation")
        claim = make("event", q.start, q.end, f"event:quote|patient={q.key}", f"quote “{q.key}”", q.start, event=ev)
        speaker = lex.titles_re.sub("", q.speaker).strip() if q.speaker else claim.speaker
        if speaker and speaker != source:
            claim = claim.model_copy(update={"event": ev.model_copy(update={"agent": speaker})})
        claims.append(claim)
    return claims
