"""The company an officer who speaks for it is named with ("Velmco's CEO Ada Ruhl", "Velmco chief
executive Ada Ruhl wrote"): a dated statement of the officer keys by the company, as another outlet
quoting the company would (src/discrepancy/extract/date_claims.py)."""

from __future__ import annotations

import regex as re

from ..lexicon import Lexicon, fold, per_lexicon
from ..read import NounPhrase, Reading

_SUFFIX = re.compile(r"(?i)(?:['’]s|\.com|\s+(?:inc|corp|corporation|co|ltd|plc|llc|ag|sa)\.?)+$")


@per_lexicon
def _officers(lex: Lexicon) -> frozenset[str]:
    return frozenset(fold(w) for w in (lex.raw.get("speakers") or {}).get("officers") or [])


def company_speaking(reading: Reading, who: NounPhrase, lex: Lexicon) -> str | None:
    """The company a speaker named with an officer's title speaks for ("Velmco's CEO Ada Ruhl",
    "Velmco chief executive Ada Ruhl", "Velmco will cut 900 jobs, CEO Ada Ruhl wrote"): the name
    that owns the title, else the name that is the subject of an earlier clause of the sentence.
    None when the speaker holds no officer's title or no such name is there: he speaks for himself."""
    mods = [fold(m) for m in who.mods]
    at = next(
        (k for k in range(len(mods)) for o in _officers(lex) if mods[k : k + len(o.split())] == o.split()),
        None,
    )
    if at is None:
        return None
    toks = reading.tokens
    owner = [toks[who.first + k].text for k in range(at) if who.first + k < who.head]
    if who.possessor:
        name = who.possessor
    elif owner and all(w[:1].isupper() for w in owner):
        name = " ".join(owner)  # "Velmco CEO Ada Ruhl"
    else:
        name = _subject_name(reading, who.first)
    name = _SUFFIX.sub("", name).strip()
    if not name or fold(name) in lex.alias:
        return None  # a place or a party the lexicon knows is no company
    return name.lower()


def _subject_name(reading: Reading, end: int) -> str:
    """The first run of capitalised words before token ``end`` that is a clause's subject: a verb
    follows it ("Velmco will cut"), or it owns the next word ("Velmco's layoffs")."""
    toks = reading.tokens
    k = 0
    while k < end:
        if not toks[k].text[:1].isupper() or toks[k].tag in ("DET", "PRON", "NUM"):
            k += 1
            continue
        j = k
        while j < end and toks[j].text[:1].isupper():
            j += 1
        run = " ".join(t.text for t in toks[k:j])
        if j < end and (toks[j].tag in ("VERB", "AUX") or run.endswith(("'s", "’s"))):
            return run
        k = j
    return ""
