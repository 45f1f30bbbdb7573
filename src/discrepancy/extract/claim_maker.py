"""A claim read off one document, built with what every claim of its sentence shares: where it
stands (line, column, the sentence's text), who says it (the sentence's attributions) and how
(the sentence's modality cues). Each is read on first demand, once per sentence."""

from __future__ import annotations

import bisect
from typing import Any

from ..lexicon import Lexicon
from ..models import PUBLICATION_DATE, Claim, Document, Span, TimeRef, claim_id
from ..text import LineIndex
from .attribution import attributions, concessive_openers, quoted_speaker, speaker_for
from .modality import modality_at, modality_cues

# Who a pronoun ("he said") refers to depends on the speaker named last in the sentences before.
# A sentence's attributions are read once with this marker standing for that speaker, so that they
# can be read for the sentences that hold claims only, and the speaker named last worked out from
# the sentences before as far back as the last one that names its speaker (half the sentences of a
# generated corpus, an eighth of the news set, are never read). A string of its own, told by its
# identity: no speaker read from a text is this object.
_PRONOUN = "".join(("\x00", "the speaker named last"))

Attribution = tuple[int, str]  # where in the text, who


def published_ref(doc: Document) -> TimeRef:
    if doc.published is None:
        return TimeRef(expression="publication date unknown", resolved=False)
    return TimeRef(start=doc.published, end=doc.published, granularity="day", expression=PUBLICATION_DATE)


class Read:
    """What a :class:`ClaimMaker` has read of its document's text, sentence by sentence: none of it
    depends on the publication date, so an undated article's second reading, at the time its story
    places it at, starts from its first's (``reread.py``)."""

    __slots__ = ("marked", "last", "speakers", "modalities", "cues")

    def __init__(self) -> None:
        self.marked: dict[int, list[Attribution]] = {}  # a sentence's attributions, pronouns marked
        self.last: dict[int, str | None] = {}  # the speaker named last up to a sentence, it included
        self.speakers: dict[int, list[Attribution]] = {}
        self.modalities: dict[tuple[int, int, int | None], str] = {}
        self.cues: dict[int, list[tuple[int, int, str]]] = {}  # a sentence's modality cues, found once

    def __getstate__(self) -> tuple[object, ...]:
        return self.marked, self.last, self.speakers, self.modalities, self.cues

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        self.marked, self.last, self.speakers, self.modalities, self.cues = state
        for attrs in self.marked.values():  # the marker is told by identity: a copy is made it again
            attrs[:] = [(at, _PRONOUN if s == _PRONOUN else s) for at, s in attrs]


class ClaimMaker:
    """Claims of one document: ``make(kind, start, end, subject, label, pos, **values)``; ``read``:
    what an earlier reading of the same text found (see :class:`Read`)."""

    def __init__(
        self,
        doc: Document,
        sents: list[tuple[int, int]],
        headline_sentences: set[int],
        lex: Lexicon,
        read: Read | None = None,
    ):
        self.doc, self.sents, self.lex = doc, sents, lex
        self.headline_sentences = headline_sentences
        self.starts = [s for s, _ in sents]
        self.lines = LineIndex(doc.text)
        self.read = read = read or Read()
        self._marked, self._last, self._speakers = read.marked, read.last, read.speakers
        self._modalities, self._cues = read.modalities, read.cues
        self._sentence_texts: dict[int, str] = {}  # one string per sentence, shared by its claims
        self._opens: dict[int, list[int | None]] = {}  # where the concessive clause of each attribution opens

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def modality(self, ss: int, pos: int, end: int | None = None) -> str:
        key = (ss, pos, end)
        if key not in self._modalities:
            if ss not in self._cues:
                self._cues[ss] = modality_cues(self.doc.text, ss, self.sents[self.sentence_of(ss)][1], self.lex)
            self._modalities[key] = modality_at(self.doc.text, ss, pos, self.lex, end=end, cues=self._cues[ss])
        return self._modalities[key]

    def speakers(self, i: int) -> list[Attribution]:
        """Sentence ``i``'s attributions, in order, as reading every sentence in turn gives them."""
        if i not in self._speakers:
            marked = self._attributions(i)
            # the sentences before are read only for a pronoun's speaker ("he said"): most claims'
            # sentences name theirs or none, and need nothing of what came before
            named = all(s is not _PRONOUN for _, s in marked)
            self._speakers[i] = marked if named else _resolved(marked, self._last_through(i - 1))
        return self._speakers[i]

    def _speaker(self, i: int, pos: int) -> str | None:
        """The speaker sentence ``i`` names for a claim at ``pos``: what holds for all its claims
        (its attributions, the clause each stands in) is read once."""
        attrs = self.speakers(i)
        if not attrs:
            return None
        if i not in self._opens:
            self._opens[i] = concessive_openers(self.doc.text, attrs)
        return speaker_for(self.doc.text, attrs, pos, self._opens[i])

    def _attributions(self, i: int) -> list[Attribution]:
        if i not in self._marked:
            ss, se = self.sents[i]
            self._marked[i] = attributions(self.doc.text, ss, se, self.lex, _PRONOUN)
        return self._marked[i]

    def _last_through(self, i: int) -> str | None:
        """The speaker named last in sentences 0..i: read back to a sentence whose last attribution
        names its speaker (or the start), then forward, as one pass over every sentence has it."""
        back: list[int] = []
        while i >= 0 and i not in self._last:
            attrs = self._attributions(i)
            if attrs and all(s is not _PRONOUN for _, s in attrs):
                self._last[i] = attrs[-1][1]
                break
            back.append(i)
            i -= 1
        last = self._last[i] if i >= 0 else None
        for k in reversed(back):
            resolved = _resolved(self._attributions(k), last)
            last = resolved[-1][1] if resolved else last
            self._last[k] = last
        return last

    def __call__(self, kind: str, start: int, end: int, subject: str, label: str, pos: int, **values: object) -> Claim:
        doc, text = self.doc, self.doc.text
        i = self.sentence_of(start)
        ss, se = self.sents[i]
        if i not in self._sentence_texts:
            self._sentence_texts[i] = text[ss:se]
        line, col = self.lines.position(start)
        speaker = self._speaker(i, pos) or quoted_speaker(text, pos, self.lex) or doc.source
        span = Span(
            path=doc.path,
            start=start,
            end=end,
            line=line,
            column=col,
            quote=text[start:end],
            sentence=self._sentence_texts[i],
            record_line=doc.record_line,
        )
        return Claim(
            id=claim_id(doc.id, start, end, kind, subject),
            kind=kind,  # type: ignore[arg-type]
            subject=subject,
            subject_label=label,
            source=doc.source,
            published=doc.published,
            speaker=speaker,
            modality=self.modality(ss, pos, end if kind == "quantity" else None),  # type: ignore[arg-type]
            document=doc.id,
            span=span,
            headline=i in self.headline_sentences,
            extractor=kind,
            **values,  # type: ignore[arg-type]
        )


def _resolved(marked: list[Attribution], last: str | None) -> list[Attribution]:
    """Attributions read with the pronoun marker, as read with ``last``: a pronoun is ``last``'s,
    or no attribution when no speaker was named before; sorted as ``attributions`` sorts them."""
    if all(s is not _PRONOUN for _, s in marked):
        return marked
    if last is None:
        return [a for a in marked if a[1] is not _PRONOUN]  # already in order
    return sorted((o, last if s is _PRONOUN else s) for o, s in marked)
