"""The CI gate against a large claim index: build, a re-run with nothing changed, one new article.

    python benchmarks/index_gate.py [--articles 100000] [--dir /tmp/discrepancy-bench] [--jobs N]

Generates N wildfire reports (five a story, every story its own named fire, the last outlet of each
contradicting the others; see tests/gate_articles.py), builds the claim index over them, then times:

- a re-run of ``discrepancy index`` with nothing changed, as a fresh command (goal: no extraction,
  under 2 s);
- checking one new contradicting article, ``check --new FILE`` in a warm process (goal: under
  0.5 s) and as a fresh command (goal: under 2 s);
- a refresh after editing ten archive articles.

The corpus and its index are kept in --dir, so a second run skips the build.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from gate_articles import fire_article, synthetic  # noqa: E402

from discrepancy import gate  # noqa: E402


def _command(*args: str) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "discrepancy.cli", *args], capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(f"discrepancy {' '.join(args)}: {done.stderr}")
    return time.perf_counter() - started, done.stdout


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/discrepancy-bench"))
    a = ap.parse_args()
    corpus, index = a.dir / f"corpus-{a.articles}", a.dir / f"index-{a.articles}.sqlite"
    if not corpus.is_dir():
        started = time.perf_counter()
        synthetic(corpus, a.articles)
        print(f"generated {a.articles} articles in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    done, files, claims = gate.build_index([corpus], index)
    print(
        f"index: {done.extracted} articles read, {done.unchanged} unchanged in {time.perf_counter() - started:.1f} s;"
        f" {files} files, {claims} claims, {index.stat().st_size / 1e6:.0f} MB"
    )

    seconds, out = _command("index", str(corpus), "--index", str(index))
    print(f"re-run, nothing changed (fresh command): {seconds:.2f} s  [{out.strip()}]")

    story = 4321 % max(1, a.articles // 5)
    new = a.dir / "incoming" / "new.md"
    new.parent.mkdir(parents=True, exist_ok=True)
    new.write_text(fire_article(story, 2, 95_000, 3 + story % 5, 100 + story % 90), encoding="utf-8")
    spec = gate.Run(paths=[], new=[new], index=index)
    gate.run(spec)  # warm: lexicon and rules loaded, the new article indexed
    times = []
    for _ in range(5):
        started = time.perf_counter()
        report = gate.run(spec)
        times.append(time.perf_counter() - started)
    print(
        f"check one new article, warm process: {min(times):.3f} s best, {sorted(times)[2]:.3f} s median"
        f" ({len(report.findings)} findings against {report.document_count - 1} archive articles)"
    )
    seconds, out = _command("check", "--new", str(new), "--index", str(index), "--format", "json")
    found = len(json.loads(out)["findings"])
    print(f"check one new article, fresh command: {seconds:.2f} s ({found} findings)")

    edited = sorted(corpus.rglob("*.md"))[:10]
    for f in edited:
        f.write_text(f.read_text(encoding="utf-8").replace("near Dunmore", "close to Dunmore"), encoding="utf-8")
    started = time.perf_counter()
    done, _, _ = gate.build_index([corpus], index)
    print(f"refresh after editing 10 articles: {done.extracted} read in {time.perf_counter() - started:.2f} s")
    for f in edited:
        f.write_text(f.read_text(encoding="utf-8").replace("close to Dunmore", "near Dunmore"), encoding="utf-8")


if __name__ == "__main__":
    main()
