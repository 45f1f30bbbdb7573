"""The local engine: reading and extraction in a pool of processes on this machine.

The first file is read in this process (which loads the lexicon and lemminflect's tables once);
the pool is then forked, so each worker starts with them loaded instead of loading them again.
Files go to the workers in chunks and come back in order. Where ``fork`` is not available
(macOS, Windows), workers are spawned and load them themselves."""

from __future__ import annotations

import gc
import multiprocessing as mp
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path
from typing import TypeVar, cast

from ..models import InputProblem
from .wire import dumps
from .work import Item, extract_item

R = TypeVar("R")
# what a worker does with one item: extract_item, or a caller's function of the same arguments
Each = Callable[[Item, tuple[Path, ...], int | None], R]


def _context() -> mp.context.BaseContext:
    return mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context("spawn")


def extract_in_pool(
    work: list[Item | InputProblem],
    dirs: tuple[Path, ...],
    max_bytes: int | None,
    jobs: int,
    each: Each[list[R]] = extract_item,  # type: ignore[assignment]
) -> list[list[R]]:
    """Each item's result (``each``'s, by default :func:`~.work.extract_item`'s) in the order of
    ``work``, a problem's an empty list."""
    results: list[list[R]] = [[] for _ in work]
    for i, result in extract_each(work, dirs, max_bytes, jobs, each):
        results[i] = result
    return results


def extract_each(
    work: list[Item | InputProblem],
    dirs: tuple[Path, ...],
    max_bytes: int | None,
    jobs: int,
    each: Each[R] = extract_item,  # type: ignore[assignment]
) -> Iterator[tuple[int, R]]:
    """Each item's result with its place in ``work``, in the order of ``work`` (problems skipped),
    as the results come: a caller that keeps only what it needs of each holds one at a time.
    ``each``: what is done with an item (a top-level function, which a worker runs), by default
    :func:`~.work.extract_item`; a caller that keeps only a part of each result has the workers
    make that part, so that neither the rest nor its pickling reaches this process."""
    todo = [i for i, item in enumerate(work) if not isinstance(item, InputProblem)]
    if not todo:
        return
    first, rest = todo[0], todo[1:]
    yield first, each(work[first], dirs, max_bytes)  # type: ignore[arg-type]
    if jobs <= 1 or len(rest) < 2:
        for i in rest:
            yield i, each(work[i], dirs, max_bytes)  # type: ignore[arg-type]
        return
    jobs = min(jobs, len(rest))
    chunk = max(1, min(16, len(rest) // (jobs * 8)))
    batches = [rest[k : k + chunk] for k in range(0, len(rest), chunk)]
    # the objects loaded so far (lexicon, tables) are left out of the workers' garbage collections,
    # which would otherwise write to every page of them and copy each from the parent
    gc.freeze()
    try:
        with _context().Pool(jobs) as pool:
            for batch, results in _in_window(pool, batches, work, dirs, max_bytes, jobs * IN_FLIGHT, each):
                yield from zip(batch, results, strict=True)
    finally:
        gc.unfreeze()


IN_FLIGHT = 4  # batches queued per worker: enough to keep it busy, few enough to bound what waits


def _in_window(
    pool: Pool,
    batches: Iterable[list[int]],
    work: list[Item | InputProblem],
    dirs: tuple[Path, ...],
    max_bytes: int | None,
    window: int,
    each: Each[R] = extract_item,  # type: ignore[assignment]
) -> Iterator[tuple[list[int], list[R]]]:
    """Each batch with its results, in order, with at most ``window`` batches sent and not yet
    taken. ``Pool.imap`` sends every task at once and keeps each result until its turn, so a
    caller slower than the workers (one spilling to disk) would hold the whole corpus's results."""
    sent: deque[tuple[list[int], AsyncResult[bytes]]] = deque()
    for batch in batches:
        if len(sent) >= window:
            done, pending = sent.popleft()
            yield done, pickle.loads(pending.get())
        args = [(cast(Item, work[i]), dirs, max_bytes) for i in batch]
        sent.append((batch, pool.apply_async(_extract_batch, (each, args))))
    while sent:
        done, pending = sent.popleft()
        yield done, pickle.loads(pending.get())


def _extract_batch(each: Each[R], batch: list[tuple[Item, tuple[Path, ...], int | None]]) -> bytes:
    """The batch's results, pickled here (``wire.dumps``: claims as plain data), read by the caller."""
    return dumps([each(*args) for args in batch])
