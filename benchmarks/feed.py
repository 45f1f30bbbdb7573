"""One large JSON Lines feed checked with ``--jobs 1`` and ``--jobs N``: the feed is cut into parts
that the workers read side by side (``feeds.py``), where a folder of articles spreads by file.

    python benchmarks/feed.py                  # a generated 4 MB corpus as one feed, --jobs 2
    python benchmarks/feed.py --mb 16 --jobs 2

The corpus comes from ``synthetic.py``; each article becomes one record (its front matter's source
and date, its body as the text). Each run is the command ``check FEED --format json`` in a process
of its own (``scale.streamed_command``): wall and CPU seconds, peak RSS, and whether the two JSON
reports are identical. Never run by the tests.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import synthetic  # noqa: E402
from scale import streamed_command  # noqa: E402


def write_feed(corpus: Path, feed: Path) -> tuple[int, float]:
    """The corpus's articles as one JSON Lines feed: the number of records and the MB written."""
    n = 0
    with feed.open("w", encoding="utf-8") as out:
        for path in sorted(corpus.rglob("*.md")):
            _, head, body = path.read_text(encoding="utf-8").split("---", 2)
            meta = yaml.safe_load(head) or {}
            record = {"id": str(n), "source": meta.get("source"), "published": str(meta.get("published")), "text": body}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n, feed.stat().st_size / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=4.0)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="discrepancy-bench-") as tmp:
        synthetic.generate(Path(tmp) / "corpus", int(a.mb * 1e6), a.seed)
        feed = Path(tmp) / "feed.jsonl"
        records, mb = write_feed(Path(tmp) / "corpus", feed)
        runs = {}
        for jobs in (1, a.jobs):
            report = Path(tmp) / f"jobs{jobs}.json"
            runs[jobs] = (*streamed_command(feed, jobs, report), report.read_bytes())
    print(f"one feed of {records} records, {mb:.2f} MB")
    print("| jobs | wall s | CPU s | MB/s | peak RSS MB |")
    print("|---|---|---|---|---|")
    for jobs, (wall, cpu, rss, _) in runs.items():
        print(f"| {jobs} | {wall:.1f} | {cpu:.1f} | {mb / wall:.3f} | {rss:.0f} |")
    one, many = runs[1], runs[a.jobs]
    print(f"--jobs {a.jobs} against --jobs 1: {one[0] / many[0]:.2f}x in wall time; same JSON: {one[3] == many[3]}")


if __name__ == "__main__":
    main()
