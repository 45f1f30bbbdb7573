"""The unit of work every engine runs: one file (or one given document) read and extracted.

It is a plain top-level function of picklable arguments, so a process pool or a Dask worker can
run it; each process loads the lexicon once (``load_lexicon`` is cached per rules folders)."""

from __future__ import annotations

from pathlib import Path

from ..corpus import read_file
from ..extract import extract_document
from ..lexicon import load_lexicon
from ..models import Claim, Document, InputProblem

Item = str | Document  # a file's path, or a document given as it is
Result = list[tuple[Document, list[Claim]] | InputProblem]


def extract_item(item: Item, dirs: tuple[Path, ...], max_bytes: int | None = None) -> Result:
    lex = load_lexicon(dirs)
    read = [item] if isinstance(item, Document) else read_file(Path(item), max_bytes)
    return [d if isinstance(d, InputProblem) else (d, extract_document(d, lex)) for d in read]


def extract_items(items: list[Item], dirs: tuple[Path, ...], max_bytes: int | None = None) -> list[Result]:
    """Several items in turn (a pool's or a partition's share)."""
    return [extract_item(i, dirs, max_bytes) for i in items]
