"""The modality of a claim: asserted, hedged ("could", "may", "feared"), planned ("will send"),
negated ("denied", "not"), or generic (a definition), read from cues in its clause before it and
from a modal verb after it. Cues are found once per sentence (``modality_cues``) and shared by
every claim in it."""

from __future__ import annotations

from ..grammar import section
from ..lexicon import Lexicon
from ..phrases import lowered

G = section("modality")

_MODAL_AFTER = G.re("modal_after")
_FEARED_WITHIN = G.re("feared_within")
_NEGATED_AFTER = G.re("negated_after")
_OBJECT_BEFORE = G.re("object_before")
_MONTH_MAY = G.re("month_may")
_DONE_AFTER = G.re("done_after")
_DECIDED = G.re("decided")
_BALLOT_OUTCOME = G.re("ballot_outcome")
_BALLOT_QUESTION = G.re("ballot_question")
_VERDICT_WORD = G.re("verdict_word")
_BOUNDARY = G.re("boundary")
_RANK = {"negated": 4, "generic": 3, "planned": 2, "hedged": 1}


def modality_cues(text: str, ss: int, se: int, lex: Lexicon) -> list[tuple[int, int, str]]:
    """Every modality cue of a sentence, found once for all the claims in it."""
    cues = lex.case_free["modality_re"].finditer(text, ss, se, lowered(text))
    return [(m.start(), m.end(), m.lastgroup or "hedged") for m in cues if not _not_a_cue(text, m.start(), m.end())]


def _not_a_cue(text: str, at: int, end: int) -> bool:
    """A cue "may" at ``at`` that is the month or a name ("in May 2023", "Theresa May's"), not a
    modal; "rejected" a vote's outcome ("96% rejected the contract"), not a denial; "the proposed
    contract": a cue that qualifies the question of a ballot."""
    if text.startswith("May", at):
        return _MONTH_MAY.match(text, at) is not None
    if _BALLOT_QUESTION.match(text, end) or _VERDICT_WORD.match(text, end):
        return True  # "the proposed contract", "not guilty" (a verdict)
    return text[at : at + 6].lower() == "reject" and _BALLOT_OUTCOME.match(text, end) is not None


def modality_at(
    text: str,
    ss: int,
    pos: int,
    lex: Lexicon,
    window: int = 60,
    end: int | None = None,
    cues: list[tuple[int, int, str]] | None = None,
) -> str:
    """The modality of a claim whose figure or verb starts at ``pos``: asserted unless a cue in the
    same clause, shortly before it, says otherwise, or a modal verb follows the claim as its verb
    ("up to 2 million people could need food", "surges of up to 4 metres are expected").
    ``cues`` are the sentence's cues when the caller has them (``modality_cues``)."""
    lo = max(ss, pos - window)
    if cues is None:
        found = lex.modality_re.finditer(text[lo:pos])
        cues = [
            (lo + m.start(), lo + m.end(), m.lastgroup or "hedged")
            for m in found
            if not _not_a_cue(text, lo + m.start(), lo + m.end())
        ]
    near = [c for c in cues if lo <= c[0] and c[1] <= pos]
    best, rank = "asserted", 0
    if any(kind == "generic" for _, _, kind in near):  # a definition governs its whole sentence part
        best, rank = "generic", _RANK["generic"]
    cuts = list(_BOUNDARY.finditer(text, lo, pos)) if near else []
    if cuts:
        near = [c for c in near if c[0] >= cuts[-1].end()]
    for _, _, kind in near:
        if _RANK.get(kind, 0) > rank:
            best, rank = kind, _RANK[kind]
    if best == "hedged" and all(_DECIDED.match(text, a) for a, _, kind in near if kind == "hedged"):
        best = "asserted"  # "the government will send 5,000 more soldiers": a decision announced
    after = _MODAL_AFTER.match(text, end, end + 50) if best == "asserted" and end is not None else None
    if after is not None and not _not_a_cue(text, after.end() - 3, after.end()):
        best = "hedged"
    elif best == "asserted" and end is not None and _FEARED_WITHIN.search(text, pos, end):
        best = "hedged"  # "Hundreds feared dead": a fear, not a toll
    elif best == "asserted" and end is not None and _NEGATED_AFTER.match(text, end, end + 60):
        best = "asserted" if _OBJECT_BEFORE.search(text, max(ss, pos - 40), pos) else "negated"
    elif best in ("hedged", "planned") and end is not None and _DONE_AFTER.match(text, end, end + 50):
        best = "asserted"  # "will send 5,000 more to help 2,500 soldiers who have already been deployed"
    return best
