"""Two revisions of the code on the same corpus, run in turn: CPU seconds of the check, best of N.

    python benchmarks/ab.py main HEAD                     # a generated 1 MB corpus, 3 rounds
    python benchmarks/ab.py 3824b3f HEAD --mb 4 --rounds 5 --jobs 2

On a machine that other work shares, absolute times say little and even CPU seconds move with the
load (two busy cores slow each other). Alternating the two revisions, each in a fresh process, and
keeping each one's best round compares them under the same load. Each revision is exported with
``git archive`` into a temporary folder and imported from there; the corpus comes from
``synthetic.py``. Prints, per revision, the best and every round's CPU seconds (this process's and
its pool's) and wall seconds, the best CPU seconds of rendering the JSON report (timed apart), and
whether the JSON reports are identical. Never run by the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import synthetic  # noqa: E402

_CHILD = """
import hashlib, json, os, sys, time
from pathlib import Path
from discrepancy import check
from discrepancy.lexicon import load_lexicon
from discrepancy.normalise.units import to_base
from discrepancy.read import lemmas
from discrepancy.report import FORMATS
load_lexicon(); to_base(1.0, "mile", "kilometer"); lemmas("hostages")  # one-offs, not timed
corpus, jobs = Path(sys.argv[1]), int(sys.argv[2])
t0, w0 = os.times(), time.perf_counter()
report = check([corpus], jobs=jobs)
t1, wall = os.times(), time.perf_counter() - w0
cpu = sum(t1[:4]) - sum(t0[:4])
r0 = os.times()
text = FORMATS["json"].render(report)
render = sum(os.times()[:4]) - sum(r0[:4])
digest = hashlib.sha256(text.encode()).hexdigest()
print(json.dumps({"cpu": cpu, "wall": wall, "render": render, "report": digest}))
"""


def _export(rev: str, into: Path) -> Path:
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src", "rules"], check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into / "src"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("a", help="a revision (commit, branch, tag)")
    ap.add_argument("b", help="the other revision")
    ap.add_argument("--mb", type=float, default=1.0, help="size of the generated corpus (default 1 MB)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="discrepancy-ab-") as tmp:
        corpus = Path(tmp) / "corpus"
        synthetic.generate(corpus, int(a.mb * 1e6), a.seed)
        srcs = {rev: _export(rev, Path(tmp) / f"rev{i}") for i, rev in enumerate((a.a, a.b))}
        runs: dict[str, list[dict]] = {rev: [] for rev in srcs}
        for _ in range(a.rounds):
            for rev, src in srcs.items():
                env = {**os.environ, "PYTHONPATH": str(src)}
                done = subprocess.run(
                    [sys.executable, "-c", _CHILD, str(corpus), str(a.jobs)], capture_output=True, text=True, env=env
                )
                if done.returncode != 0:
                    raise SystemExit(f"{rev}: {done.stderr.strip().splitlines()[-1]}")
                runs[rev].append(json.loads(done.stdout.strip().splitlines()[-1]))
    best = {rev: min(r["cpu"] for r in rs) for rev, rs in runs.items()}
    for rev, rs in runs.items():
        cpus = ", ".join(f"{r['cpu']:.2f}" for r in rs)
        walls = ", ".join(f"{r['wall']:.2f}" for r in rs)
        render = min(r["render"] for r in rs)
        print(
            f"{rev:>12}: best {best[rev]:.2f} CPU s ({a.mb / best[rev]:.3f} MB per CPU-s); rounds CPU {cpus}; wall {walls}"
            f"; JSON report rendered in {render:.2f} CPU s (best; not in the check's time)"
        )
    same = len({r["report"] for rs in runs.values() for r in rs}) == 1
    print(f"{a.b} / {a.a}: {best[a.b] / best[a.a]:.2f} of the CPU; JSON reports {'identical' if same else 'DIFFERENT'}")


if __name__ == "__main__":
    main()
