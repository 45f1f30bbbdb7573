"""A check in bounded memory: claims wait on disk and each story's are loaded only while it is compared.

``check(...)`` holds every document and claim until its :class:`Report` is made, about 12 MB of
memory per MB of text. :func:`check_streamed`, which the command's ``check --format json`` uses,
holds instead, per document, what clustering the stories reads (its metadata and the names of
its lead and headline, :class:`Lead`) and its subject keys:

1. Files are read and extracted one at a time (or in the local pool, their results taken as they
   come); each document's claims go to a :class:`~.spill.Spill` (a temporary SQLite file), and an
   undated document goes there whole, since its story reads it again where it places it.
2. The stories are clustered from the documents and their keys, as every engine does.
3. Each story's claims are read back, compared (``compare.compare_story``), its findings and groups
   written as their JSON rows into the spill with the columns the report sorts them by, and let go
   (in forked workers with ``jobs`` > 1, each reading the spill itself).
4. :meth:`Streamed.write` writes the report from the spill in its order: the same bytes as
   ``Report.to_json`` of the check that holds everything (``tests/test_streamed.py``).

Findings an article accepts by its front matter are hidden as ``gate.run`` hides them.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, cast

from ..compare import compare_story, group_order
from ..corpus import FeedSources
from ..lexicon import Lexicon
from ..models import (
    SCHEMA_VERSION,
    SEVERITY_RANK,
    Document,
    Finding,
    Group,
    InputProblem,
    finding_dict,
    group_dict,
    json_pieces,
    json_row,
)
from ..models import Story as StoryModel
from ..rules.engine import finding_order
from ..rules.schema import Rule
from ..stories import Story, cluster
from .packed import Lead, Packed, read_packed
from .spill import FindingKey, GroupKey, Spill
from .work import Item

Progress = Callable[[int, int], None]
_TOLD_EVERY = 32  # files read between two calls of ``progress``
Keys = tuple[str, ...] | frozenset[str]


class Writer(Protocol):
    def write(self, text: str, /) -> object: ...


@dataclass
class Streamed:
    """A check whose findings and groups wait in ``spill``, written by :meth:`write`; close it
    (or use it in a ``with``) to delete the spill."""

    spill: Spill
    documents: int = 0
    claims: int = 0
    findings: int = 0
    hidden: int = 0  # findings accepted by an article's front matter
    worst_rank: int = 0
    problems: list[InputProblem] = field(default_factory=list)

    def write(self, out: Writer) -> None:
        """The JSON report, exactly as ``Report.to_json`` writes it, a row at a time."""
        head = {"schema_version": SCHEMA_VERSION, "documents": self.documents, "claims": self.claims}
        rows = [
            ("findings", self.spill.rows("findings")),
            ("groups", self.spill.rows("groups")),
            ("problems", (json_row(p.model_dump(mode="json")) for p in self.problems)),
            ("stories", self.spill.rows("stories")),
        ]
        for piece in json_pieces(head, rows):
            out.write(piece)

    def close(self) -> None:
        self.spill.close()

    def __enter__(self) -> Streamed:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def check_streamed(
    items: Iterable[str | Path | Document],
    rules_dirs: Sequence[Path],
    rules: Iterable[Rule],
    lex: Lexicon,
    jobs: int = 1,
    max_bytes: int | None = None,
    progress: Progress | None = None,
) -> Streamed:
    """Read, extract and compare with the claims on disk (see the module); the caller writes the
    report with :meth:`Streamed.write` and closes it."""
    from . import _items

    done = Streamed(Spill())
    try:
        docs, keys, undated, ignores = _read(
            _items(items, jobs), tuple(Path(d) for d in rules_dirs), lex, max_bytes, jobs, done, progress
        )
        docs.sort(key=lambda d: (d.path, d.id))
        done.spill.commit()
        # cluster reads a Lead's attributes and only reads the keys (see _read)
        words = {d.id: d.words for d in docs}
        stories = cluster(cast(list[Document], docs), lex, keys=cast(dict[str, set[str]], keys), words=words)
        del words
        del keys
        done.documents = len(docs)
        done.spill.add_stories(_story_rows(stories, {d.id: d.path for d in docs}))
        del docs  # the comparison needs the stories alone
        _compare_all(done, stories, _Shared(done.spill.path, undated, ignores, list(rules), lex), jobs)
        done.problems.sort(key=lambda p: (p.path, p.line or 0, p.message))
        return done
    except BaseException:
        done.close()
        raise


def _story_rows(stories: list[Story], paths: dict[str, str]) -> Iterator[str]:
    """Each story's row of the report, its documents named by their paths."""
    for s in stories:
        shown = StoryModel(id=s.id, name=s.name, documents=[paths[d] for d in s.documents], start=s.start, end=s.end)
        yield json_row(shown.model_dump(mode="json"))


def _read(
    work: list[Item | InputProblem],
    dirs: tuple[Path, ...],
    lex: Lexicon,
    max_bytes: int | None,
    jobs: int,
    done: Streamed,
    progress: Progress | None,
) -> tuple[list[Lead], dict[str, Keys], set[str], dict[str, set[str]]]:
    """Each file read and extracted, its claims spilled as they come: the documents cut to their
    leads, their subject keys, the ids of the undated ones and the rules each accepts. A dated
    document's keys are a tuple (a quarter of a set's memory): clustering only iterates them;
    it takes an undated document's in set operations, so those stay sets."""
    from .pool import extract_each

    docs: list[Lead] = []
    keys: dict[str, Keys] = {}
    undated: set[str] = set()
    ignores: dict[str, set[str]] = {}
    done.problems.extend(w for w in work if isinstance(w, InputProblem))
    total = len(work) - len(done.problems)
    if progress is not None:
        progress(0, total)
    sources = FeedSources()  # a feed read in parts: its records with no source, told once
    for n, (i, result) in enumerate(extract_each(work, dirs, max_bytes, jobs, read_packed), start=1):
        for r in result:
            if isinstance(r, InputProblem):
                done.problems.append(r)
                continue
            _keep_packed(r, done.spill, docs, keys, undated, ignores)
        done.problems.extend(sources.after(work[i], (r.lead for r in result if not isinstance(r, InputProblem))))
        if progress is not None and (n % _TOLD_EVERY == 0 or n == total):
            progress(n, total)
    return docs, keys, undated, ignores


def _keep_packed(
    r: Packed, spill: Spill, docs: list[Lead], keys: dict[str, Keys], undated: set[str], ignores: dict[str, set[str]]
) -> None:
    """One article's packed claims spilled, and its lead, keys and accepted rules kept."""
    lead = r.lead.interned()
    spill.put_packed(lead.id, r.claims, r.document)
    stated = [sys.intern(k) for k in r.keys]
    keys[lead.id] = tuple(stated) if lead.published is not None else frozenset(stated)
    if lead.published is None:
        undated.add(lead.id)
    if r.ignores:
        ignores[lead.id] = set(r.ignores)
    docs.append(lead)


@dataclass
class _Shared:
    """What comparing a story needs beside the story: inherited by forked workers, never pickled."""

    spill_path: str
    undated: set[str]
    ignores: dict[str, set[str]]
    rules: list[Rule]
    lex: Lexicon


# a story's claims counted, its findings' and groups' rows, the findings hidden, the worst severity
Compared = tuple[int, list[tuple[FindingKey, str]], list[tuple[GroupKey, str]], int, int]


def _compare_all(done: Streamed, stories: list[Story], shared: _Shared, jobs: int) -> None:
    global _WORK
    if jobs <= 1 or len(stories) < 2 or "fork" not in mp.get_all_start_methods():
        for i, story in enumerate(stories):
            _keep(done, i, _compare(story, shared, done.spill))
        return
    jobs = min(jobs, len(stories))
    chunk = max(1, min(16, len(stories) // (jobs * 8)))
    _WORK = (stories, shared)
    gc.freeze()  # the workers' collections leave the inherited objects (and their pages) alone
    try:
        with mp.get_context("fork").Pool(jobs) as pool:
            for i, compared in pool.imap_unordered(_compare_in_worker, range(len(stories)), chunksize=chunk):
                _keep(done, i, compared)
    finally:
        gc.unfreeze()
        _WORK = None


def _keep(done: Streamed, i: int, compared: Compared) -> None:
    claims, findings, groups, hidden, worst = compared
    done.claims += claims
    done.findings += len(findings)
    done.hidden += hidden
    done.worst_rank = max(done.worst_rank, worst)
    done.spill.add_rows(i, findings, groups)


_WORK: tuple[list[Story], _Shared] | None = None  # set just before the pool is forked
_READER: Spill | None = None  # a worker's own connection to the spill


def _compare_in_worker(i: int) -> tuple[int, Compared]:
    global _READER
    assert _WORK is not None
    stories, shared = _WORK
    if _READER is None:
        _READER = Spill.reader(shared.spill_path)
    return i, _compare(stories[i], shared, _READER)


def _compare(story: Story, shared: _Shared, spill: Spill) -> Compared:
    """One story compared from its claims read back from the spill, as its JSON rows."""
    from ..gate import accept

    claims = {d: spill.claims(d) for d in story.documents}
    undated = {d: spill.document(d) for d in story.documents if d in shared.undated}
    found = compare_story(story, claims, undated, shared.rules, shared.lex)
    ignores = {d: shared.ignores[d] for d in story.documents if d in shared.ignores}
    shown = accept(found.findings, ignores)
    worst = max((SEVERITY_RANK[f.severity] for f in shown), default=0)
    return (
        len(found.claims),
        [(_finding_key(f), json_row(finding_dict(f))) for f in shown],
        [(_group_key(g), json_row(group_dict(g))) for g in found.groups],
        len(found.findings) - len(shown),
        worst,
    )


def _finding_key(f: Finding) -> FindingKey:
    subject, day, document, start, rule = finding_order(f)
    return subject, day.isoformat(), document, start, rule


def _group_key(g: Group) -> GroupKey:
    settled, subject, story = group_order(g)
    return int(settled), subject, story
