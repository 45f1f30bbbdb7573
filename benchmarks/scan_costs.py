"""What the case-free scans of the lexicon and the grammar cost, pattern by pattern.

    python benchmarks/scan_costs.py /tmp/s16/c1       # any folder of articles

Extracts the folder once out of the clock, then again recording every scan run on lower-cased text
(``phrases.CaseFree``: the figures, dates, occurrences, triggers, speech verbs, modality cues, and
the grammar's gated scans of a whole article), then replays the recorded scans alone, timed by
``time.process_time``: the scans on the lower-cased text, and the re-match of each hit on the text
as written. Prints the totals and, per pattern, CPU ms, calls, characters scanned and ns per
character. Never run by the tests.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from discrepancy import phrases  # noqa: E402
from discrepancy.engines.work import extract_item  # noqa: E402
from discrepancy.lexicon import default_rules_dir  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args()
    files = sorted(str(p) for p in args.folder.rglob("*") if p.is_file())
    dirs = (default_rules_dir(),)
    for f in files:
        extract_item(f, dirs)
    calls: list[tuple[Any, str, str, int, int]] = []
    plain = phrases.CaseFree._via_lower

    def record(self: Any, text: str, low: str, pos: int, end: int) -> Any:
        calls.append((self, text, low, pos, end))
        return plain(self, text, low, pos, end)

    phrases.CaseFree._via_lower = record  # type: ignore[method-assign]
    cpu = time.process_time()
    for f in files:
        extract_item(f, dirs)
    whole = time.process_time() - cpu
    phrases.CaseFree._via_lower = plain  # type: ignore[method-assign]
    hits = [(cf, text, m.start(), end) for cf, text, low, pos, end in calls for m in cf.lower.finditer(low, pos, end)]
    cost: collections.Counter[str] = collections.Counter()
    chars: collections.Counter[str] = collections.Counter()
    count: collections.Counter[str] = collections.Counter()
    for cf, _, low, pos, end in calls:
        t = time.process_time()
        for _ in cf.lower.finditer(low, pos, end):
            pass
        key = cf.pattern.pattern[:60]
        cost[key] += time.process_time() - t
        chars[key] += end - pos
        count[key] += 1
    t = time.process_time()
    for cf, text, start, end in hits:
        cf.pattern.match(text, start, end)
    again = time.process_time() - t
    print(f"extraction {whole:.2f} CPU-s; {len(calls)} case-free scans, {sum(cost.values()):.3f} CPU-s on lower-cased")
    print(f"text; {len(hits)} hits matched again on the text as written: {again:.3f} CPU-s")
    for key, s in cost.most_common(args.top):
        print(
            f"{s * 1000:7.1f} ms  calls {count[key]:6d}  chars {chars[key]:9d}  {s / chars[key] * 1e9:5.1f} ns/char  {key!r}"
        )


if __name__ == "__main__":
    main()
