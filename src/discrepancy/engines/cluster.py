"""The Dask engine: reading and extraction as a bag map over the files, then the stories compared
on the cluster after a shuffle of the claims by story.

1. Each partition of the bag is a run of files in listing order; a worker reads and extracts them
   one at a time. The results stay on the workers (persisted); this process gathers only the
   documents and each one's subject keys (what clustering reads of its claims).
2. The stories are clustered here, over all documents, and each document is told its story and
   its place in it.
3. Each document's claims (and an undated document itself, which is read again where its story
   places it) are keyed by story and shuffled (``Bag.groupby``, task-based), so that each story's
   claims meet on one worker; the story is compared there (``compare.compare_story``).
4. This process gathers each story's claims, findings and groups, and merges them in the stories'
   order, as one process does: the report is the same byte for byte.

The shuffle is by story, not by (story, subject key): grouping (``group.py``) joins subject keys
within a story (one occurrence named two ways, a key that leaves a part unstated), so a subject's
claims are only known once the whole story's claims are together. With claims already here (a
run that reports its progress reads in batches), they are sent out keyed by story and shuffled the
same way.

Without a client: ``scheduler`` names a running scheduler (``tcp://host:8786``), else a
LocalCluster is started with one single-threaded worker process per core and closed at the end.
Workers must be able to read the files and the rules folders at the paths this process names them
(a shared file system), and have the same version of ``discrepancy`` installed."""

from __future__ import annotations

import os
from collections.abc import Iterable
from contextlib import ExitStack
from operator import itemgetter
from pathlib import Path
from typing import Any

from ..compare import Comparison, StoryComparison, compare_story, merge
from ..corpus import FeedSources
from ..lexicon import Lexicon, default_rules_dir, load_lexicon
from ..models import Claim, Document, InputProblem
from ..rules.schema import Rule
from ..stories import Story, cluster, document_keys
from . import EngineError
from .work import Item, Result, extract_remote

# a document on its way to its story: (story, place in the story, id, the document when it is
# undated (else None), its claims)
Record = tuple[int, int, str, Document | None, list[Claim]]


def connect(stack: ExitStack, scheduler: str | None) -> Any:
    """A client of the scheduler at ``scheduler``, else of a LocalCluster on this machine's cores,
    both closed with ``stack``."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise EngineError("the dask engine needs Dask: pip install 'discrepancy[dask]'") from None
    if scheduler:
        try:
            return stack.enter_context(Client(scheduler))  # waits distributed.comm.timeouts.connect
        except OSError as err:
            raise EngineError(f"no Dask scheduler at {scheduler}: {err}") from None
    from . import cores

    cluster = stack.enter_context(LocalCluster(n_workers=cores(), threads_per_worker=1, dashboard_address=None))
    return stack.enter_context(Client(cluster))


def _sent(dirs: tuple[Path, ...]) -> tuple[Path | None, ...]:
    """Rules folders as workers open them: their own installation's bundled rules (None), and the
    caller's folders resolved (opened on a shared file system)."""
    return tuple(None if d == default_rules_dir() else d.resolve() for d in dirs)


def _parts(client: Any, n: int) -> int:
    return max(1, min(n, max(1, sum(client.nthreads().values())) * 4))


def extract_on_cluster(
    work: list[Item | InputProblem], dirs: tuple[Path, ...], max_bytes: int | None, client: Any, scheduler: str | None
) -> list[Result]:
    """Every item read and extracted, the results gathered (for a run that wants the claims here)."""
    import dask.bag as db

    todo = [i for i, item in enumerate(work) if not isinstance(item, InputProblem)]
    results: list[Result] = [[] for _ in work]
    if not todo:
        return results
    with ExitStack() as stack:
        if client is None:
            client = connect(stack, scheduler)
        bag = db.from_sequence([work[i] for i in todo], npartitions=_parts(client, len(todo)))
        # workers use their own installation's bundled rules, and open relative paths under ours
        done = bag.map_partitions(extract_remote, _sent(dirs), max_bytes, os.getcwd())
        found = client.compute(done).result()
    for i, result in zip(todo, found, strict=True):
        results[i] = result
    return results


def check_on_cluster(
    work: list[Item | InputProblem],
    dirs: tuple[Path, ...],
    max_bytes: int | None,
    client: Any,
    scheduler: str | None,
    rules: list[Rule],
    lex: Lexicon,
) -> tuple[list[Document], Comparison, list[InputProblem]]:
    """Read, extract and compare on the cluster: the documents (sorted as a report lists them),
    their comparison, and the input problems in the order the files were listed."""
    import dask.bag as db
    from dask import delayed

    todo = [item for item in work if not isinstance(item, InputProblem)]
    with ExitStack() as stack:
        if client is None:
            client = connect(stack, scheduler)
        parts = _parts(client, len(todo))
        bag = db.from_sequence(todo, npartitions=parts) if todo else db.from_sequence([], npartitions=1)
        extracted = client.persist(bag.map_partitions(extract_remote, _sent(dirs), max_bytes, os.getcwd()))
        told = iter(client.compute(extracted.map(_told)).result())
        docs: list[Document] = []
        keys: dict[str, set[str]] = {}
        problems: list[InputProblem] = []
        sources = FeedSources()  # a feed read in parts: its records with no source, told once
        for item in work:
            got = [item] if isinstance(item, InputProblem) else next(told)
            for r in got:
                if isinstance(r, InputProblem):
                    problems.append(r)
                else:
                    docs.append(r[0])
                    keys[r[0].id] = r[1]
            problems.extend(sources.after(item, (r[0] for r in got if not isinstance(r, InputProblem))))
        docs.sort(key=lambda d: (d.path, d.id))
        stories = cluster(docs, lex, keys=keys)
        place = {d: (i, k) for i, s in enumerate(stories) for k, d in enumerate(s.documents)}
        records = extracted.map_partitions(_records, delayed(place, traverse=False))
        done = _compared(records, stories, rules, dirs, parts)
        comparisons = _in_order(client.compute(done).result(), stories)
    return docs, merge(stories, docs, comparisons), problems


def compare_on_cluster(
    stories: list[Story],
    docs: list[Document],
    claims_by_doc: dict[str, list[Claim]],
    rules: list[Rule],
    dirs: tuple[Path, ...],
    client: Any,
    scheduler: str | None,
) -> list[StoryComparison]:
    """The stories compared on the cluster, from claims gathered here: each document's claims sent
    keyed by its story and shuffled as :func:`check_on_cluster` does."""
    import dask.bag as db

    place = {d: (i, k) for i, s in enumerate(stories) for k, d in enumerate(s.documents)}
    records = [(*place[d.id], d.id, d if d.published is None else None, claims_by_doc.get(d.id, [])) for d in docs]
    with ExitStack() as stack:
        if client is None:
            client = connect(stack, scheduler)
        parts = _parts(client, len(records))
        bag = db.from_sequence(records, npartitions=parts) if records else db.from_sequence([], npartitions=1)
        return _in_order(client.compute(_compared(bag, stories, rules, dirs, parts)).result(), stories)


def _told(result: Result) -> list[tuple[Document, set[str]] | InputProblem]:
    """What this process needs of one file's result to cluster the stories: each document and the
    subject keys of its claims (their claims stay on the worker)."""
    out: list[tuple[Document, set[str]] | InputProblem] = []
    for r in result:
        if isinstance(r, InputProblem):
            out.append(r)
        else:
            doc, claims = r
            out.append((doc, document_keys({doc.id: claims})[doc.id]))
    return out


def _records(results: Iterable[Result], place: dict[str, tuple[int, int]]) -> list[Record]:
    out: list[Record] = []
    for result in results:
        for r in result:
            if not isinstance(r, InputProblem):
                doc, claims = r
                story, k = place[doc.id]
                out.append((story, k, doc.id, doc if doc.published is None else None, claims))
    return out


def _compared(records: Any, stories: list[Story], rules: list[Rule], dirs: tuple[Path, ...], parts: int) -> Any:
    """The records shuffled by story and each story compared where its records meet."""
    from dask import delayed

    grouped = records.groupby(itemgetter(0), shuffle="tasks", npartitions=parts)
    told = delayed(stories, traverse=False), delayed(rules, traverse=False)
    return grouped.map(_compare_group, *told, _sent(dirs))


def _compare_group(
    group: tuple[int, list[Record]], stories: list[Story], rules: list[Rule], dirs: tuple[Path | None, ...]
) -> tuple[int, StoryComparison]:
    story, records = group
    records = sorted(records, key=itemgetter(1))  # the story's documents in their order
    claims = {r[2]: r[4] for r in records}
    undated = {r[2]: r[3] for r in records if r[3] is not None}
    lex = load_lexicon(tuple(default_rules_dir() if d is None else d for d in dirs))
    return story, compare_story(stories[story], claims, undated, rules, lex)


def _in_order(found: list[tuple[int, StoryComparison]], stories: list[Story]) -> list[StoryComparison]:
    by_story = dict(found)
    return [by_story[i] for i in range(len(stories))]
