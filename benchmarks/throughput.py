"""Throughput and memory of the check, end to end, in one process.

    python benchmarks/throughput.py [--articles N] [--corpus DIR]

Builds N articles by cycling the bundled fixture articles (each copy gets its own outlet and date so
that they group like a real corpus), then times: reading + extraction, and the whole check
(extraction, grouping, rules). Prints MB/s, articles/s and peak memory. Goal (issue 2, later held by
its own issue): at least 5 MB/s end to end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from discrepancy import Document, check  # noqa: E402
from discrepancy.corpus import read_corpus  # noqa: E402
from discrepancy.extract import extract_document  # noqa: E402
from discrepancy.lexicon import load_lexicon  # noqa: E402
from discrepancy.normalise.units import to_base  # noqa: E402
from discrepancy.read import lemmas  # noqa: E402


def build(n: int, corpus: Path) -> list[Document]:
    base = [d for d in read_corpus([corpus]) if isinstance(d, Document)]
    if not base:
        raise SystemExit(f"no articles under {corpus}")
    docs = []
    for i in range(n):
        d = base[i % len(base)]
        published = (d.published or dt.date(2023, 1, 1)) + dt.timedelta(days=(i // len(base)) % 5)
        docs.append(
            d.model_copy(
                update={
                    "id": f"{d.id}#{i}",
                    "path": f"{d.path}#{i}",
                    "source": f"Outlet {i % 40}",
                    "published": published,
                }
            )
        )
    return docs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--corpus", type=Path, default=ROOT / "fixtures")
    a = ap.parse_args()
    docs = build(a.articles, a.corpus)
    size = sum(len(d.text.encode()) for d in docs)
    lex = load_lexicon()
    extract_document(docs[0], lex)  # warm up: lexicon compiled ...
    to_base(1.0, "mile", "kilometer")  # ... and pint's registry loaded (a one-off 0.5 s, not per article)
    lemmas("hostages")  # ... and lemminflect's lexicon (a one-off 0.4 s, not per article)

    t0, c0 = time.perf_counter(), time.process_time()
    n_claims = sum(len(extract_document(d, lex)) for d in docs)
    t_extract, c_extract = time.perf_counter() - t0, time.process_time() - c0

    t0, c0 = time.perf_counter(), time.process_time()
    report = check(docs)
    t_check, c_check = time.perf_counter() - t0, time.process_time() - c0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    mb = size / 1e6
    print(f"articles: {len(docs)}  text: {mb:.2f} MB  claims: {n_claims}  findings: {len(report.findings)}")
    # CPU seconds say more than wall seconds on a shared machine: other work does not count in them
    for name, wall, cpu in (("extract only", t_extract, c_extract), ("full check  ", t_check, c_check)):
        rate = f"{mb / wall:.2f} MB/s  {mb / cpu:.2f} MB per CPU-s  {len(docs) / wall:.0f} articles/s"
        print(f"{name}: {wall:.2f} s ({cpu:.2f} CPU-s)  {rate}")
    print(f"peak RSS: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
