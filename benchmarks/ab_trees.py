"""Two source trees' extraction, round by round in turn, each in a process of its own that stays up.

    python benchmarks/ab_trees.py /tmp/w-base /tmp/w-mine                 # /tmp/s16/c1-like folder needed
    python benchmarks/ab_trees.py /tmp/w-base /tmp/w-mine ~/news --rounds 10

``ab_extract.py`` imports two git revisions into one process; this takes two working trees as they
are (uncommitted edits included), so a change can be measured before it is committed. Each tree
gets a worker process that imports its ``src``, reads every file of the folder once out of the clock
(the lexicon, the lemma table, pint's units), and then extracts the folder (``engines.work
.extract_item``, the reading of each file included) each time it is told to, timing its own CPU
(``time.process_time``). The two workers take turns (A B, B A, ...), so both meet the same load.
Prints each tree's best and median CPU seconds per round and the ratios (B over A). On the shared
two-core machine at a load average of 13, the same tree against itself gave 0.997 (best) and 0.996
(median) over 6 rounds. Never run by the tests.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

_WORKER = r"""
import pathlib, sys, time
sys.path.insert(0, sys.argv[1] + "/src")
from discrepancy.engines.work import extract_item
from discrepancy.lexicon import default_rules_dir
files = sorted(str(p) for p in pathlib.Path(sys.argv[2]).rglob("*") if p.is_file())
dirs = (default_rules_dir(),)
[extract_item(f, dirs) for f in files]
print("ready", flush=True)
for _ in sys.stdin:
    t = time.process_time()
    [extract_item(f, dirs) for f in files]
    print(f"{time.process_time() - t:.4f}", flush=True)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("a", type=Path, help="a source tree (holding src/discrepancy)")
    ap.add_argument("b", type=Path, help="another")
    ap.add_argument("folder", type=Path, nargs="?", default=Path("/tmp/s16/c1"), help="the articles")
    ap.add_argument("--rounds", type=int, default=6)
    args = ap.parse_args()
    trees = (str(args.a.resolve()), str(args.b.resolve()))
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", _WORKER, tree, str(args.folder)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for tree in trees
    ]
    for w in workers:
        assert w.stdout is not None and w.stdout.readline().strip() == "ready"
    times: list[list[float]] = [[], []]
    for r in range(args.rounds):
        for k in (0, 1) if r % 2 == 0 else (1, 0):
            w = workers[k]
            assert w.stdin is not None and w.stdout is not None
            w.stdin.write("go\n")
            w.stdin.flush()
            times[k].append(float(w.stdout.readline()))
    for w in workers:
        assert w.stdin is not None
        w.stdin.close()
        w.wait()
    for tree, t in zip(trees, times, strict=True):
        print(f"{tree}: best {min(t):.3f} median {statistics.median(t):.3f} CPU-s  ({' '.join(f'{x:.2f}' for x in t)})")
    best = min(times[1]) / min(times[0])
    median = statistics.median(times[1]) / statistics.median(times[0])
    print(f"B over A: best {best:.3f}, median {median:.3f}; load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
