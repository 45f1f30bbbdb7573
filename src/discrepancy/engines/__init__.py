"""Where reading, extraction and comparison run: in this process, in a pool of local processes, or
on a Dask cluster. Extraction (per document, independent of every other) is the expensive part of
a check; the comparison (``compare.py``) clusters the stories over all articles in this process,
then compares each story on its own, which the local pool spreads too. Every engine gives the
documents, claims and problems in the order one process reading the files in turn gives them, and
merges the stories' comparisons in the stories' order, so a report is byte-identical whatever ran it.

    engine = Engine(jobs=4)                       # a process pool of 4
    engine = Engine(engine="dask")                # a LocalCluster on this machine's cores
    engine = Engine(client=Client("tcp://h:8786"))  # a running Dask cluster
    docs, done, problems = engine.check(["articles/"], rules_dirs, rules, lex)
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ..compare import CompareStories, Comparison, StoryComparison, compare_documents, merge
from ..corpus import FeedSources, iter_files, split_documents
from ..feeds import split_feeds
from ..lexicon import Lexicon, default_rules_dir
from ..models import Claim, Document, InputProblem
from ..rules.schema import Rule
from ..stories import NameWords, Story
from ..stories import cluster as cluster_stories  # engines.cluster is the Dask module
from .work import Item, Named, Result, extract_named

EngineName = Literal["local", "dask"]
# each document's names and subject keys (``stories.name_words``, ``stories.document_keys``) by id
Clues = tuple[dict[str, NameWords], dict[str, set[str]]]
Read = tuple[list[Document], dict[str, list[Claim]], list[InputProblem], Clues | None]


class EngineError(Exception):
    """An engine that cannot run: Dask not installed, a scheduler that does not answer."""


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        return os.cpu_count() or 1


@dataclass
class Engine:
    """How to run reading, extraction and comparison.

    ``jobs``: processes for the local engine (1: this process only; None: every core).
    ``engine``: ``local`` or ``dask``; a ``client`` (a ``dask.distributed.Client``) implies ``dask``.
    ``scheduler``: with ``dask`` and no client, the scheduler's address (else a LocalCluster here).
    ``max_bytes``: the size limit of one article (default ``corpus.max_file_bytes()``).
    """

    jobs: int | None = 1
    engine: EngineName = "local"
    scheduler: str | None = None
    client: Any = None
    max_bytes: int | None = None

    def read_and_extract(
        self, items: Iterable[str | Path | Document], rules_dirs: Sequence[Path]
    ) -> tuple[list[Document], dict[str, list[Claim]], list[InputProblem]]:
        """Documents (in the order :func:`api.load_documents` gives them), their claims by document
        id, and the input problems in the order the files were listed."""
        docs, claims, problems, _ = self.read(items, rules_dirs)
        return docs, claims, problems

    def read(self, items: Iterable[str | Path | Document], rules_dirs: Sequence[Path]) -> Read:
        """:meth:`read_and_extract`, and the clustering's reading of each document (its names and
        subject keys) where the local engine's workers made it (else None)."""
        dirs = tuple(Path(d) for d in rules_dirs)
        if self._dask():
            work = _items(items, self._dask_workers())
            from .cluster import extract_on_cluster

            return (*_collect(work, extract_on_cluster(work, dirs, self.max_bytes, self.client, self.scheduler)), None)
        from .pool import extract_in_pool

        work = _items(items, self._jobs())
        return _collect_named(work, extract_in_pool(work, dirs, self.max_bytes, self._jobs(), extract_named))

    def check(
        self, items: Iterable[str | Path | Document], rules_dirs: Sequence[Path], rules: Iterable[Rule], lex: Lexicon
    ) -> tuple[list[Document], Comparison, list[InputProblem]]:
        """Read, extract and compare: the documents (sorted as a report lists them), their
        comparison and the input problems in the order the files were listed. On Dask the claims
        stay on the cluster until each story has been compared there."""
        if not self._dask():
            return self.check_gathered(items, rules_dirs, rules, lex)
        from .cluster import check_on_cluster

        work, dirs = _items(items, self._dask_workers()), tuple(Path(d) for d in rules_dirs)
        return check_on_cluster(work, dirs, self.max_bytes, self.client, self.scheduler, list(rules), lex)

    def check_gathered(
        self, items: Iterable[str | Path | Document], rules_dirs: Sequence[Path], rules: Iterable[Rule], lex: Lexicon
    ) -> tuple[list[Document], Comparison, list[InputProblem]]:
        """:meth:`check` with every claim gathered here before the stories are compared."""
        docs, claims, problems, clues = self.read(items, rules_dirs)
        docs.sort(key=lambda d: (d.path, d.id))
        return docs, self.compare(docs, claims, rules, lex, rules_dirs, clues), problems

    def compare(
        self,
        docs: list[Document],
        claims: dict[str, list[Claim]],
        rules: Iterable[Rule],
        lex: Lexicon,
        rules_dirs: Sequence[Path] = (),
        clues: Clues | None = None,
    ) -> Comparison:
        """The comparison of ``docs`` (in the order a report lists them) and their claims: the
        stories clustered in this process (from ``clues``, each document's names and subject keys,
        when the workers read them), then each compared by this engine (``rules_dirs``: the
        lexicon's folders, for Dask workers, which load it themselves)."""
        rule_list = list(rules)
        each: CompareStories
        if self._dask():
            from .cluster import compare_on_cluster

            dirs = tuple(Path(d) for d in rules_dirs) or (default_rules_dir(),)

            def each(stories: list[Story]) -> list[StoryComparison]:
                return compare_on_cluster(stories, docs, claims, rule_list, dirs, self.client, self.scheduler)

        else:
            from .compare_pool import compare_in_pool

            jobs = self._jobs()

            def each(stories: list[Story]) -> list[StoryComparison]:
                return compare_in_pool(stories, docs, claims, rule_list, lex, jobs)

        if clues is None:
            return compare_documents(docs, claims, rule_list, lex, each)
        words, keys = clues
        stories = cluster_stories(docs, lex, keys={d: keys[d] for d in claims}, words=words)
        return merge(stories, docs, each(stories))

    @contextmanager
    def connected(self) -> Iterator[Engine]:
        """This engine for one run. On Dask with no client, the run's one cluster (a LocalCluster,
        or the connection to ``scheduler``) is started here and shared by every batch the run
        reads and by its comparison, then closed; any other engine is itself."""
        if not self._dask() or self.client is not None:
            yield self
            return
        from .cluster import connect

        with ExitStack() as stack:
            yield dataclasses.replace(self, client=connect(stack, self.scheduler))

    def _dask(self) -> bool:
        return self.client is not None or self.engine == "dask" or bool(self.scheduler)

    def _jobs(self) -> int:
        return cores() if self.jobs is None else max(1, self.jobs)

    def _dask_workers(self) -> int:
        """How many workers a feed is cut for on Dask: the client's threads, else this machine's
        cores (a LocalCluster's, and a floor for a scheduler not yet met; the parts' number changes
        no result)."""
        threads = sum(self.client.nthreads().values()) if self.client is not None else 0
        return max(cores(), threads)


def _items(items: Iterable[str | Path | Document], workers: int = 1) -> list[Item | InputProblem]:
    """What to read, in :func:`api.load_documents`'s order: the documents given, then the files
    listed under the paths (a path that is not there is a problem in its place); for several
    workers, a large feed in parts (``feeds.split_feeds``), which they read side by side."""
    docs, paths = split_documents(items)
    work: list[Item | InputProblem] = [*docs]
    for f in iter_files(paths):
        work.extend([f] if isinstance(f, InputProblem) else split_feeds([str(f)], workers))
    return work


def _collect(
    work: list[Item | InputProblem], results: list[Result]
) -> tuple[list[Document], dict[str, list[Claim]], list[InputProblem]]:
    docs: list[Document] = []
    claims: dict[str, list[Claim]] = {}
    problems: list[InputProblem] = []
    sources = FeedSources()  # a feed read in parts: its records with no source, told once
    for item, result in zip(work, results, strict=True):
        if isinstance(item, InputProblem):
            problems.append(item)
            continue
        for r in result:
            if isinstance(r, InputProblem):
                problems.append(r)
            else:
                doc, found = r
                docs.append(doc)
                claims[doc.id] = found
        problems.extend(sources.after(item, (r[0] for r in result if not isinstance(r, InputProblem))))
    return docs, claims, problems


def _collect_named(work: list[Item | InputProblem], results: list[list[Named | InputProblem]]) -> Read:
    """:func:`_collect`, and each document's names and keys (None if two documents share an id:
    clustering reads the names of the one it meets last, the keys of the one listed last)."""
    words: dict[str, NameWords] = {}
    keys: dict[str, set[str]] = {}
    plain: list[Result] = []
    once = True
    for result in results:
        plain.append([])
        for r in result:
            if isinstance(r, InputProblem):
                plain[-1].append(r)
                continue
            doc, found, named, stated = r
            once = once and doc.id not in words
            words[doc.id], keys[doc.id] = named, stated
            plain[-1].append((doc, found))
    return (*_collect(work, plain), (words, keys) if once else None)


__all__ = ["Clues", "Engine", "EngineError", "EngineName", "Read", "cores"]
