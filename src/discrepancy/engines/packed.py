"""What a streamed check keeps of each extracted article, made where the article was extracted.

A streamed check (``engines/streamed.py``) keeps of an article its :class:`Lead` (what clustering
reads), its subject keys and its claims packed for the spill, never the claims as objects. With
``jobs`` > 1 the workers used to send the documents and claims back pickled, and this process
unpickled them only to pickle and compress them again for the spill, read the names of each lead
and take the subject keys: about two thirds of its own CPU while the workers extracted, on one
core while they had the other. :func:`read_packed` does all of that in the worker, so what comes
back is the packed bytes, the lead and the keys; this process only writes them down.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from ..lexicon import Lexicon, load_lexicon
from ..models import Document, InputProblem
from ..stories import NameWords, document_keys, name_words
from .spill import pack
from .work import Item, extract_item


class Lead:
    """What clustering reads of a document (``stories.cluster`` reads these attributes alone, and
    the names of its lead and headline, :func:`~..stories.name_words`, in place of its text), in
    slots: a few hundred bytes an article, the text let go. Handed to ``cluster`` in place of the
    document."""

    __slots__ = ("id", "path", "published", "source", "words", "record_line")

    id: str
    path: str
    published: date | None
    source: str
    words: NameWords
    record_line: int | None  # a feed's record: its line, which a warning about the feed names

    def __init__(self, doc: Document, lex: Lexicon) -> None:
        self.id, self.path, self.source = doc.id, doc.path, sys.intern(doc.source)
        self.published, self.record_line = doc.published, doc.record_line
        self.words = name_words(doc, lex)

    def __repr__(self) -> str:
        return f"Lead({self.id!r})"

    def interned(self) -> Lead:
        """This lead with its strings interned again (unpickling makes copies of them)."""
        self.source = sys.intern(self.source)
        self.words = (_interned(self.words[0]), _interned(self.words[1]))
        return self


class Packed:
    """One article as a streamed check keeps it: its lead, subject keys (in the order the set of
    them gives), the rules it accepts, and its claims (and, when it is undated, the document
    itself) packed for the spill."""

    __slots__ = ("lead", "keys", "ignores", "claims", "document")

    def __init__(self, doc: Document, claims: list, lex: Lexicon) -> None:  # type: ignore[type-arg]
        self.lead = Lead(doc, lex)
        self.keys = list(document_keys({doc.id: claims})[doc.id])
        self.ignores = list(doc.ignore_rules or ())
        self.claims = pack(claims)
        self.document = pack(doc) if doc.published is None else None


def read_packed(item: Item, dirs: tuple[Path, ...], max_bytes: int | None = None) -> list[Packed | InputProblem]:
    """:func:`~.work.extract_item`'s articles packed (its problems as they are)."""
    lex = load_lexicon(dirs)
    return [r if isinstance(r, InputProblem) else Packed(*r, lex) for r in extract_item(item, dirs, max_bytes)]


def _interned(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sys.intern(w) for w in words)
