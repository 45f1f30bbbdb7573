"""What an undated article's first reading keeps for its second.

An undated article is read twice: as it comes (its claims cluster it into a story and place it in
time) and again at the time its story places it at (``compare.placed``). Two parts of its reading
are kept from the first for the second, on the document (pickled with it to a pool's or a
cluster's worker, or to the spill file):

- what its claims' sentences say of who speaks and how (:class:`claim_maker.Read`), which reads the
  text alone;
- its figures (:func:`find_quantities`, about half of extraction), which depend on the article's
  dates only through where they stand and whether they open a span ("since March"), as the time it
  is placed at rarely changes: the second reading takes copies of the first's when those are the
  same, and reads the figures again otherwise.

The claims come out as a second full reading gives them.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from ..lexicon import Lexicon
from ..models import Document
from .claim_maker import Read
from .dates import DateMention
from .figure import QuantityHit

# what the figures' reading takes from the dates and the article's occurrence
Key = tuple[tuple[tuple[int, int, bool], ...], str | None]


class Kept:
    """What an undated article's first reading found that its second may take, and what it was
    read from: the text, its body's start and title, and the lexicon (by identity: the processes
    of one run share the one their parent loaded, forked from it; a kept reading is never taken
    under another lexicon, nor for a copy of the document given another text)."""

    __slots__ = ("text", "body_start", "title", "lexicon", "key", "hits", "read")

    def __init__(self, doc: Document, lex: Lexicon) -> None:
        self.text, self.body_start, self.title, self.lexicon = doc.text, doc.body_start, doc.title, id(lex)
        self.key: Key | None = None  # None until the figures are read
        self.hits: list[QuantityHit] = []
        self.read = Read()

    def fits(self, doc: Document, lex: Lexicon) -> bool:
        return (
            self.lexicon == id(lex)
            and (self.text is doc.text or self.text == doc.text)
            and (self.body_start, self.title) == (doc.body_start, doc.title)
        )

    def __eq__(self, other: object) -> bool:
        # a cache is no part of a document's value: two documents are equal with or without it
        return other is None or isinstance(other, Kept)

    __hash__ = None  # type: ignore[assignment]

    def __getstate__(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for name, value in zip(self.__slots__, state, strict=True):
            setattr(self, name, value)


def kept(doc: Document, lex: Lexicon) -> Kept | None:
    """What an earlier reading of ``doc`` kept (an undated article, now placed), or a new store
    for an undated article's reading to keep its parts in; None for a dated article read once."""
    if isinstance(doc._kept, Kept) and doc._kept.fits(doc, lex):
        return doc._kept
    if doc.published is not None:
        return None
    doc._kept = Kept(doc, lex)
    return doc._kept


def figures(
    kept: Kept | None, dates: list[DateMention], occurrence: str | None, read: Callable[[], list[QuantityHit]]
) -> list[QuantityHit]:
    """``read()``'s hits, or copies of those an earlier reading kept under the same dates and
    occurrence; the first reading's are kept."""
    if kept is None:
        return read()
    key: Key = (tuple((d.start, d.end, d.since) for d in dates), occurrence)
    if kept.key == key:
        return _copies(kept.hits)
    hits = read()
    if kept.key is None:
        kept.key, kept.hits = key, _copies(hits)  # copies: the caller changes its hits' parts
    return hits


def _copies(hits: list[QuantityHit]) -> list[QuantityHit]:
    """Each hit copied once, so that a hit listed twice is still one (the caller changes hits in place)."""
    made: dict[int, QuantityHit] = {}
    out = []
    for h in hits:
        if id(h) not in made:
            made[id(h)] = copy.copy(h)
        out.append(made[id(h)])
    return out
