"""The unit of work every engine runs: one file (or one given document) read and extracted.

It is a plain top-level function of picklable arguments, so a process pool or a Dask worker can
run it; each process loads the lexicon once (``load_lexicon`` is cached per rules folders)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from ..compact import compact_all
from ..corpus import read_file, read_part
from ..extract import extract_document
from ..feeds import FeedPart
from ..lexicon import default_rules_dir, load_lexicon
from ..models import Claim, Document, InputProblem
from ..stories import NameWords, document_keys, name_words

Item = str | Document | FeedPart  # a file's path, a document given as it is, or a part of a feed
Result = list[tuple[Document, list[Claim]] | InputProblem]
# a document, its claims, and what clustering reads of them: its names (``stories.name_words``)
# and its subject keys (``stories.document_keys``)
Named = tuple[Document, list[Claim], NameWords, set[str]]


def extract_item(item: Item, dirs: tuple[Path, ...], max_bytes: int | None = None) -> Result:
    lex = load_lexicon(dirs)
    if isinstance(item, Document):
        read: Iterable[Document | InputProblem] = [item]
    else:
        read = read_part(item, max_bytes) if isinstance(item, FeedPart) else read_file(Path(item), max_bytes)
    return [d if isinstance(d, InputProblem) else (d, compact_all(extract_document(d, lex))) for d in read]


def extract_named(item: Item, dirs: tuple[Path, ...], max_bytes: int | None = None) -> list[Named | InputProblem]:
    """:func:`extract_item`'s documents with what clustering reads of each, read where it was
    extracted: a pool's workers read them side by side instead of the caller one after another."""
    lex = load_lexicon(dirs)
    return [
        r if isinstance(r, InputProblem) else (*r, name_words(r[0], lex), document_keys({r[0].id: r[1]})[r[0].id])
        for r in extract_item(item, dirs, max_bytes)
    ]


def extract_items(items: list[Item], dirs: tuple[Path, ...], max_bytes: int | None = None) -> list[Result]:
    """Several items in turn (a pool's or a partition's share)."""
    return [extract_item(i, dirs, max_bytes) for i in items]


def extract_remote(items: list[Item], dirs: tuple[Path | None, ...], max_bytes: int | None, base: str) -> list[Result]:
    """:func:`extract_items` on a machine that may not share the caller's working folder or
    installation: ``None`` among ``dirs`` is this machine's bundled rules, and a relative path is
    opened under ``base`` (the caller's working folder) but named as the caller named it, so the
    documents, claims and problems are the ones the caller would have read."""
    here = tuple(default_rules_dir() if d is None else d for d in dirs)
    return [_rebased(i, here, max_bytes, base) for i in items]


def _rebased(item: Item, dirs: tuple[Path, ...], max_bytes: int | None, base: str) -> Result:
    if isinstance(item, Document):
        return extract_item(item, dirs, max_bytes)
    path = item.path if isinstance(item, FeedPart) else item
    if os.path.isabs(path):
        return extract_item(item, dirs, max_bytes)
    lex = load_lexicon(dirs)
    full = os.path.join(base, path)  # a feed's part is opened there too, and named as the caller named it
    if isinstance(item, FeedPart):
        read: Iterable[Document | InputProblem] = read_part(item._replace(path=full), max_bytes)
    else:
        read = read_file(Path(full), max_bytes)
    out: Result = []
    for d in read:
        if isinstance(d, InputProblem):
            out.append(d.model_copy(update={"path": path}) if d.path == full else d)
            continue
        doc = d.model_copy(update={"id": path + d.id[len(full) :], "path": path})
        out.append((doc, compact_all(extract_document(doc, lex))))
    return out
