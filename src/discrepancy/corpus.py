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
from .feeds import JSONL_SUFFIXES, FeedPart, feed_lines, is_feed, too_large
from .front_matter import load_front_matter
from .models import Document, InputProblem

# An article larger than this is refused with one line naming it (the run goes on): a 50 MB dump on
# one line is no article, and reading it would hold the whole text and its reading in memory. JSON
# Lines files are read record by record, the limit applying to each record's line.
# ``DISCREPANCY_MAX_FILE_MB`` raises or lowers it.
MAX_FILE_BYTES = 16 * 2**20
TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
UNKNOWN_SOURCE = "unknown"
ARTICLE_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES
# htmldate's defaults end at today and search the whole page for any date; an article's own date is
# what counts, and a dated archive may lie ahead of the machine's clock
_HTML_DATES = {"original_date": True, "extensive_search": False, "max_date": "2999-12-31"}
_OPENED = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n")
_FRONT = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.S)


# Terminal escape sequences (CSI "ESC [ ... m", OSC "ESC ] ... BEL", two-character ESC forms) and
# the other C0/C1 control characters but tab, newline and carriage return. Article text is
# untrusted: these are blanked before anything reads it, so "\x1b[0m" is never "0 m".
_CONTROLS = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]?|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[ -/]*[0-~]?)|\x9b[0-?]*[ -/]*[@-~]?|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
)


def blank_controls(text: str) -> str:
    """``text`` with each control character and escape sequence replaced by as many spaces: offsets,
    lines and columns stay those of the file, and no control sequence reaches a reader."""
    if not _CONTROLS.search(text):
        return text
    return _CONTROLS.sub(lambda m: " " * len(m.group()), text)


class InputError(Exception):
    """Input that cannot be read: ``problem`` says where (file and line) and why. Inside a run it
    becomes an entry in ``Report.problems``; ``check(..., strict=True)`` raises it."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.problem = InputProblem(path=path, line=line, message=message)
        super().__init__(str(self.problem))


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
    text = blank_controls(text)
    meta: dict[str, object] = {}
    body_start = 0
    m = _FRONT.match(text)
    if m:
        try:
            loaded = load_front_matter(m.group(1) or "") or {}
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            line = mark.line + 2 if mark is not None else 1
            problem = getattr(err, "problem", None) or "invalid YAML"
            raise InputError(path, f"front matter: {problem}", line) from None
        except ValueError as err:
            # YAML reads an unquoted date itself, and an impossible one (2031-02-30) fails there
            key = next((k for k in ("published", "date") if _key_line(text, k)), None)
            line = _key_line(text, key) if key else 2
            value = _key_value(text, key) if key else ""
            raise InputError(path, f"'{key or 'front matter'}' is not a date: {value!r} ({err})", line) from None
        if not isinstance(loaded, dict):
            raise InputError(path, "front matter is not a mapping of keys to values", 2)
        meta = loaded
        body_start = m.end()
    elif _OPENED.match(text):
        raise InputError(path, "front matter opened with '---' is never closed by another '---' line", 1)
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


def parse_html_document(html: str, path: str) -> Document:
    """A web page: its main text, title, date and site read through trafilatura (boilerplate,
    navigation and markup left out). Offsets refer to that main text, as a JSON Lines record's refer
    to its ``text``; the markup itself is never read for claims."""
    import trafilatura  # imported here: its import costs 0.15 s, paid only when a page is read

    found = trafilatura.bare_extraction(
        blank_controls(html),
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=_HTML_DATES,
    )
    body = (getattr(found, "text", None) or "").strip() if found is not None else ""
    if not body:
        raise InputError(path, "no article text found in this HTML page; skipped", 1)
    published = parse_published(getattr(found, "date", None), path, None)
    site = getattr(found, "sitename", None) or getattr(found, "hostname", None)
    url = getattr(found, "url", None)
    title = getattr(found, "title", None)
    doc = Document(
        id=path,
        path=path,
        source=str(site) if site else "unknown",
        published=published,
        published_from="page" if published else "none",
        title=str(title) if title else None,
        url=str(url) if url else None,
        text=blank_controls(body) + "\n",
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


def _key_value(text: str, key: str) -> str:
    m = re.search(rf"^{key}\s*:[ \t]*(.*)$", text, re.M)
    return m.group(1).strip() if m else ""


def _key_line(text: str, key: str) -> int | None:
    m = re.search(rf"^{key}\s*:", text, re.M)
    return text.count("\n", 0, m.start()) + 1 if m else None


def parse_jsonl(text: str, path: str) -> Iterator[Document | InputProblem]:
    # lines end at "\n" alone: a raw U+2028 or form feed inside a record's text ends no line
    yield from _sourced(
        _record(raw, path, lineno) for lineno, raw in enumerate(text.split("\n"), start=1) if raw.strip()
    )


def _sourced(items: Iterable[Document | InputProblem]) -> Iterator[Document | InputProblem]:
    """A JSON Lines file's records, then one warning for the records that name no source."""
    sources = FeedSources()
    for item in items:
        sources.see(item)
        yield item
    yield from sources.told()


class FeedSources:
    """The records of one feed that name no source, told in one warning once the feed is read:
    read whole (``_sourced``) or in parts by several workers, the feed's records seen in turn."""

    def __init__(self) -> None:
        self.first: Any = None  # a Document, or the Lead a streamed check keeps of one
        self.count = 0

    def see(self, item: Any) -> None:
        """Count a record (a Document or its Lead; a problem counts nothing)."""
        if not isinstance(item, InputProblem) and item.source == UNKNOWN_SOURCE:
            self.first = self.first or item
            self.count += 1

    def after(self, item: object, records: Iterable[Any]) -> list[InputProblem]:
        """An engine's work item read: a part of a feed counts its records (Documents, or the Leads
        a streamed check keeps), and the feed's last part tells them; any other item, nothing."""
        if not isinstance(item, FeedPart):
            return []
        for record in records:
            self.see(record)
        if not item.last:
            return []
        told = self.told()
        self.first, self.count = None, 0  # the next feed's count starts afresh
        return told

    def told(self) -> list[InputProblem]:
        if self.first is None:
            return []
        message = f"{self.count} record(s) with no 'source' (the first here): their claims are given as 'unknown'"
        return [InputProblem(path=self.first.path, line=self.first.record_line, message=message, level="warning")]


def _record(raw: str, path: str, lineno: int) -> Document | InputProblem:
    try:
        rec = json.loads(raw)
        if not isinstance(rec, dict):
            raise InputError(path, "record is not a JSON object", lineno)
        body = rec.get("text")
        if not isinstance(body, str):
            raise InputError(path, "record has no 'text' string", lineno)
        body = blank_controls(body)
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
            **_acceptance(rec.get("discrepancy"), path, lineno),
        )
        return _with_dateline(doc)
    except json.JSONDecodeError as err:
        return InputProblem(path=path, line=lineno, message=f"invalid JSON: {err.msg}")
    except InputError as err:
        return err.problem


def max_file_bytes() -> int:
    """The size limit of one article (``MAX_FILE_BYTES``, or ``DISCREPANCY_MAX_FILE_MB`` when set)."""
    env = os.environ.get("DISCREPANCY_MAX_FILE_MB", "").strip()
    try:
        return int(float(env) * 2**20) if env else MAX_FILE_BYTES
    except ValueError:
        return MAX_FILE_BYTES


def _jsonl_records(path: Path, limit: int, part: FeedPart | None = None) -> Iterator[Document | InputProblem]:
    """A feed's records (of one part of it), read a line at a time (``feeds.feed_lines``)."""
    lines = feed_lines(path, limit) if part is None else feed_lines(path, limit, part.start, part.end, part.line)
    for line in lines:
        yield line if isinstance(line, InputProblem) else _record(line[1], str(path), line[0])


def _unreadable(path: str, err: OSError) -> InputProblem:
    return InputProblem(path=path, message=f"cannot read: {err.strerror or err}")


def read_part(part: FeedPart, max_bytes: int | None = None) -> Iterator[Document | InputProblem]:
    """The documents of one part of a feed (``feeds.split_feeds``), as reading the whole feed gives
    them; the warning for records with no source is the whole feed's (:class:`FeedSources`)."""
    limit = max_file_bytes() if max_bytes is None else max_bytes
    try:
        yield from _jsonl_records(Path(part.path), limit, part)
    except OSError as err:
        yield _unreadable(part.path, err)


def read_file(path: Path, max_bytes: int | None = None) -> Iterator[Document | InputProblem]:
    """The documents of one file, or the problem that stops it being read. A file over ``max_bytes``
    (default :func:`max_file_bytes`) is refused with one line naming it, unless it is JSON Lines,
    which is then read record by record."""
    name = str(path)
    limit = max_file_bytes() if max_bytes is None else max_bytes
    if is_feed(path):
        try:  # a record at a time, whatever the size: one bad record loses no other
            yield from _sourced(_jsonl_records(path, limit))
        except OSError as err:
            yield _unreadable(name, err)
        return
    try:
        size = path.stat().st_size
        if size > limit:
            yield InputProblem(path=name, message=f"file of {too_large(size, limit)}")
            return
        raw = path.read_bytes()
        nul = raw.find(b"\0")
        if nul >= 0:
            line = raw[:nul].count(b"\n") + 1
            yield InputProblem(path=name, line=line, message="a NUL byte: a binary file, not text; skipped")
            return
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        yield InputProblem(path=name, line=line, message="not UTF-8 text; skipped")
        return
    except OSError as err:
        yield _unreadable(name, err)
        return
    try:
        if path.suffix.lower() in HTML_SUFFIXES:
            doc = parse_html_document(text, name)
            where = "the page names no site"
        else:
            doc = parse_text_document(text, name)
            where = "no 'source' in its front matter"
    except InputError as err:
        yield err.problem
        return
    yield doc
    if doc.source == UNKNOWN_SOURCE:
        yield InputProblem(path=name, line=1, message=f"{where}: its claims are given as 'unknown'", level="warning")


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | InputProblem]:
    """Files under the given paths, folders read recursively in a stable (sorted) order; hidden
    files and README files inside folders are skipped. A file named twice (or named and inside a
    folder named) is listed once, where it first appears."""
    seen: set[str] = set()
    folders: dict[str, str] = {}
    for f in _listed(paths):
        if isinstance(f, InputProblem):
            yield f
            continue
        key = _real_path(str(f), folders)
        if key not in seen:
            seen.add(key)
            yield f


def _real_path(path: str, folders: dict[str, str]) -> str:
    """``os.path.realpath(path)``, its folder resolved once for every file listed in it (in
    ``folders``): a file that is no link is its folder's real path and its name. ``realpath``
    looks at every part of the path for a link, a look-up a part, each time."""
    folder, name = os.path.split(path)
    if name in ("", ".", "..") or os.path.islink(path):
        return os.path.realpath(path)
    real = folders.get(folder)
    if real is None:
        real = folders[folder] = os.path.realpath(folder)
    return os.path.join(real, name)


def _listed(paths: Iterable[str | Path]) -> Iterator[Path | InputProblem]:
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                # a folder's README describes the folder; it is not an article (name it to read it)
                if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES and not f.name.upper().startswith("README"):
                    if not any(part.startswith(".") for part in f.relative_to(path).parts):
                        yield f
        elif path.is_file():
            yield path
        else:
            yield InputProblem(path=str(path), message="no such file or folder")


def split_documents(items: Iterable[str | Path | Document]) -> tuple[list[Document], list[str | Path]]:
    """Documents given as they are, and the paths to read, each in the order given."""
    docs: list[Document] = []
    paths: list[str | Path] = []
    for item in items:
        (docs if isinstance(item, Document) else paths).append(item)  # type: ignore[arg-type]
    return docs, paths


def list_articles(paths: Iterable[str | Path]) -> Iterator[Path | InputProblem]:
    """What :func:`iter_files` lists, in its order, walked with ``os.scandir`` instead of pathlib
    (an archive of 100,000 files is listed in a fraction of the time)."""
    for p in article_paths(paths):
        yield p if isinstance(p, InputProblem) else Path(p)


def article_paths(paths: Iterable[str | Path]) -> Iterator[str | InputProblem]:
    """:func:`list_articles` as strings, for callers that only stat and compare paths; a file named
    twice is listed once."""
    roots = list(paths)
    if len(roots) <= 1:  # one folder's walk lists each file once: no key to build per file
        yield from _article_paths(roots)
        return
    seen: set[str] = set()
    for f in _article_paths(roots):
        if isinstance(f, InputProblem):
            yield f
            continue
        key = os.path.abspath(f)  # a file named twice, or a folder and a file inside it
        if key not in seen:
            seen.add(key)
            yield f


def _article_paths(paths: Iterable[str | Path]) -> Iterator[str | InputProblem]:
    suffixes = ARTICLE_SUFFIXES
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
