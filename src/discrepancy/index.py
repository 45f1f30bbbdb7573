"""The claim index: an embedded SQLite database of documents and the claims read from them.

A check of a few new articles against an archive of years must not re-read the archive. The index
keeps, per file, its size, modification time, content hash and the parsed documents' metadata, and
per claim its subject key, its *family* (the key with its occurrence part left open, since grouping
may join "the wildfire" to "the Ridge Fire") and the claim itself as JSON. So:

- a refresh re-reads only files whose content changed (size and mtime first, then the hash), and
  files read by other extraction code or vocabulary (the *derivation* fingerprint below);
- new claims meet stored ones through the indexed ``family`` column, never a scan of all claims.

The derivation fingerprint hashes what claims are read with: the lexicon and grammar files of every
rules folder, and the extraction code. Comparison rules are not part of it: findings are computed at
check time from stored claims, so editing a rule needs no re-extraction. A file whose derivation
differs is re-read on the next refresh.

Safety: the database is in WAL mode and every batch of files is one transaction (documents and
their claims together), so a run killed at any moment leaves the last committed state, which opens
and answers; the next refresh picks up the files not yet done. ``PRAGMA user_version`` holds the
schema version: an index of another version is dropped and rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .compact import compact, compact_all
from .corpus import read_file
from .extract import extract_document
from .lexicon import Lexicon, default_rules_dir, load_lexicon
from .models import Claim, Document, InputProblem

SCHEMA_VERSION = 4
DEFAULT_PATH = Path(".discrepancy") / "index.sqlite"
_BATCH_FILES = 200
_BATCH_SECONDS = 2.0

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,      -- absolute, resolved
    shown TEXT NOT NULL,            -- the path as claims name it
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    hash TEXT NOT NULL,
    derivation TEXT NOT NULL,
    documents BLOB NOT NULL,        -- zlib JSON: [Document] (stories are clustered on their text)
    problems TEXT NOT NULL          -- JSON: [InputProblem]
);
CREATE TABLE claims (
    file INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    subject TEXT NOT NULL,
    kin TEXT NOT NULL,
    family TEXT NOT NULL,
    data BLOB NOT NULL              -- zlib JSON: the Claim
);
CREATE INDEX claims_family ON claims(family);
CREATE INDEX claims_subject ON claims(subject);
CREATE INDEX claims_kin ON claims(kin);
CREATE INDEX claims_file ON claims(file);
"""

# what claims are read with (the derivation fingerprint): every module but those that only compare,
# present or orchestrate
_NOT_EXTRACTION = {"gate.py", "index.py", "config.py", "fingerprint.py", "testing.py", "api.py", "group.py"}
_NOT_EXTRACTION_DIRS = {"cli", "report", "rules"}


class IndexFileError(Exception):
    """An index that cannot be opened or written (not a database, a read-only place)."""


def _with_occurrence(subject: str, occurrence: str) -> str | None:
    parts = subject.split("|")
    if not subject.startswith("quantity:") or len(parts) <= 3:
        return None
    return "|".join([*parts[:3], occurrence, *parts[4:]])


def family(subject: str) -> str:
    """The subject key with its occurrence left open: grouping may join subjects of one family only."""
    return _with_occurrence(subject, "*") or subject


def kin(subject: str) -> str:
    """The subject key with its occurrence's kind only ("fire:Ridge Fire" -> "fire")."""
    parts = subject.split("|")
    return (_with_occurrence(subject, parts[3].split(":", 1)[0]) if len(parts) > 3 else None) or subject


def lookups(subject: str) -> list[tuple[str, str]]:
    """(column, key) pairs naming the stored claims a new claim of this subject may be grouped
    with (see group.py): its own key; for a named occurrence, the same figure said of its kind
    ("the wildfire") or of no occurrence; for an unnamed kind, every named one of the kind; for
    no occurrence at all, the whole family."""
    parts = subject.split("|")
    if not subject.startswith("quantity:") or len(parts) <= 3:
        return [("subject", subject)]
    occurrence = parts[3]
    if occurrence == "-":
        return [("family", family(subject))]
    bare = _with_occurrence(subject, "-") or subject
    if ":" in occurrence:
        generic = _with_occurrence(subject, occurrence.split(":", 1)[0]) or subject
        return [("subject", subject), ("subject", generic), ("subject", bare)]
    return [("kin", subject), ("subject", bare)]


def derivation(rules_dirs: Sequence[Path]) -> str:
    """A digest of the vocabulary, grammar and extraction code that claims are read with."""
    h = hashlib.blake2b(digest_size=16)
    h.update(str(SCHEMA_VERSION).encode())
    for d in (default_rules_dir(), *rules_dirs):
        for sub in ("lexicon", "grammar"):
            for f in sorted((Path(d) / sub).glob("*.yaml")):
                h.update(f.name.encode() + b"\0" + f.read_bytes())
    pkg = Path(__file__).resolve().parent
    for f in sorted(pkg.rglob("*.py")):
        rel = f.relative_to(pkg)
        if rel.name in _NOT_EXTRACTION and len(rel.parts) == 1 or rel.parts[0] in _NOT_EXTRACTION_DIRS:
            continue
        h.update(rel.as_posix().encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


@dataclass
class Refresh:
    """What a refresh did: files read and extracted, files found unchanged, files removed."""

    extracted: int = 0
    unchanged: int = 0
    removed: int = 0
    seconds: float = 0.0
    problems: list[InputProblem] = field(default_factory=list)


@dataclass
class Loaded:
    """Documents and their claims, as a comparison takes them, and the files' input problems."""

    docs: list[Document] = field(default_factory=list)
    claims: dict[str, list[Claim]] = field(default_factory=dict)  # by document id
    problems: list[InputProblem] = field(default_factory=list)

    def extend(self, other: Loaded) -> None:
        known = {d.id for d in self.docs}
        for d in other.docs:
            if d.id not in known:
                self.docs.append(d)
                self.claims[d.id] = other.claims.get(d.id, [])
        self.problems.extend(other.problems)


def _resolved(path: Path | str) -> str:
    """A file's key: its absolute path (no symlinks resolved: a stat per path part, for 100,000
    files, costs more than the rest of a refresh)."""
    return os.path.abspath(path)


def _file_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


class ClaimIndex:
    """One open index. ``lex`` and ``rules_dirs`` are those the claims are read with."""

    def __init__(self, path: Path, lex: Lexicon | None = None, rules_dirs: Sequence[Path] = ()) -> None:
        self.path = path
        self._lex = lex
        self.rules_dirs = tuple(Path(d) for d in rules_dirs)
        self.derivation = derivation(rules_dirs)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(path, isolation_level=None, timeout=30)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._ensure_schema()
        except sqlite3.DatabaseError as err:
            raise IndexFileError(f"{path}: not a usable claim index ({err})") from None

    @property
    def lex(self) -> Lexicon:
        """The vocabulary claims are read with, loaded when a file is first read again."""
        if self._lex is None:
            self._lex = load_lexicon((default_rules_dir(), *self.rules_dirs))
        return self._lex

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> ClaimIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _ensure_schema(self) -> None:
        (version,) = self.db.execute("PRAGMA user_version").fetchone()
        if version == SCHEMA_VERSION:
            return
        self.db.execute("BEGIN IMMEDIATE")
        if self.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
            self.db.execute("COMMIT")  # another process built it while this one waited
            return
        for (name,) in self.db.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall():
            self.db.execute(f'DROP TABLE IF EXISTS "{name}"')
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                self.db.execute(statement)
        self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        self.db.execute("COMMIT")

    # -- refresh -------------------------------------------------------------------------------

    def refresh(self, files: Iterable[Path | str], prune_under: Sequence[Path] = ()) -> Refresh:
        """Bring the given files up to date: re-read those whose content or derivation changed.
        With ``prune_under``, files indexed under those folders that were not seen are removed."""
        started = time.perf_counter()
        files = list(files)
        known = self._known(files)
        result = Refresh()
        pending: list[tuple[Path, str, os.stat_result, str, bytes | None]] = []
        touched: list[tuple[int, int, str, str]] = []  # same content, new mtime or name: one transaction
        seen: set[str] = set()
        last_commit = time.monotonic()
        for f in files:
            key = _resolved(f)
            seen.add(key)
            try:
                st = os.stat(f)
            except OSError:
                continue
            row = known.get(key)
            if row and row[0] == st.st_size and row[1] == st.st_mtime_ns and row[3] == self.derivation:
                if row[4] != str(f):
                    touched.append((st.st_size, st.st_mtime_ns, str(f), key))
                result.unchanged += 1
                continue
            data = _read(Path(f))
            digest = _file_hash(data) if data is not None else ""
            if row and row[2] == digest and row[3] == self.derivation:
                touched.append((st.st_size, st.st_mtime_ns, str(f), key))
                result.unchanged += 1
                continue
            pending.append((Path(f), key, st, digest, data))
            if len(pending) >= _BATCH_FILES or time.monotonic() - last_commit > _BATCH_SECONDS:
                result.extracted += self._write(pending, result.problems)
                pending, last_commit = [], time.monotonic()
        result.extracted += self._write(pending, result.problems)
        if touched:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.executemany("UPDATE files SET size=?, mtime_ns=?, shown=? WHERE path=?", touched)
            self.db.execute("COMMIT")
        if prune_under:
            result.removed = self._prune(seen, prune_under)
        result.seconds = time.perf_counter() - started
        return result

    def _known(self, files: list[Path | str]) -> dict[str, tuple[int, int, str, str, str]]:
        """Stored (size, mtime, hash, derivation, shown) by key: every file's when many are asked
        for, else only those (a check of one new article must not read 100,000 rows)."""
        query = "SELECT path, size, mtime_ns, hash, derivation, shown FROM files"
        if len(files) > 1000:
            return {row[0]: row[1:] for row in self.db.execute(query)}
        out = {}
        for f in files:
            row = self.db.execute(query + " WHERE path=?", (_resolved(f),)).fetchone()
            if row is not None:
                out[row[0]] = row[1:]
        return out

    def _write(
        self, pending: list[tuple[Path, str, os.stat_result, str, bytes | None]], problems: list[InputProblem]
    ) -> int:
        """Read, extract and store a batch of files in one transaction."""
        if not pending:
            return 0
        rows = [(f, key, st, digest, *_extract(Path(f), self.lex)) for f, key, st, digest, _ in pending]
        problems.extend(p for row in rows for p in row[6])
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for f, key, st, digest, docs, claims, problems in rows:
                self.db.execute("DELETE FROM files WHERE path=?", (key,))
                cur = self.db.execute(
                    "INSERT INTO files (path, shown, size, mtime_ns, hash, derivation, documents, problems)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        key,
                        str(f),
                        st.st_size,
                        st.st_mtime_ns,
                        digest,
                        self.derivation,
                        _pack(json.dumps([d.model_dump(mode="json") for d in docs])),
                        json.dumps([p.model_dump(mode="json") for p in problems]),
                    ),
                )
                self.db.executemany(
                    "INSERT INTO claims (file, subject, kin, family, data) VALUES (?, ?, ?, ?, ?)",
                    [
                        (cur.lastrowid, c.subject, kin(c.subject), family(c.subject), _pack(c.model_dump_json()))
                        for c in claims
                    ],
                )
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return len(rows)

    def _prune(self, seen: set[str], roots: Sequence[Path]) -> int:
        prefixes = tuple(_resolved(r).rstrip(os.sep) + os.sep for r in roots if Path(r).is_dir())
        stored = (p for (p,) in self.db.execute("SELECT path FROM files"))
        gone = [p for p in stored if p not in seen and p.startswith(prefixes)]
        if gone:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.executemany("DELETE FROM files WHERE path=?", [(p,) for p in gone])
            self.db.execute("COMMIT")
        return len(gone)

    # -- lookups -------------------------------------------------------------------------------

    def load(self, files: Iterable[Path]) -> Loaded:
        """The stored documents, claims and problems of these files, named as they are given now."""
        out = Loaded()
        for f in files:
            row = self.db.execute(
                "SELECT id, shown, documents, problems FROM files WHERE path=?", (_resolved(f),)
            ).fetchone()
            if row is not None:
                self._add(out, row, str(f))
        return out

    def related(self, subjects: Iterable[str], exclude: Iterable[Path] = ()) -> Loaded:
        """The files holding claims that claims of these subjects may be grouped with (indexed
        lookups by subject key, see :func:`lookups`), loaded whole, since stories are clustered
        on whole articles; files no longer on disk and ``exclude`` are left out."""
        skip = {_resolved(f) for f in exclude}
        by_column: dict[str, set[str]] = {"subject": set(), "kin": set(), "family": set()}
        for subject in set(subjects):
            for column, key in lookups(subject):
                by_column[column].add(key)
        file_ids: set[int] = set()
        for column, keys in by_column.items():
            ordered = sorted(keys)
            for i in range(0, len(ordered), 500):
                chunk = ordered[i : i + 500]
                query = f"SELECT DISTINCT file FROM claims WHERE {column} IN ({','.join('?' * len(chunk))})"
                file_ids.update(fid for (fid,) in self.db.execute(query, chunk))
        out = Loaded()
        for fid in sorted(file_ids):
            row = self.db.execute(
                "SELECT id, shown, documents, problems, path FROM files WHERE id=?", (fid,)
            ).fetchone()
            if row[4] not in skip and os.path.exists(row[4]):
                self._add(out, row[:4], _display(row[4]), problems=False)
        return out

    def load_all(self) -> Loaded:
        out = Loaded()
        for row in self.db.execute("SELECT id, shown, documents, problems FROM files").fetchall():
            self._add(out, row, row[1])
        return out

    def _add(self, out: Loaded, row: tuple[int, str, bytes, str], shown_now: str, problems: bool = True) -> None:
        fid, shown, docs, stored_problems = row
        if problems:
            out.problems.extend(InputProblem.model_validate(p) for p in json.loads(stored_problems))
        ids: dict[str, str] = {}
        for raw in json.loads(_unpack(docs)):
            d = _renamed_doc(Document.model_validate(raw), shown, shown_now)
            ids[raw["id"]] = d.id
            out.docs.append(d)
            out.claims[d.id] = []
        for (data,) in self.db.execute("SELECT data FROM claims WHERE file=? ORDER BY rowid", (fid,)):
            c = _renamed(Claim.model_validate_json(_unpack(data)), shown, shown_now)
            compact(c)
            out.claims.setdefault(c.document, []).append(c)

    def counts(self) -> tuple[int, int]:
        """(files, claims) in the index."""
        files = self.db.execute("SELECT count(*) FROM files").fetchone()[0]
        claims = self.db.execute("SELECT count(*) FROM claims").fetchone()[0]
        return files, claims


def _pack(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), 1)


def _unpack(blob: bytes) -> str:
    return zlib.decompress(blob).decode("utf-8")


def _read(f: Path) -> bytes | None:
    try:
        return f.read_bytes()
    except OSError:
        return None


def _extract(f: Path, lex: Lexicon) -> tuple[list[Document], list[Claim], list[InputProblem]]:
    docs: list[Document] = []
    problems: list[InputProblem] = []
    for d in read_file(f):
        (problems if isinstance(d, InputProblem) else docs).append(d)  # type: ignore[arg-type]
    claims = [c for d in sorted(docs, key=lambda d: (d.path, d.id)) for c in extract_document(d, lex)]
    return docs, compact_all(claims), problems


def _display(path: str) -> str:
    """How a file not named in this run is shown: relative to the working folder when inside it."""
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel


def _renamed_id(ident: str, stored: str, now: str) -> str:
    return now + ident[len(stored) :] if ident.startswith(stored) else ident


def _renamed_doc(d: Document, stored: str, now: str) -> Document:
    if stored == now:
        return d
    return d.model_copy(update={"path": now, "id": _renamed_id(d.id, stored, now)})


def _renamed(c: Claim, stored: str, now: str) -> Claim:
    """A stored claim named by the path as given in this run (claims store the path they were
    read under)."""
    if stored == now:
        return c
    doc = _renamed_id(c.document, stored, now)
    return c.model_copy(update={"document": doc, "span": c.span.model_copy(update={"path": now})})
