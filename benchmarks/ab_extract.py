"""Two revisions' extraction in one process, round by round in turn: the effect of a change under load.

    python benchmarks/ab_extract.py main HEAD                       # a generated 1 MB corpus, 10 rounds
    python benchmarks/ab_extract.py main HEAD ~/news --rounds 20    # articles of your own

``ab.py`` runs each revision's check in a fresh process and keeps each one's best; on a machine
that other work shares, the load changes between two processes more than a change of a few
percent does. Here both revisions are imported into one process (each exported with ``git
archive`` and imported under a name of its own: the package's imports are relative), each reads
the same articles once out of the clock (the lexicon, pint's units, the lemmas), and then their
rounds of extraction alternate (A B, B A, ...), so both meet the same load. Prints each one's best
and median CPU seconds per round and the ratios. Never run by the tests.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import synthetic  # noqa: E402


def _export(rev: str, name: str, into: Path) -> None:
    """``rev``'s package as ``into/src/<name>`` and its rules as ``into/rules`` (where a source
    checkout's package looks for them)."""
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src", "rules"], check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    (into / "src" / "discrepancy").rename(into / "src" / name)
    sys.path.insert(0, str(into / "src"))


def _reader(name: str, paths: list[Path]) -> tuple[Any, Any, list[Any]]:
    """The revision's extract_document, its lexicon and the articles as its own Documents."""
    package = importlib.import_module(name)
    corpus = importlib.import_module(f"{name}.corpus")
    extract = importlib.import_module(f"{name}.extract")
    lexicon = importlib.import_module(f"{name}.lexicon").load_lexicon()
    docs = [d for d in corpus.read_corpus(paths) if isinstance(d, package.Document)]
    for d in docs:  # one-offs out of the clock
        extract.extract_document(d, lexicon)
    return extract.extract_document, lexicon, docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("a", help="a revision (the base)")
    ap.add_argument("b", help="a revision (the change)")
    ap.add_argument("paths", nargs="*", type=Path, help="articles (default: a generated corpus)")
    ap.add_argument("--mb", type=float, default=1.0, help="size of the generated corpus (default 1)")
    ap.add_argument("--rounds", type=int, default=10, help="rounds of each revision (default 10)")
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="discrepancy-ab-extract-"))
    paths = a.paths
    if not paths:
        synthetic.generate(work / "corpus", int(a.mb * 1e6), seed=1)
        paths = [work / "corpus"]
    readers = {}
    for rev, name in ((a.a, "rev_a"), (a.b, "rev_b")):
        _export(rev, name, work / name)
        readers[rev] = _reader(name, paths)
    mb = sum(len(d.text.encode()) for d in readers[a.a][2]) / 1e6
    rounds: dict[str, list[float]] = {a.a: [], a.b: []}
    for r in range(a.rounds):
        for rev in (a.a, a.b) if r % 2 == 0 else (a.b, a.a):
            extract_document, lexicon, docs = readers[rev]
            t0 = time.process_time()
            for d in docs:
                extract_document(d, lexicon)
            rounds[rev].append(time.process_time() - t0)
    print(f"{len(readers[a.a][2])} articles, {mb:.2f} MB, {a.rounds} rounds each, in turn")
    for rev, cpu in rounds.items():
        best, median = min(cpu), statistics.median(cpu)
        print(f"{rev}: best {best:.3f} CPU-s ({mb / best:.3f} MB per CPU-s), median {median:.3f}")
    ratio = min(rounds[a.b]) / min(rounds[a.a])
    median_ratio = statistics.median(rounds[a.b]) / statistics.median(rounds[a.a])
    print(f"{a.b} / {a.a}: best {ratio:.3f}, median {median_ratio:.3f}")


if __name__ == "__main__":
    main()
