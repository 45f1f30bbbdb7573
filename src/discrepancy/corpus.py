"""Reading articles: Markdown/text with optional YAML front matter, JSON Lines, folders.

Offsets always refer to the whole decoded text of a Markdown/text file (front matter included), so a
span's line and column point at the right place in the file. For JSON Lines, offsets refer to the
record's ``text`` field and the span carries the record's line in the file.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

from .extract.datelines import find_dateline
from .models import Document, InputProblem

TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_FRONT = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.S)


class InputError(Exception):
    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.problem = InputProblem(path=path, line=line, message=message)


def parse_published(value: object, path: str, line: int | None) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if text.lower() in {"", "unknown", "none", "null", "n/a"}:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(path, f"'published' is not a date (YYYY-MM-DD) or 'unknown': {text!r}", line) from None


def _with_dateline(doc: Document) -> Document:
    """When no date is given, take it from the article itself (a dateline, 'Updated: ...')."""
    if doc.published is not None:
        return doc
    found = find_dateline(doc.text, doc.body_start)
    if found is None:
        return doc
    return doc.model_copy(update={"published": found, "published_from": "dateline"})


def parse_text_document(text: str, path: str, doc_id: str | None = None) -> Document:
    meta: dict[str, object] = {}
    body_start = 0
    m = _FRONT.match(text)
    if m:
        try:
            loaded = yaml.safe_load(m.group(1) or "") or {}
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            line = mark.line + 2 if mark is not None else 1
            problem = getattr(err, "problem", None) or "invalid YAML"
            raise InputError(path, f"front matter: {problem}", line) from None
        if not isinstance(loaded, dict):
            raise InputError(path, "front matter is not a mapping of keys to values", 2)
        meta = loaded
        body_start = m.end()
    published = parse_published(meta.get("published", meta.get("date")), path, _key_line(text, "published"))
    doc = Document(
        id=doc_id or path,
        path=path,
        source=str(meta.get("source") or "unknown"),
        published=published,
        published_from="front_matter" if published else "none",
        title=str(meta["title"]) if meta.get("title") else None,
        url=str(meta["url"]) if meta.get("url") else None,
        text=text,
        body_start=body_start,
        **_acceptance(meta.get("discrepancy"), path, _key_line(text, "discrepancy")),
    )
    return _with_dateline(doc)


def _acceptance(value: object, path: str, line: int | None) -> dict[str, Any]:
    """``discrepancy: {ignore: [rule-id, ...], reason: "..."}`` in front matter: disagreements this
    article's authors have accepted, by rule."""
    if value is None:
        return {}
    ignore = value.get("ignore") if isinstance(value, dict) else None
    if isinstance(ignore, str):
        ignore = [ignore]
    if not isinstance(ignore, list) or not all(isinstance(r, str) for r in ignore):
        raise InputError(path, "'discrepancy' must be {ignore: [rule-id, ...], reason: \"...\"}", line)
    reason = value.get("reason") if isinstance(value, dict) else None
    return {"ignore_rules": tuple(ignore), "ignore_reason": str(reason) if reason is not None else None}


def _key_line(text: str, key: str) -> int | None:
    m = re.search(rf"^{key}\s*:", text, re.M)
    return text.count("\n", 0, m.start()) + 1 if m else None


def parse_jsonl(text: str, path: str) -> Iterator[Document | InputProblem]:
    for lineno, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            rec = json.loads(raw)
            if not isinstance(rec, dict):
                raise InputError(path, "record is not a JSON object", lineno)
            body = rec.get("text")
            if not isinstance(body, str):
                raise InputError(path, "record has no 'text' string", lineno)
            published = parse_published(rec.get("published"), path, lineno)
            doc = Document(
                id=f"{path}#{rec.get('id', lineno)}",
                path=path,
                source=str(rec.get("source") or "unknown"),
                published=published,
                published_from="record" if published else "none",
                title=rec.get("title") if isinstance(rec.get("title"), str) else None,
                url=rec.get("url") if isinstance(rec.get("url"), str) else None,
                text=body,
                record_line=lineno,
            )
            yield _with_dateline(doc)
        except json.JSONDecodeError as err:
            yield InputProblem(path=path, line=lineno, message=f"invalid JSON: {err.msg}")
        except InputError as err:
            yield err.problem


def read_file(path: Path) -> Iterator[Document | InputProblem]:
    name = str(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as err:
        line = path.read_bytes()[: err.start].count(b"\n") + 1
        yield InputProblem(path=name, line=line, message="not UTF-8 text")
        return
    except OSError as err:
        yield InputProblem(path=name, message=f"cannot read: {err.strerror or err}")
        return
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from parse_jsonl(text, name)
        return
    try:
        yield parse_text_document(text, name)
    except InputError as err:
        yield err.problem


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | InputProblem]:
    """Files under the given paths, folders read recursively in a stable (sorted) order; hidden
    files and README files inside folders are skipped."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                # a folder's README describes the folder; it is not an article (name it to read it)
                if (
                    f.is_file()
                    and f.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES
                    and not f.name.upper().startswith("README")
                ):
                    if not any(part.startswith(".") for part in f.relative_to(path).parts):
                        yield f
        elif path.is_file():
            yield path
        else:
            yield InputProblem(path=str(path), message="no such file or folder")


def list_articles(paths: Iterable[str | Path]) -> Iterator[Path | InputProblem]:
    """What :func:`iter_files` lists, in its order, walked with ``os.scandir`` instead of pathlib
    (an archive of 100,000 files is listed in a fraction of the time)."""
    for p in article_paths(paths):
        yield p if isinstance(p, InputProblem) else Path(p)


def article_paths(paths: Iterable[str | Path]) -> Iterator[str | InputProblem]:
    """:func:`list_articles` as strings, for callers that only stat and compare paths."""
    suffixes = TEXT_SUFFIXES | JSONL_SUFFIXES
    for p in paths:
        root = str(p)
        if not os.path.isdir(root):
            for f in iter_files([Path(p)]):
                yield f if isinstance(f, InputProblem) else str(f)
            continue
        found: list[tuple[str, ...]] = []
        stack: list[tuple[str, ...]] = [()]
        while stack:
            rel = stack.pop()
            with os.scandir(os.path.join(root, *rel)) as entries:
                for e in entries:
                    if e.name.startswith("."):
                        continue
                    if e.is_dir():
                        stack.append((*rel, e.name))
                    elif (
                        e.is_file()
                        and os.path.splitext(e.name)[1].lower() in suffixes
                        and not e.name.upper().startswith("README")
                    ):
                        found.append((*rel, e.name))
        for parts in sorted(found):
            yield os.path.join(root, *parts)


def read_corpus(paths: Iterable[str | Path]) -> Iterator[Document | InputProblem]:
    for f in iter_files(paths):
        if isinstance(f, InputProblem):
            yield f
        else:
            yield from read_file(f)
