"""Shallow chunks over a sentence's tokens: noun phrases (head, lemma, modifiers, possessor) and verb
groups (lemma, voice, negation, modal), read once per sentence and shared by every extractor."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .tokens import (
    CLAUSE_OPENERS,
    CLAUSE_PUNCT,
    ESTIMATING_VERBS,
    LEVEL_CHANGES,
    LEVEL_LINKS,
    PARTICLES,
    QUALIFIERS,
    REPORTING_VERBS,
    SIZE_VERBS,
    Token,
    is_plural,
    tokenize,
)

_BE = frozenset({"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re"})
_GET = frozenset({"get", "gets", "got", "gotten", "getting"})
_NP_WORDS = frozenset({"ADJ", "NOUN", "PROPN"})
_MAX_NP = 5  # tokens in a noun phrase's modifiers and head
_MAX_LOOKBACK = 6  # tokens between a verb and the figure it governs
_OPEN_QUOTES = frozenset({'"', "“", "‘"})
_MAX_LEVEL_GAP = 12  # tokens between a verb of change and its new level ("rose by three points to")
_MAX_SUBJECT = 24  # tokens between a clause's subject and its verb
_MAX_OBJECT = 12  # tokens between a verb of estimating and the "at" of its figure
# qualifiers that are part of a phrase, not of a figure: "the total of", "to", "as"
_NOT_FIGURE_QUALIFIERS = frozenset({"at", "of", "the", "total", "to", "as"})


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

    def breaks_phrase(self, j: int) -> bool:
        """Token ``j`` is a mark that ends a phrase (a comma, a colon, a dash), not a hyphen inside a
        word ("the collapse of a 12-story building on June 24": one phrase)."""
        t = self.tokens[j]
        if t.lower == "-":
            return self.text[t.start - 1 : t.start].isspace() or self.text[t.end : t.end + 1].isspace()
        return t.lower in (",", ";", ":", "–", "—")

    def noun_phrase(self, i: int, limit: int | None = None) -> NounPhrase | None:
        """The noun phrase that starts at token ``i``: modifiers and a head ("Singapore-flagged
        vessel", "injured passengers", "ethnic Armenians"); an adjective alone is a nominal head
        ("300 wounded", "the dead")."""
        toks = self.tokens
        stop = len(toks) if limit is None else min(limit, len(toks))
        while i < stop and toks[i].tag == "DET":
            i += 1
        j = i
        while j < stop and j - i < _MAX_NP and _modifier_or_head(toks, j):
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
        if nxt is not None and nxt.lower in PARTICLES and not self._qualifies_figure(i):
            lemma, head = f"{lemma} {nxt.lower}", i + 1
        elif nxt is not None and nxt.tag == "ADJ" and nxt.verb is None:
            complement = nxt.lower  # "left homeless", "found dead"
        return VerbGroup(first, head, lemma, passive, negated, modal, complement)

    def _qualifies_figure(self, i: int) -> bool:
        """Whether the word after the size verb at token ``i`` qualifies a figure rather than
        completing the verb ("stood over 60 feet high": more than 60 feet; "took over" is a verb)."""
        toks = self.tokens
        return (
            toks[i].verb in SIZE_VERBS
            and i + 2 < len(toks)
            and toks[i + 1].lower == "over"
            and toks[i + 2].tag == "NUM"
        )

    def verb_before(self, i: int) -> VerbGroup | None:
        """The verb that governs the phrase at token ``i`` as its object ("killed at least 20",
        "carrying around 2,000"): found leftwards over qualifiers only, within the clause."""
        toks = self.tokens
        j, coordinated = i - 1, False
        while j >= 0 and i - j <= _MAX_LOOKBACK:
            t = toks[j]
            if t.lower in _OPEN_QUOTES and all(toks[k].lower in QUALIFIERS for k in range(j + 1, i)):
                j -= 1  # 'will eliminate "just over 18,000 roles"': a quotation opens on the object
                continue
            if t.lower in CLAUSE_PUNCT:
                return None
            if t.lower == "and" and not coordinated and (k := self._conjunct_start(j - 1)) is not None:
                j, coordinated = k - 1, True  # "shot down a plane and six helicopters": the verb of both
                continue
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

    def _conjunct_start(self, j: int) -> int | None:
        """Where the noun phrase ending at token ``j`` starts, with its article or figure: the first
        conjunct of "a transport plane and six helicopters", "20 soldiers and 30 civilians"."""
        np = self.noun_phrase_ending(j)
        if np is None or self.tokens[np.head].tag != "NOUN":
            return None
        k = np.first
        while k > 0 and self.tokens[k - 1].tag in ("DET", "NUM") and np.first - k < 2:
            k -= 1
        return k

    def level_verb(self, i: int) -> VerbGroup | None:
        """The verb whose new level the figure at token ``i`` states: "has gone up to 2,497", "now
        stand at 288", "rose by two points to 34%", "fell from 40 percent in 2019 to 25 percent"."""
        toks = self.tokens
        links: list[int] = []
        j = i - 1
        while j >= 0 and toks[j].lower in QUALIFIERS:
            if toks[j].lower in LEVEL_LINKS:
                links.append(j)
            j -= 1
        if not links or j < 0:
            return None
        seen = False
        for k in range(j, max(-1, i - _MAX_LEVEL_GAP), -1):
            if toks[k].lower in CLAUSE_PUNCT:
                return None
            if toks[k].tag == "VERB" and not _after_figure(toks, k):
                seen = True
                start = k
                while start > 0 and toks[start - 1].tag in ("AUX", "ADV"):
                    start -= 1
                vg = self.verb_group(start)
                if vg is None or vg.head < k:
                    return None
                after = vg.head + 1
                while after < len(toks) and toks[after].tag == "ADV":
                    after += 1  # "rose sharply to 12%", "have fallen steeply from 80 to 40 per cent"
                nxt = toks[after].lower if after < len(toks) else ""
                # the verb reaches the level directly, or after the size or start of its change
                if after in links or nxt in LEVEL_CHANGES:
                    return vg
        t = toks[j]
        if (
            not seen
            and t.verb is not None
            and t.tag == "NOUN"
            and j > 0
            and toks[j - 1].tag not in ("DET", "ADJ", "NUM", "ADP")
        ):
            return VerbGroup(j, j, t.verb)  # "the figures now stand at 288": a verb the tagger took for a noun
        return None

    def estimate_frame(self, i: int) -> tuple[VerbGroup, NounPhrase] | None:
        """The verb of estimating that sets the figure at token ``i`` as the value of a noun, and
        that noun: the verb's object ("officials put the death toll on Friday at 21", "the agency
        places the number of homes destroyed at 1,200") or the subject of its passive or participle
        ("the damage was put at $5 billion", "final death toll from the collapse put at 98")."""
        at = self._at_before(i)
        if at is None or at == 0:
            return None
        toks = self.tokens
        if _estimating(toks[at - 1]):
            vg = self._group_ending(at - 1)
            if vg is None or vg.first == 0:
                return None
            if vg.passive or any(toks[k].lower in _BE | _GET for k in range(vg.first, vg.head)):
                subject = self.clause_subject(vg.first)  # "the cost of repairs was put at"
            else:  # "losses pegged at", "toll from the collapse put at": a participle after its noun
                subject = self._complemented(vg.first - 1)
            return (vg, subject) if subject is not None else None
        for m in range(at - 1, max(-1, at - _MAX_OBJECT), -1):
            t = toks[m]
            if t.lower in CLAUSE_PUNCT or t.tag == "AUX":
                return None
            if _estimating(t) or _estimating_noun(toks, m):
                vg = self._group_ending(m) if t.tag != "NOUN" else VerbGroup(m, m, t.verb or t.lower)
                obj = self.noun_phrase(m + 1, limit=at) if vg is not None and not vg.passive else None
                return (vg, obj) if vg is not None and obj is not None else None
            if t.tag == "VERB" and not _postmodifier(toks, m):
                return None
        return None

    def _complemented(self, j: int) -> NounPhrase | None:
        """The noun phrase ending at token ``j``, or the one it completes through "of", "from",
        "in" or "for" ("the death toll from the building collapse": "death toll")."""
        np = self.noun_phrase_ending(j) if j >= 0 and self.tokens[j].tag == "NOUN" else None
        while np is not None:
            k = np.first - 1
            while k >= 0 and self.tokens[k].tag == "DET":
                k -= 1
            if k < 1 or self.tokens[k].lower not in ("of", "from", "in", "for"):
                return np
            outer = self.noun_phrase_ending(k - 1)
            if outer is None or self.tokens[outer.head].tag != "NOUN":
                return np
            np = outer
        return None

    def _at_before(self, i: int) -> int | None:
        """The "at" before the figure at token ``i``, across the figure's qualifiers ("at more
        than", "at an estimated"); "at least" is a qualifier, not the link."""
        toks = self.tokens
        for j in range(i - 1, max(-1, i - 5), -1):
            w = toks[j].lower
            if w == "at" and toks[j + 1].lower not in ("least", "most"):
                return j
            if w not in QUALIFIERS or w in _NOT_FIGURE_QUALIFIERS:
                return None
        return None

    def _group_ending(self, k: int) -> VerbGroup | None:
        """The verb group whose verb is token ``k``, with the auxiliaries and adverbs before it."""
        start = k
        while start > 0 and self.tokens[start - 1].tag in ("AUX", "ADV"):
            start -= 1
        vg = self.verb_group(start)
        return vg if vg is not None and vg.head >= k else None

    def clause_subject(self, i: int) -> NounPhrase | None:
        """The subject of the clause whose verb group starts at token ``i``: the first noun phrase
        after the clause opens ("said the death toll in the quake that struck on Monday has
        risen": "death toll"). A relative clause ("that struck ...") is passed over to the phrase
        it qualifies; a possessor is kept as such ("Labour's vote share": "vote share")."""
        toks = self.tokens
        for j in range(i - 1, max(-1, i - _MAX_SUBJECT), -1):
            if toks[j].lower in CLAUSE_PUNCT or not (j == 0 or self._opens_clause(j - 1)):
                continue
            np = self.noun_phrase(j, limit=i)
            if np is not None:
                after = np.head + 1
                if after + 1 < i and toks[after].lower in ("'s", "’s", "'", "’"):
                    np = self.noun_phrase(after + 1, limit=i) or np  # "Labour 's vote share"
                return np
        return None

    def _opens_clause(self, k: int) -> bool:
        t = self.tokens[k]
        if t.lower in CLAUSE_PUNCT:
            return True
        if t.lower in CLAUSE_OPENERS:
            # "the quake that struck the valley": a relative clause, whose subject is the phrase before
            nxt = self.tokens[k + 1] if k + 1 < len(self.tokens) else None
            return not (nxt is not None and (nxt.tag == "VERB" or nxt.verb is not None and nxt.tag != "PROPN"))
        return t.tag == "VERB" and t.verb in REPORTING_VERBS

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


def _estimating(t: Token) -> bool:
    """A verb of estimating ("put", "placed", "pegged"), not a noun that shares its spelling ("the
    estimate", "a set")."""
    return t.verb in ESTIMATING_VERBS and t.tag not in ("NOUN", "PROPN", "ADJ")


def _estimating_noun(toks: list[Token], m: int) -> bool:
    """A verb of estimating the tagger took for a noun, between a subject and its object
    ("US intelligence estimates the toll at"): a plural form after a noun, before no preposition."""
    t = toks[m]
    return (
        t.tag == "NOUN"
        and t.verb in ESTIMATING_VERBS
        and t.lower.endswith("s")
        and 0 < m < len(toks) - 1
        and toks[m - 1].tag in ("NOUN", "PROPN")
        and toks[m + 1].tag not in ("ADP", "PUNCT", "AUX", "VERB")
    )


def _postmodifier(toks: list[Token], m: int) -> bool:
    """A participle after a noun or "of", inside a phrase ("the number of homes destroyed", "the
    number of injured"), not a clause's verb."""
    return m > 0 and toks[m].lower.endswith(("ed", "en", "ing")) and toks[m - 1].tag in ("NOUN", "ADP")


def _modifier_or_head(toks: list[Token], j: int) -> bool:
    t = toks[j]
    if t.tag in _NP_WORDS:
        return True
    # a participle before a noun modifies it ("injured passengers", "displaced people")
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return t.tag == "VERB" and t.lower.endswith(("ed", "en")) and nxt is not None and nxt.tag == "NOUN"


def _after_figure(toks: list[Token], k: int) -> bool:
    """A word right after a figure and its modifiers is a noun, whatever else it can be: "three
    percentage points", "40 units"."""
    j = k - 1
    while j >= 0 and k - j <= 3 and toks[j].tag in ("NOUN", "ADJ"):
        j -= 1
    return j >= 0 and toks[j].tag == "NUM"


def _possessor(toks: list[Token], i: int) -> str | None:
    """ "Russia's troops", "Gaza's health ministry": the name before a possessive mark."""
    if i >= 2 and toks[i - 1].lower in ("'s", "’s", "'", "’") and toks[i - 2].tag == "PROPN":
        return toks[i - 2].text
    if i >= 1 and toks[i - 1].tag == "PROPN" and toks[i - 1].lower.endswith(("'s", "’s")):
        return toks[i - 1].text[:-2]
    return None
