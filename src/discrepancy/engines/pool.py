"""The local engine: reading and extraction in a pool of processes on this machine.

The first file is read in this process (which loads the lexicon, pint's units and lemminflect's
tables once); the pool is then forked, so each worker starts with them loaded instead of paying
about two seconds to load them again. Files go to the workers in chunks and come back in order.
Where ``fork`` is not available (macOS, Windows), workers are spawned and load them themselves."""

from __future__ import annotations

import gc
import multiprocessing as mp
from collections.abc import Iterator
from pathlib import Path
from typing import cast

from ..models import InputProblem
from .work import Item, Result, extract_item


def _context() -> mp.context.BaseContext:
    return mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context("spawn")


def extract_in_pool(
    work: list[Item | InputProblem], dirs: tuple[Path, ...], max_bytes: int | None, jobs: int
) -> list[Result]:
    results: list[Result] = [[] for _ in work]
    for i, result in extract_each(work, dirs, max_bytes, jobs):
        results[i] = result
    return results


def extract_each(
    work: list[Item | InputProblem], dirs: tuple[Path, ...], max_bytes: int | None, jobs: int
) -> Iterator[tuple[int, Result]]:
    """Each item's result with its place in ``work``, in the order of ``work`` (problems skipped),
    as the results come: a caller that keeps only what it needs of each holds one at a time."""
    todo = [i for i, item in enumerate(work) if not isinstance(item, InputProblem)]
    if not todo:
        return
    first, rest = todo[0], todo[1:]
    yield first, extract_item(work[first], dirs, max_bytes)  # type: ignore[arg-type]
    if jobs <= 1 or len(rest) < 2:
        for i in rest:
            yield i, extract_item(work[i], dirs, max_bytes)  # type: ignore[arg-type]
        return
    jobs = min(jobs, len(rest))
    chunk = max(1, min(16, len(rest) // (jobs * 8)))
    args = [(cast(Item, work[i]), dirs, max_bytes) for i in rest]
    # the objects loaded so far (lexicon, tables) are left out of the workers' garbage collections,
    # which would otherwise write to every page of them and copy each from the parent
    gc.freeze()
    try:
        with _context().Pool(jobs) as pool:
            yield from zip(rest, pool.imap(_extract, args, chunksize=chunk), strict=True)
    finally:
        gc.unfreeze()


def _extract(args: tuple[Item, tuple[Path, ...], int | None]) -> Result:
    return extract_item(*args)
