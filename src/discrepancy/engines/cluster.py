"""The Dask engine: reading and extraction as a bag map over the files, on a Dask cluster.

Each partition of the bag is a run of files in listing order; a worker reads and extracts them
one at a time and sends back the documents and their claims. The comparison then runs in the
calling process on the gathered claims (see docs/scale.md for why, and what would change).

Without a client: ``scheduler`` names a running scheduler (``tcp://host:8786``), else a
LocalCluster is started with one single-threaded worker process per core and closed at the end.
Workers must be able to read the files and the rules folders at the paths this process names them
(a shared file system), and have the same version of ``discrepancy`` installed."""

from __future__ import annotations

import os
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from ..lexicon import default_rules_dir
from ..models import InputProblem
from . import EngineError
from .work import Item, Result, extract_remote


def _client(stack: ExitStack, scheduler: str | None) -> Any:
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


def extract_on_cluster(
    work: list[Item | InputProblem], dirs: tuple[Path, ...], max_bytes: int | None, client: Any, scheduler: str | None
) -> list[Result]:
    import dask.bag as db

    todo = [i for i, item in enumerate(work) if not isinstance(item, InputProblem)]
    results: list[Result] = [[] for _ in work]
    if not todo:
        return results
    with ExitStack() as stack:
        if client is None:
            client = _client(stack, scheduler)
        workers = max(1, sum(client.nthreads().values()))
        parts = max(1, min(len(todo), workers * 4))
        bag = db.from_sequence([work[i] for i in todo], npartitions=parts)
        # workers use their own installation's bundled rules, and open relative paths under ours
        sent = tuple(None if d == default_rules_dir() else d.resolve() for d in dirs)
        done = bag.map_partitions(extract_remote, sent, max_bytes, os.getcwd())
        found = client.compute(done).result()
    for i, result in zip(todo, found, strict=True):
        results[i] = result
    return results
