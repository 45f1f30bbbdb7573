"""Where reading and extraction run: in this process, in a pool of local processes, or on a Dask
cluster. Extraction (per document, independent of every other) is the expensive part of a check,
so it is what is spread; the comparison (``compare.py``, story by story) then runs in this process
on the gathered claims. Every engine gives the documents, claims and problems in the order one
process reading the files in turn gives them, so a report is byte-identical whatever ran it.

    engine = Engine(jobs=4)                       # a process pool of 4
    engine = Engine(engine="dask")                # a LocalCluster on this machine's cores
    engine = Engine(client=Client("tcp://h:8786"))  # a running Dask cluster
    docs, claims, problems = engine.read_and_extract(["articles/"], rules_dirs)
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ..corpus import iter_files, split_documents
from ..models import Claim, Document, InputProblem
from .work import Item, Result

EngineName = Literal["local", "dask"]


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
    """How to run reading and extraction.

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
        work = _items(items)
        dirs = tuple(Path(d) for d in rules_dirs)
        if self.client is not None or self.engine == "dask" or self.scheduler:
            from .cluster import extract_on_cluster

            results = extract_on_cluster(work, dirs, self.max_bytes, self.client, self.scheduler)
        else:
            from .pool import extract_in_pool

            jobs = cores() if self.jobs is None else max(1, self.jobs)
            results = extract_in_pool(work, dirs, self.max_bytes, jobs)
        return _collect(work, results)


def _items(items: Iterable[str | Path | Document]) -> list[Item | InputProblem]:
    """What to read, in :func:`api.load_documents`'s order: the documents given, then the files
    listed under the paths (a path that is not there is a problem in its place)."""
    docs, paths = split_documents(items)
    return [*docs, *(f if isinstance(f, InputProblem) else str(f) for f in iter_files(paths))]


def _collect(
    work: list[Item | InputProblem], results: list[Result]
) -> tuple[list[Document], dict[str, list[Claim]], list[InputProblem]]:
    docs: list[Document] = []
    claims: dict[str, list[Claim]] = {}
    problems: list[InputProblem] = []
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
    return docs, claims, problems


__all__ = ["Engine", "EngineError", "EngineName", "cores"]
