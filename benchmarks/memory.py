"""Where a check's memory goes, per MB of text: what each part of the result holds, counted once.

    python benchmarks/memory.py CORPUS          # a folder of articles (benchmarks/synthetic.py makes one)

Runs ``check(jobs=1)`` on the corpus in this process and prints, per MB of text and per claim, the
bytes reachable from the documents (their text apart), the claims (by part: the pydantic models'
fields, their sets of given fields, the strings and numbers), the findings and groups (beyond the
claims they name), and the JSON report, with the process's peak RSS. Objects shared between parts
(a sentence's string, an interned name) are counted once, in the first part that reaches them.
Never run by the tests.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

_ATOMS = (str, bytes, int, float, bool, type(None))


def reach(roots: list[object], seen: set[int], by_type: Counter[str]) -> int:
    """Bytes of every object reachable from ``roots`` not yet in ``seen`` (classes and modules
    apart), added by type to ``by_type``."""
    total = 0
    todo = list(roots)
    while todo:
        o = todo.pop()
        if id(o) in seen or isinstance(o, type) or type(o).__name__ == "module":
            continue
        seen.add(id(o))
        size = sys.getsizeof(o)
        name = type(o).__name__
        d = getattr(o, "__dict__", None)
        if d is not None and not isinstance(o, type):
            seen.add(id(d))
            size += sys.getsizeof(d)
            todo.extend(d.values())
            name = f"{name} (object and its fields)"
        total += size
        by_type[name] += size
        if isinstance(o, _ATOMS):
            continue
        if isinstance(o, dict):
            todo.extend(o.keys())
            todo.extend(o.values())
        elif isinstance(o, (list, tuple, set, frozenset)):
            todo.extend(o)
        for slot in ("__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__"):
            v = getattr(o, slot, None)
            if v is not None and id(v) not in seen:
                seen.add(id(v))
                s = sys.getsizeof(v)
                total += s
                by_type[f"pydantic {slot.strip('_')}"] += s
                if isinstance(v, (set, dict)):
                    todo.extend(v)
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--top", type=int, default=8, help="types listed per part")
    args = ap.parse_args()
    from discrepancy import check
    from discrepancy.report import FORMATS

    mb = sum(f.stat().st_size for f in args.corpus.rglob("*") if f.is_file()) / 1e6
    t0 = time.perf_counter()
    report = check([args.corpus], jobs=1)
    took = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    gc.collect()
    n = max(1, report.claim_count)
    print(f"{mb:.2f} MB, {report.document_count} documents, {n} claims, check {took:.1f} s, peak RSS {rss:.0f} MB")
    seen: set[int] = set()
    texts = [d.text for d in report.documents]
    parts = [
        ("article text", texts),
        ("documents (text apart)", list(report.documents)),
        ("claims", list(report.claims)),
        ("findings and groups (claims apart)", [*report.findings, *report.groups]),
        ("stories and problems", [*report.stories, *report.problems]),
    ]
    for name, roots in parts:
        by_type: Counter[str] = Counter()
        size = reach(roots, seen, by_type)
        print(f"\n{name}: {size / 1e6 / mb:.2f} MB per MB of text, {size / n:.0f} bytes per claim")
        for t, s in by_type.most_common(args.top):
            print(f"  {t:45} {s / n:8.0f} bytes per claim")
    text = FORMATS["json"].render(report)
    print(f"\nJSON report: {len(text) / 1e6 / mb:.2f} MB per MB of text, {len(text) / n:.0f} bytes per claim")
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS after rendering it: {after:.0f} MB")


if __name__ == "__main__":
    main()
