"""Headlines in title case read like the body: "Jones Must Pay Families $965 Million, Jury Says".

Many outlets capitalise every word of a headline, so a headline's common nouns look like names
("Families", "Toll", "Pilgrims") and never meet the same words in the body or in another outlet's
sentence-case headline. Truecasing by the document's own usage (a known technique: a word is
lowercased when the body writes it in lowercase) undoes that without a model: names stay as they
are, because the body never writes them in lowercase. The text keeps its length, so every offset,
span and quote stays valid.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z][a-z]*(?:['’-][A-Za-z]+)*")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z]*(?:['’-][a-z]+)*")
_MIN_WORDS = 3  # a headline of fewer long words says too little about its casing
_SHORT = 3  # "of", "to", "the", "and" stay in lowercase in most title-case styles
_SHARE = 0.8  # the share of its long words a title-case headline capitalises


def title_cased(line: str) -> bool:
    """Whether a line capitalises (nearly) every word of four letters or more."""
    long = [w for w in _WORD.findall(line) if len(w) > _SHORT]
    if len(long) < _MIN_WORDS:
        return False
    return sum(w[0].isupper() for w in long) >= _SHARE * len(long)


def truecase(text: str, spans: list[tuple[int, int]], body_start: int) -> str:
    """``text`` with each title-case span's capitalised words lowercased where the body, from
    ``body_start``, writes them in lowercase; the same text when no span is in title case."""
    spans = [(s, e) for s, e in spans if title_cased(text[s:e])]
    if not spans:
        return text
    used = set(_LOWER_WORD.findall(text, body_start))
    out = list(text)
    for s, e in spans:
        for m in _WORD.finditer(text, s, e):
            word = m.group(0)
            if word[0].isupper() and word.lower() in used:
                out[m.start() : m.end()] = word.lower()
    return "".join(out)
