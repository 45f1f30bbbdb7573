"""The acronyms an article defines for the names of organisations: "Imran Khan's Pakistan
Tehreek-e-Insaf (PTI)" names one owner twice, so a count it owns under the full name keeps the
acronym beside it ("Pakistan Tehreek-e-Insaf (PTI)"), and a story joins it with the counts other
outlets give "PTI" (``group_owners``). Initials are never guessed from a name the article does not
define: on a blind set that joined two owners of one story."""

from __future__ import annotations

import re

from ..grammar import section
from ..lexicon import Lexicon

G = section("acronyms")
_DEFINED = G.re("defined")


def defined_acronyms(text: str, start: int, lex: Lexicon) -> dict[str, str]:
    """Each name the article defines an acronym for -> the acronym. Keyed by the name as written,
    never by its owner key, which two names may share ("Indian National Congress" and "National
    Democratic Alliance" are both "National")."""
    out: dict[str, str] = {}
    for m in _DEFINED.finditer(text, start):
        full, acr = m.group("full"), m.group("acr")
        if lex.canonical(acr) is not None:
            continue  # an acronym the lexicon knows names what it knows ("INDIA", the bloc, is not India)
        words = full.split()
        while words and words[0].lower() == "the":
            words = words[1:]
        name = _initialled(words, acr)
        if name:
            out.setdefault(name, acr)
    return out


def acronym_of(owner: str, acronyms: dict[str, str]) -> str | None:
    """The acronym the article defined for an owner's name: the name itself, or one it ends with
    ("Imran Khan's Pakistan Tehreek-e-Insaf" ends with "Pakistan Tehreek-e-Insaf")."""
    if owner in acronyms:
        return acronyms[owner]
    return next((acr for name, acr in acronyms.items() if owner.endswith(" " + name)), None)


def _initialled(words: list[str], acr: str) -> str | None:
    """The shortest tail of ``words`` whose capitalised parts' initials spell the acronym, in order
    ("Imran Khan’s Pakistan Tehreek-e-Insaf" for PTI: "Pakistan Tehreek-e-Insaf"), or None."""
    letters = acr.replace("-", "").upper()
    for i in range(len(words) - 1, -1, -1):
        caps = "".join(p[0] for w in words[i:] for p in re.split(r"[-’']", w) if p[:1].isupper())
        if caps == letters:
            return " ".join(words[i:])
    return None
