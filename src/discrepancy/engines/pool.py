"""The local engine: reading and extraction in a pool of processes on this machine.

The first file is read in this process (which loads the lexicon, pint's units and lemminflect's
tables once); the pool is then forked, so each worker starts with them loaded instead of paying
about two seconds to load them again. Files go to the workers in chunks and come back in order.
Where ``fork`` is not available (macOS, Windows), workers are spawned and load them themselves."""

from __future__ import annotations

import gc
import multiprocessing as mp
from pathlib import Path

from ..models import InputProblem
from .work import Item, Result, extract_item


def _context() -> mp.context.BaseContext:
    return mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context("spawn")


def extract_in_pool(
    work: list[Item | InputProblem], dirs: tuple[Path, ...], max_bytes: int | None, jobs: int
) -> list[Result]:
    todo = [i for i, item in enumerate(work) if not isinstance(item, InputProblem)]
    results: list[Result] = [[] for _ in work]
    if not todo:
        return results
    first, rest = todo[0], todo[1:]
    results[first] = extract_item(work[first], dirs, max_bytes)  # type: ignore[arg-type]
    if jobs <= 1 or len(rest) < 2:
        for i in rest:
            results[i] = extract_item(work[i], dirs, max_bytes)  # type: ignore[arg-type]
        return results
    jobs = min(jobs, len(rest))
    chunk = max(1, min(16, len(rest) // (jobs * 8)))
    args = [(work[i], dirs, max_bytes) for i in rest]
    # the objects loaded so far (lexicon, tables) are left out of the workers' garbage collections,
    # which would otherwise write to every page of them and copy each from the parent
    gc.freeze()
    try:
        with _context().Pool(jobs) as pool:
            for i, result in zip(rest, pool.starmap(extract_item, args, chunksize=chunk), strict=True):
                results[i] = result
    finally:
        gc.unfreeze()
    return results
