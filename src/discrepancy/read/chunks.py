"""Shallow chunks over a sentence's tokens: noun phrases (head, lemma, modifiers, possessor) and verb
groups (lemma, voice, negation, modal), read once per sentence and shared by every extractor."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .tokens import CLAUSE_PUNCT, PARTICLES, QUALIFIERS, Token, is_plural, tokenize

_BE = frozenset({"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re"})
_GET = frozenset({"get", "gets", "got", "gotten", "getting"})
_NP_WORDS = frozenset({"ADJ", "NOUN", "PROPN"})
_MAX_NP = 5  # tokens in a noun phrase's modifiers and head
_MAX_LOOKBACK = 6  # tokens between a verb and the figure it governs


@dataclass(slots=True)
class NounPhrase:
    first: int  # token index of its first word (after any determiner)
    head: int  # token index of its head
    lemma: str  # the head's lemma ("hostages" -> "hostage"); an adjective head stays as written
    mods: list[str] = field(default_factory=list)  # lower-case words before the head
    possessor: str | None = None  # "Russia's troops" -> "Russia"


@dataclass(slots=True)
class VerbGroup:
    first: int  # token index of its first auxiliary or the verb
    head: int  # token index of the main verb
    lemma: str  # "were trapped" -> "trap"; "laid off" -> "lay off"; "were missing" -> "be missing"
    passive: bool = False
    negated: bool = False
    modal: bool = False
    complement: str | None = None  # "left homeless" -> "homeless"; "are missing" -> "missing"


class Reading:
    """One sentence, read once: its tokens and the chunks the extractors ask for."""

    __slots__ = ("text", "start", "end", "tokens", "_starts")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.tokens: list[Token] = tokenize(text, start, end)
        self._starts = [t.start for t in self.tokens]

    def index_at(self, offset: int) -> int:
        """The first token that starts at or after ``offset``."""
        return bisect.bisect_left(self._starts, offset)

    def index_before(self, offset: int) -> int:
        """The last token that ends at or before ``offset`` (-1 when none)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        while i >= 0 and self.tokens[i].end > offset:
            i -= 1
        return i

    def noun_phrase(self, i: int) -> NounPhrase | None:
        """The noun phrase that starts at token ``i``: modifiers and a head ("Singapore-flagged
        vessel", "injured passengers", "ethnic Armenians"); an adjective alone is a nominal head
        ("300 wounded", "the dead")."""
        toks = self.tokens
        while i < len(toks) and toks[i].tag == "DET":
            i += 1
        j = i
        while j < len(toks) and j - i < _MAX_NP and _modifier_or_head(toks, j):
            j += 1
            if is_plural(toks[j - 1]):
                break  # a plural noun is the head: "300 people homeless", "20 miners trapped"
        if j == i:
            return None
        head = j - 1
        while head > i and toks[head].tag == "ADJ" and toks[head].noun is None:
            head -= 1  # "people dead": the noun is the head
        t = toks[head]
        lemma = t.noun if t.tag in ("NOUN", "PROPN") and t.noun else t.lower
        return NounPhrase(i, head, lemma, [w.lower for w in toks[i:head]], _possessor(toks, i))

    def noun_phrase_ending(self, j: int) -> NounPhrase | None:
        """The noun phrase whose head is token ``j`` (for the subject before a verb)."""
        toks = self.tokens
        if j < 0 or toks[j].tag not in _NP_WORDS:
            return None
        i = j
        while i > 0 and j - i < _MAX_NP and toks[i - 1].tag in _NP_WORDS:
            i -= 1
        t = toks[j]
        lemma = t.noun if t.tag in ("NOUN", "PROPN") and t.noun else t.lower
        return NounPhrase(i, j, lemma, [w.lower for w in toks[i:j]], _possessor(toks, i))

    def verb_group(self, i: int) -> VerbGroup | None:
        """The verb group that starts at token ``i``: auxiliaries, adverbs, the verb, a particle or
        an adjective complement ("have been trapped", "were not injured", "left homeless")."""
        toks = self.tokens
        first, aux, negated, modal = i, [], False, False
        while i < len(toks) and (toks[i].tag == "AUX" or toks[i].tag == "ADV"):
            aux.append(toks[i].lower)
            negated |= toks[i].negation
            modal |= toks[i].modal
            i += 1
        if i >= len(toks):
            return None
        t = toks[i]
        if t.verb is None or t.tag in ("PROPN", "DET", "ADP", "PUNCT", "NUM"):
            if aux and (t.tag == "ADJ" or t.adj):  # "were dead", "are missing"
                return VerbGroup(first, i, "be", negated=negated, modal=modal, complement=t.lower)
            return None
        if t.tag == "NOUN" and not aux:
            return None
        passive = bool(set(aux) & (_BE | _GET)) and (t.lower.endswith(("ed", "en")) or t.verb != t.lower)
        lemma, head = t.verb, i
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        complement = None
        if nxt is not None and nxt.lower in PARTICLES:
            lemma, head = f"{lemma} {nxt.lower}", i + 1
        elif nxt is not None and nxt.tag == "ADJ" and nxt.verb is None:
            complement = nxt.lower  # "left homeless", "found dead"
        return VerbGroup(first, head, lemma, passive, negated, modal, complement)

    def verb_before(self, i: int) -> VerbGroup | None:
        """The verb that governs the phrase at token ``i`` as its object ("killed at least 20",
        "carrying around 2,000"): found leftwards over qualifiers only, within the clause."""
        toks = self.tokens
        j = i - 1
        while j >= 0 and i - j <= _MAX_LOOKBACK:
            t = toks[j]
            if t.lower in CLAUSE_PUNCT:
                return None
            if t.lower in PARTICLES and j > 0 and toks[j - 1].verb is not None:
                j -= 1  # "lay off 18,000": the particle belongs to the verb before it
                continue
            if t.tag == "VERB" or (t.verb is not None and t.tag not in ("NOUN", "PROPN") and t.lower not in QUALIFIERS):
                start = j
                while start > 0 and toks[start - 1].tag in ("AUX", "ADV"):
                    start -= 1
                vg = self.verb_group(start)
                return vg if vg is not None and vg.head >= j else None
            if t.lower not in QUALIFIERS and t.tag not in ("ADV",):
                return None
            j -= 1
        return None

    def describe(self) -> str:
        """The reading as lines of text, for ``discrepancy extract --explain``."""
        rows = [
            " ".join(f"{t.text}/{t.tag}" + (f"[{t.noun or t.verb}]" if (t.noun or t.verb) else "") for t in self.tokens)
        ]
        i = 0
        while i < len(self.tokens):
            np = self.noun_phrase(i) if self.tokens[i].tag in _NP_WORDS | {"DET"} else None
            vg = None if np else self.verb_group(i)
            if np is not None:
                rows.append(
                    f"  NP   {self._words(np.first, np.head)}  head={np.lemma}"
                    + (f" of={np.possessor}" if np.possessor else "")
                )
                i = np.head + 1
            elif vg is not None:
                flags = [f for f, on in (("passive", vg.passive), ("negated", vg.negated), ("modal", vg.modal)) if on]
                rows.append(
                    f"  VG   {self._words(vg.first, vg.head)}  lemma={vg.lemma}"
                    + (f" +{vg.complement}" if vg.complement else "")
                    + (f" ({', '.join(flags)})" if flags else "")
                )
                i = vg.head + 1
            else:
                i += 1
        return "\n".join(rows)

    def _words(self, a: int, b: int) -> str:
        return self.text[self.tokens[a].start : self.tokens[b].end]


def _modifier_or_head(toks: list[Token], j: int) -> bool:
    t = toks[j]
    if t.tag in _NP_WORDS:
        return True
    # a participle before a noun modifies it ("injured passengers", "displaced people")
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return t.tag == "VERB" and t.lower.endswith(("ed", "en")) and nxt is not None and nxt.tag == "NOUN"


def _possessor(toks: list[Token], i: int) -> str | None:
    """ "Russia's troops", "Gaza's health ministry": the name before a possessive mark."""
    if i >= 2 and toks[i - 1].lower in ("'s", "’s", "'", "’") and toks[i - 2].tag == "PROPN":
        return toks[i - 2].text
    if i >= 1 and toks[i - 1].tag == "PROPN" and toks[i - 1].lower.endswith(("'s", "’s")):
        return toks[i - 1].text[:-2]
    return None
