"""Claims kept on disk while a large check runs: temporary SQLite files.

A streamed check (``engines/streamed.py``) writes each document's claims here as extraction gives
them (pickled and compressed: about 0.2 KB a claim on disk against 2 KB as objects), and each
undated document whole (it is read again where its story places it); a story's claims are read back
only while it is compared. The findings and groups of every story are written here too, as their
JSON text with the columns a report sorts them by, so the report is written in its order by one
``ORDER BY`` (SQLite sorts on disk what does not fit its cache) instead of from lists in memory;
and so are the stories' rows of the report.

Forked workers open the claims' file to read (``Spill.reader``) while this process writes the rows
to a second file, so no one waits for a lock. Both files are deleted when the spill is closed.
"""

from __future__ import annotations

import os
import pickle
import sqlite3
import tempfile
import zlib
from collections.abc import Iterable, Iterator

from ..compact import compact_all
from ..models import Claim, Document

_SCHEMA = """
CREATE TABLE claims (doc TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE undated (doc TEXT PRIMARY KEY, data BLOB NOT NULL);
"""
# in a file of its own, written while workers read the claims (one writer, no lock to wait for)
_ROWS = """
-- a report's findings in the order finding_order gives, ties in the stories' order
CREATE TABLE findings (
    subject TEXT, day TEXT, document TEXT, start INTEGER, rule TEXT, story INTEGER, pos INTEGER, text TEXT
);
-- its groups: conflicts first, then by subject and story
CREATE TABLE groups (settled INTEGER, subject TEXT, story_id TEXT, story INTEGER, pos INTEGER, text TEXT);
CREATE TABLE stories (pos INTEGER PRIMARY KEY, text TEXT);
"""
# a scratch file: nothing to recover after a crash, so no journal and no syncing
_SCRATCH = "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
_ORDERED = {
    "findings": "SELECT text FROM findings ORDER BY subject, day, document, start, rule, story, pos",
    "groups": "SELECT text FROM groups ORDER BY settled, subject, story_id, story, pos",
    "stories": "SELECT text FROM stories ORDER BY pos",
}

FindingKey = tuple[str, str, str, int, str]  # subject, day (ISO), document, start, rule
GroupKey = tuple[int, str, str]  # not a conflict, subject, story id


def pack(obj: object) -> bytes:
    """``obj`` as the spill stores it (a pool's worker packs what it extracted: engines/packed.py)."""
    return zlib.compress(pickle.dumps(obj, pickle.HIGHEST_PROTOCOL), 1)


def _unpack(blob: bytes) -> object:
    return pickle.loads(zlib.decompress(blob))


class Spill:
    """A temporary SQLite file of claims, undated documents and rendered rows (see the module)."""

    def __init__(self, folder: str | None = None, path: str | None = None) -> None:
        self.owner = path is None
        self.paths: list[str] = []
        if path is None:
            for _ in range(2):  # the claims, and the rows
                fd, made = tempfile.mkstemp(prefix="discrepancy-spill-", suffix=".sqlite", dir=folder)
                os.close(fd)
                self.paths.append(made)
            path = self.paths[0]
        self.path = path
        self.db = sqlite3.connect(path)
        self.out: sqlite3.Connection | None = None
        if self.owner:
            self.db.executescript(_SCRATCH + _SCHEMA)
            self.out = sqlite3.connect(self.paths[1])
            self.out.executescript(_SCRATCH + _ROWS)

    @classmethod
    def reader(cls, path: str) -> Spill:
        """The spill at ``path`` opened again (by a forked worker) to read claims and documents."""
        return cls(path=path)

    def put(self, doc: Document, claims: list[Claim]) -> None:
        self.put_packed(doc.id, pack(claims), pack(doc) if doc.published is None else None)

    def put_packed(self, doc: str, claims: bytes, document: bytes | None) -> None:
        """A document's claims, and the document when it is undated, already packed (:func:`pack`)."""
        self.db.execute("INSERT INTO claims VALUES (?, ?)", (doc, claims))
        if document is not None:
            self.db.execute("INSERT INTO undated VALUES (?, ?)", (doc, document))

    def claims(self, doc: str) -> list[Claim]:
        row = self.db.execute("SELECT data FROM claims WHERE doc = ?", (doc,)).fetchone()
        return compact_all(_unpack(row[0])) if row else []  # type: ignore[arg-type]  # a list of claims

    def document(self, doc: str) -> Document:
        row = self.db.execute("SELECT data FROM undated WHERE doc = ?", (doc,)).fetchone()
        found = _unpack(row[0])
        assert isinstance(found, Document)
        return found

    def add_rows(
        self,
        story: int,
        findings: list[tuple[FindingKey, str]],
        groups: list[tuple[GroupKey, str]],
    ) -> None:
        assert self.out is not None
        self.out.executemany(
            "INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(*key, story, pos, text) for pos, (key, text) in enumerate(findings)],
        )
        self.out.executemany(
            "INSERT INTO groups VALUES (?, ?, ?, ?, ?, ?)",
            [(*key, story, pos, text) for pos, (key, text) in enumerate(groups)],
        )

    def add_stories(self, rows: Iterable[str]) -> None:
        assert self.out is not None
        self.out.executemany("INSERT INTO stories VALUES (?, ?)", enumerate(rows))

    def commit(self) -> None:
        self.db.commit()

    def rows(self, table: str) -> Iterator[str]:
        """The rendered rows of ``findings``, ``groups`` or ``stories`` in the report's order."""
        assert self.out is not None
        for (text,) in self.out.execute(_ORDERED[table]):
            yield text

    def close(self) -> None:
        self.db.close()
        if self.out is not None:
            self.out.close()
        for path in self.paths:
            try:
                os.unlink(path)
            except OSError:
                pass
