"""The local engine's comparison: stories compared in a pool of forked processes.

The stories are clustered in this process (over all articles); the pool is then forked, so each
worker starts with every document, claim, rule and the lexicon already in memory and is sent only
a story's number. A worker sends back its story's comparison with each claim it was given named
by its place (document id, index) instead of copied: this process puts its own claim there, so
only what the comparison made (findings, groups, the claims of undated articles read again) is
pickled. The comparisons are merged in the stories' order, so the report is the one one process
gives. Where ``fork`` is not available (macOS, Windows) the stories are compared in this process.
"""

from __future__ import annotations

import gc
import io
import multiprocessing as mp
import pickle
from collections.abc import Mapping

from ..compare import StoryComparison, compare_story
from ..lexicon import Lexicon
from ..models import Claim, Document
from ..rules.schema import Rule
from ..stories import Story

# what the workers compare, set just before the pool is forked: inherited, never pickled
_SHARED: tuple[list[Story], Mapping[str, list[Claim]], Mapping[str, Document], list[Rule], Lexicon] | None = None


def compare_in_pool(
    stories: list[Story],
    docs: list[Document],
    claims_by_doc: Mapping[str, list[Claim]],
    rules: list[Rule],
    lex: Lexicon,
    jobs: int,
) -> list[StoryComparison]:
    global _SHARED
    undated = {d.id: d for d in docs if d.published is None}
    if jobs <= 1 or len(stories) < 2 or "fork" not in mp.get_all_start_methods():
        return [compare_story(s, claims_by_doc, undated, rules, lex) for s in stories]
    jobs = min(jobs, len(stories))
    # the largest stories first, so that no worker is left with a large one at the end
    order = sorted(range(len(stories)), key=lambda i: -sum(len(claims_by_doc.get(d, ())) for d in stories[i].documents))
    chunk = max(1, min(16, len(order) // (jobs * 8)))
    done: list[StoryComparison | None] = [None] * len(stories)
    _SHARED = (stories, claims_by_doc, undated, rules, lex)
    gc.freeze()  # the workers' collections leave the inherited objects (and their pages) alone
    try:
        with mp.get_context("fork").Pool(jobs) as pool:
            for i, sent in zip(order, pool.imap(_compare, order, chunksize=chunk), strict=True):
                done[i] = _Given(io.BytesIO(sent), claims_by_doc).load()
    finally:
        gc.unfreeze()
        _SHARED = None
    for story, result in zip(stories, done, strict=True):
        assert result is not None
        for c in result.claims:  # the worker tagged its copies; these are this process's own
            c.story = story.id
    return done  # type: ignore[return-value]


def _compare(i: int) -> bytes:
    assert _SHARED is not None
    stories, claims_by_doc, undated, rules, lex = _SHARED
    story = stories[i]
    given = {id(c): (d, k) for d in story.documents for k, c in enumerate(claims_by_doc.get(d, ()))}
    own = {d: undated[d] for d in story.documents if d in undated}
    out = io.BytesIO()
    _Naming(out, given).dump(compare_story(story, claims_by_doc, own, rules, lex))
    return out.getvalue()


class _Naming(pickle.Pickler):
    """Pickles a claim the worker was given as its place, anything else as itself."""

    def __init__(self, out: io.BytesIO, given: dict[int, tuple[str, int]]) -> None:
        super().__init__(out, pickle.HIGHEST_PROTOCOL)
        self.given = given

    def persistent_id(self, obj: object) -> tuple[str, int] | None:
        return self.given.get(id(obj))


class _Given(pickle.Unpickler):
    """Unpickles a claim named by its place as this process's claim there."""

    def __init__(self, data: io.BytesIO, claims_by_doc: Mapping[str, list[Claim]]) -> None:
        super().__init__(data)
        self.claims_by_doc = claims_by_doc

    def persistent_load(self, pid: tuple[str, int]) -> Claim:
        doc, k = pid
        return self.claims_by_doc[doc][k]
