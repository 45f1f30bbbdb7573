"""How the check scales: generated corpora of growing size, each measured in a fresh process.

    python benchmarks/scale.py                      # 1 MB and 4 MB
    python benchmarks/scale.py --sizes 1,10 --dask  # any sizes (MB), and the Dask engine too
    python benchmarks/scale.py --large              # 10 MB, 100 MB and 1 GB (hours at today's speed)
    python benchmarks/scale.py --one-subject 8000,30000  # articles of 16,000 and 60,000 sentences on one subject
    python benchmarks/scale.py --comparison 2000,8000,32000  # the comparison alone, one subject of N claims
    python benchmarks/scale.py --phases 1 --jobs 2  # --jobs 1 against --jobs 2, phase by phase, 3 rounds

Each corpus comes from ``synthetic.py`` (many outlets and stories, dates over a year, one story in
four with a planted conflict). In one process per size, on the same text, it times:

- a plain compiled regular expression finding every figure (the floor: reading the text once);
- quantulum3 on the first ``--quantulum-kb`` of the articles (it is too slow for the whole corpus);
- reading + extraction in this process, then the whole check (``--jobs 1``), then the check with
  ``--jobs N`` (and with ``--dask``, on a LocalCluster of N worker processes), whose JSON report
  must be identical to the one-process report;
- the command ``check --format json`` (the streamed check: claims on disk, a story's loaded while
  it is compared) with ``--jobs 1`` and ``--jobs N``, each in a process of its own, for its peak
  RSS ("streamed RSS MB": jobs 1/jobs N), its JSON compared with the one-process report's;

and prints MB/s and articles/s, the ratios to the regex scan and to quantulum3 (which hold on a
noisy machine better than the absolute figures), peak RSS, how the time grows from size to size
(1.0 is linear), and how many planted conflicts the check found. Needs ``pip install '.[bench]'``
(quantulum3) and, for ``--dask``, ``'.[dask]'``. Never run by the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import synthetic  # noqa: E402

_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def _cpu() -> float:
    """CPU seconds of this process and its finished children (a pool's workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def measure(
    corpus: Path, planted: list[synthetic.Planted], jobs: int, quantulum_kb: int, dask: bool, quick: bool = False
) -> dict:
    """Everything for one corpus, in this process (run in a fresh one per size). ``quick``: the
    check with ``--jobs 1`` and with ``--jobs N`` only, not extraction alone (half the time)."""
    from discrepancy import check
    from discrepancy.engines import Engine
    from discrepancy.lexicon import default_rules_dir, load_lexicon
    from discrepancy.normalise.units import to_base
    from discrepancy.read import lemmas
    from discrepancy.report import FORMATS

    files = sorted(corpus.rglob("*.md"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    mb = sum(len(t.encode()) for t in texts) / 1e6
    out: dict = {"mb": mb, "articles": len(files)}

    t0 = time.perf_counter()
    figures = sum(1 for t in texts for _ in _FIGURE.finditer(t))
    out["regex_s"] = time.perf_counter() - t0
    out["figures"] = figures

    try:
        from quantulum3 import parser as q3

        sample, size = [], 0
        for t in texts:
            if size >= quantulum_kb * 1000:
                break
            sample.append(t)
            size += len(t.encode())
        q3.parse(sample[0][:200])  # warm up: its tables load once
        t0 = time.perf_counter()
        for t in sample:
            q3.parse(t)
        out["q3_s"], out["q3_mb"] = time.perf_counter() - t0, size / 1e6
    except ImportError:
        out["q3_s"] = None

    load_lexicon()
    to_base(1.0, "mile", "kilometer")  # pint's registry, a one-off
    lemmas("hostages")  # lemminflect's tables, a one-off
    out["extract_s"] = out["extract_cpu"] = out["extract_jobs_s"] = None
    if not quick:
        t0, c0 = time.perf_counter(), _cpu()
        _, claims, _ = Engine(jobs=1).read_and_extract([corpus], [default_rules_dir()])
        out["extract_s"], out["extract_cpu"] = time.perf_counter() - t0, _cpu() - c0
        del claims

    t0, c0 = time.perf_counter(), _cpu()
    report = check([corpus], jobs=1)
    out["check_s"], out["check_cpu"] = time.perf_counter() - t0, _cpu() - c0
    out["rss_mb"] = _rss_mb(resource.RUSAGE_SELF)
    out["claims"] = report.claim_count
    serial = FORMATS["json"].render(report)
    out["findings"] = len(report.findings)
    out["planted"] = len(planted)
    out["found"] = len(synthetic.found(planted, report.findings))
    del report

    t0, c0 = time.perf_counter(), _cpu()
    report = check([corpus], jobs=jobs)
    out["jobs_s"], out["jobs_cpu"] = time.perf_counter() - t0, _cpu() - c0
    out["jobs_same"] = FORMATS["json"].render(report) == serial  # rendered outside the clock, as above
    del report
    if not quick:
        t0 = time.perf_counter()
        Engine(jobs=jobs).read_and_extract([corpus], [default_rules_dir()])
        out["extract_jobs_s"] = time.perf_counter() - t0
    out["worker_rss_mb"] = _rss_mb(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryDirectory(prefix="discrepancy-bench-") as tmp:
        for n in (1, jobs):
            report_path = Path(tmp) / f"jobs{n}.json"
            wall, cpu, rss = streamed_command(corpus, n, report_path)
            out[f"streamed{n}_s"], out[f"streamed{n}_cpu"], out[f"streamed{n}_rss_mb"] = wall, cpu, rss
            out[f"streamed{n}_same"] = report_path.read_text(encoding="utf-8") == serial

    if dask:
        from dask.distributed import Client, LocalCluster

        with (
            LocalCluster(n_workers=jobs, threads_per_worker=1, dashboard_address=None) as cluster,
            Client(cluster) as client,
        ):
            client.run(load_lexicon)  # workers load the lexicon before the clock starts
            t0 = time.perf_counter()
            report = check([corpus], client=client)
            out["dask_s"] = time.perf_counter() - t0
            out["dask_same"] = FORMATS["json"].render(report) == serial
    return out


def streamed_command(corpus: Path, jobs: int, report_path: Path) -> tuple[float, float, float]:
    """``discrepancy check CORPUS --format json -o REPORT`` (the streamed check: claims spilled to
    disk, each story's loaded while it is compared) in a process of its own: wall seconds, CPU
    seconds and peak RSS in MB of the largest of its processes (``wait4``'s maximum over the
    command and the workers it waited for)."""
    cmd = [sys.executable, "-m", "discrepancy", "check", str(corpus), "--no-index", "--format", "json"]
    cmd += ["-o", str(report_path), "--jobs", str(jobs)]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    errors = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd)}: exit {proc.returncode}: {errors.decode(errors='replace')}")
    return time.perf_counter() - t0, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def _row(cells: list[str], widths: list[int]) -> str:
    return "  ".join(c.rjust(w) for c, w in zip(cells, widths, strict=True))


def report(results: list[dict], jobs: int) -> str:
    head = [
        "MB",
        "articles",
        "claims",
        "extract MB/s",
        "art/s",
        "check MB/s",
        "art/s",
        f"jobs {jobs} MB/s",
        "speedup",
        "extract speedup",
        "same",
        "regex MB/s",
        "regex/check",
        "q3 MB/s",
        "check/q3",
        "RSS MB",
        "streamed RSS MB",
        "same",
        "growth",
        "CPU growth",
        "planted found",
    ]
    rows = []
    prev = None
    for r in results:
        mb = r["mb"]
        q3 = r["q3_mb"] / r["q3_s"] if r.get("q3_s") else None
        check_mbs = mb / r["check_s"]
        growth = cpu_growth = "-"
        if prev is not None:  # time per MB at this size over time per MB at the last: 1.00 is linear
            growth = f"{(r['check_s'] / prev['check_s']) / (mb / prev['mb']):.2f}"
            cpu_growth = f"{(r['check_cpu'] / prev['check_cpu']) / (mb / prev['mb']):.2f}"
        rows.append(
            [
                f"{mb:.1f}",
                str(r["articles"]),
                str(r["claims"]),
                f"{mb / r['extract_s']:.3f}" if r["extract_s"] else "-",
                f"{r['articles'] / r['extract_s']:.0f}" if r["extract_s"] else "-",
                f"{check_mbs:.3f}",
                f"{r['articles'] / r['check_s']:.0f}",
                f"{mb / r['jobs_s']:.3f}",
                f"{r['check_s'] / r['jobs_s']:.2f}x",
                f"{r['extract_s'] / r['extract_jobs_s']:.2f}x" if r["extract_jobs_s"] else "-",
                "yes" if r["jobs_same"] else "NO",
                f"{mb / r['regex_s']:.1f}",
                f"1/{(mb / r['regex_s']) / check_mbs:.0f}",
                f"{q3:.3f}" if q3 else "-",
                f"{check_mbs / q3:.1f}x" if q3 else "-",
                f"{r['rss_mb']:.0f}",
                f"{r['streamed1_rss_mb']:.0f}/{r[f'streamed{jobs}_rss_mb']:.0f}",
                "yes" if r["streamed1_same"] and r[f"streamed{jobs}_same"] else "NO",
                growth,
                cpu_growth,
                f"{r['found']}/{r['planted']}",
            ]
        )
        prev = r
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(head)]
    lines = [_row(head, widths), *(_row(row, widths) for row in rows)]
    for r in results:
        extra = f"{r['mb']:.1f} MB: {r['findings']} findings, {r['figures']} figures by regex;"
        extra += f" peak RSS of one worker {r['worker_rss_mb']:.0f} MB;"
        extract_cpu = f"extract {r['extract_cpu']:.1f}, " if r["extract_cpu"] else ""
        extra += f" CPU s: {extract_cpu}check {r['check_cpu']:.1f}, jobs {jobs} {r['jobs_cpu']:.1f}"
        extra += f" (check per CPU-second {r['mb'] / r['check_cpu']:.3f} MB/s)"
        extra += f"; streamed command, jobs 1: {r['mb'] / r['streamed1_s']:.3f} MB/s, {r['streamed1_cpu']:.1f} CPU s"
        extra += f", jobs {jobs}: {r['mb'] / r[f'streamed{jobs}_s']:.3f} MB/s, {r[f'streamed{jobs}_cpu']:.1f} CPU s"
        if "dask_s" in r:
            same = "same JSON" if r["dask_same"] else "DIFFERENT JSON"
            extra += f"; dask ({jobs} workers) {r['mb'] / r['dask_s']:.3f} MB/s, {same}"
        if r.get("q3_s"):
            extra += f"; quantulum3 timed on the first {r['q3_mb']:.2f} MB"
        lines.append(extra)
    return "\n".join(lines)


def one_subject(counts: list[int], seed: int) -> str:
    """Long articles about one subject beside a normal corpus of 1 MB: time per MB, and its ratio
    to the normal corpus's (the goal: at most 2x). ``counts`` are figure sentences: each comes with
    one other sentence, so 8000 is an article of 16,000 sentences."""
    from discrepancy import check

    with tempfile.TemporaryDirectory(prefix="discrepancy-bench-") as tmp:
        normal = Path(tmp) / "normal"
        synthetic.generate(normal, 1_000_000, seed)
        check([ROOT / "fixtures" / "crowds"])  # warm up: lexicon, units, lemmas
        t0, c0 = time.perf_counter(), _cpu()
        check([normal])
        size = sum(f.stat().st_size for f in normal.rglob("*.md")) / 1e6
        base, base_cpu = size / (time.perf_counter() - t0), size / (_cpu() - c0)
        lines = [
            f"normal corpus: {base:.3f} MB/s ({base_cpu:.3f} MB per CPU-s)",
            "sentences     MB  claims  check s  MB/s   time per MB vs normal (CPU)",
        ]
        for n in counts:
            path = synthetic.one_subject(Path(tmp) / "one", n, seed)
            mb = path.stat().st_size / 1e6
            t0, c0 = time.perf_counter(), _cpu()
            report = check([path])
            took, cpu = time.perf_counter() - t0, _cpu() - c0
            lines.append(
                f"{2 * n:9d}  {mb:5.2f}  {report.claim_count:6d}  {took:7.2f}  {mb / took:.3f}"
                f"  {base / (mb / took):.2f}x ({base_cpu / (mb / cpu):.2f}x)"
            )
            path.unlink()
    return "\n".join(lines)


def comparison(counts: list[int], seed: int) -> str:
    """The comparison alone on one subject of many claims (a war's troop count reported for a
    year and more): claims spread over time at a steady density, some running totals, some undated.
    Time per claim should stay flat as the subject grows (a sweep over time, not every pair)."""
    from discrepancy.group import group_claims
    from discrepancy.lexicon import load_lexicon
    from discrepancy.rules.engine import evaluate
    from discrepancy.rules.loader import load_rules

    lex, rules = load_lexicon(), list(load_rules(()))
    lines = ["claims   days  findings  compare s  ms per claim"]
    for n in counts:
        claims = synthetic.subject_claims(n, seed)
        t0 = time.perf_counter()
        findings, _ = evaluate(group_claims(claims, lex.hazard_occurrences), rules, lex, story="s")
        took = time.perf_counter() - t0
        days = len({c.published for c in claims})
        lines.append(f"{n:6d}  {days:5d}  {len(findings):8d}  {took:9.2f}  {1000 * took / n:12.2f}")
    return "\n".join(lines)


_PHASES = ("first article", "read and extract", "cluster stories", "compare stories", "merge")


def phases(corpus: Path, jobs: int) -> dict:
    """One check, phase by phase (as ``Engine.check`` runs it): each phase's wall time, this
    process's CPU and its pool workers' CPU (counted when the pool is closed). On a shared machine
    the wall time is the load's as much as the check's; ``idle`` is the time free cores would
    take, each phase the longer of this process's CPU and all the CPU spread over ``jobs`` cores
    (the first article, which loads the tables, is read alone, as the pool does before forking)."""
    from discrepancy.compare import merge
    from discrepancy.corpus import iter_files
    from discrepancy.engines import Engine
    from discrepancy.engines.compare_pool import compare_in_pool
    from discrepancy.lexicon import default_rules_dir, load_lexicon
    from discrepancy.models import InputProblem
    from discrepancy.rules.loader import load_rules
    from discrepancy.stories import cluster

    dirs = (default_rules_dir(),)
    lex, rules = load_lexicon(dirs), list(load_rules(()))
    out: dict = {"jobs": jobs}

    def timed(name: str, run):  # type: ignore[no-untyped-def]
        t, w = os.times(), time.perf_counter()
        done = run()
        u = os.times()
        own, workers = u.user + u.system - t.user - t.system, sum(u[2:4]) - sum(t[2:4])
        out[name] = {"wall": time.perf_counter() - w, "own": own, "workers": workers}
        out[name]["idle"] = max(own, (own + workers) / jobs)
        return done

    files = [str(f) for f in iter_files([corpus]) if not isinstance(f, InputProblem)]
    # the first article loads the tables (pint's units, lemminflect's), before any pool is forked
    docs, claims, _, clues = timed("first article", lambda: Engine(jobs=1).read(files[:1], dirs))
    more, more_claims, _, more_clues = timed("read and extract", lambda: Engine(jobs=jobs).read(files[1:], dirs))
    docs += more
    claims.update(more_claims)
    docs.sort(key=lambda d: (d.path, d.id))
    assert clues is not None and more_clues is not None  # the local engine's workers read them
    words, keys = {**clues[0], **more_clues[0]}, {**clues[1], **more_clues[1]}
    stories = timed("cluster stories", lambda: cluster(docs, lex, keys={d: keys[d] for d in claims}, words=words))
    done = timed("compare stories", lambda: compare_in_pool(stories, docs, claims, rules, lex, jobs))
    timed("merge", lambda: merge(stories, docs, done))
    return out


def phase_table(corpus: Path, jobs: int, rounds: int) -> str:
    """Rounds of ``--jobs 1`` and ``--jobs N`` in turn, each in a fresh process; the best of each."""
    runs: dict[int, list[dict]] = {1: [], jobs: []}
    for _ in range(rounds):
        for j in runs:
            cmd = [sys.executable, __file__, "--phase-child", str(corpus), "--jobs", str(j)]
            load = os.getloadavg()[0]
            done = subprocess.run(cmd, check=True, capture_output=True, text=True)
            runs[j].append({**json.loads(done.stdout.strip().splitlines()[-1]), "load": load})
    lines = ["| jobs | phase | wall s | own CPU s | workers' CPU s | free cores s |", "|---|---|---|---|---|---|"]
    best = {j: min(rs, key=lambda r: sum(r[p]["idle"] for p in _PHASES)) for j, rs in runs.items()}
    for j, r in best.items():
        for p in _PHASES:
            lines.append(
                f"| {j} | {p} | {r[p]['wall']:.2f} | {r[p]['own']:.2f} | {r[p]['workers']:.2f} | {r[p]['idle']:.2f} |"
            )
    idle = {j: sum(r[p]["idle"] for p in _PHASES) for j, r in best.items()}
    wall = {j: min(sum(r[p]["wall"] for p in _PHASES) for r in rs) for j, rs in runs.items()}
    loads = ", ".join(f"{r['load']:.1f}" for rs in runs.values() for r in rs)
    lines.append(
        f"\n--jobs {jobs} against --jobs 1: {idle[1] / idle[jobs]:.2f}x on free cores (estimated from CPU), "
        f"{wall[1] / wall[jobs]:.2f}x in wall time (best of {rounds}; load averages {loads})"
    )
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1,4", help="corpus sizes in MB, comma-separated (default 1,4)")
    ap.add_argument("--large", action="store_true", help="10 MB, 100 MB and 1 GB")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--dask", action="store_true", help="also time the Dask engine on a LocalCluster")
    ap.add_argument("--quantulum-kb", type=int, default=100)
    ap.add_argument("--quick", action="store_true", help="the check only (jobs 1 and jobs N), not extraction alone")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--one-subject",
        metavar="N,N",
        help="instead: articles of N figure sentences (and as many others) about one subject, e.g. 1000,4000",
    )
    ap.add_argument(
        "--comparison",
        metavar="N,N",
        help="instead: the comparison alone on one subject of N claims spread over time, e.g. 2000,8000",
    )
    ap.add_argument("--phases", type=float, metavar="MB", help="instead: --jobs 1 against --jobs N, phase by phase")
    ap.add_argument("--rounds", type=int, default=3, help="rounds of --phases (default 3)")
    ap.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the child: one corpus
    ap.add_argument("--phase-child", type=Path, help=argparse.SUPPRESS)  # the child: one check, by phase
    a = ap.parse_args()

    if a.phase_child is not None:
        print(json.dumps(phases(a.phase_child, a.jobs)))
        return
    if a.phases:
        with tempfile.TemporaryDirectory(prefix="discrepancy-bench-") as tmp:
            synthetic.generate(Path(tmp) / "corpus", int(a.phases * 1e6), a.seed)
            print(phase_table(Path(tmp) / "corpus", a.jobs, a.rounds))
        return

    if a.one_subject:
        print(one_subject([int(n) for n in a.one_subject.split(",")], a.seed))
        return
    if a.comparison:
        print(comparison([int(n) for n in a.comparison.split(",")], a.seed))
        return

    if a.measure is not None:
        planted = [synthetic.Planted(**p) for p in json.loads((a.measure / "planted.json").read_text())]
        print(json.dumps(measure(a.measure / "corpus", planted, a.jobs, a.quantulum_kb, a.dask, a.quick)))
        return

    sizes = [10.0, 100.0, 1000.0] if a.large else [float(s) for s in a.sizes.split(",")]
    results = []
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="discrepancy-bench-") as tmp:
            n, planted = synthetic.generate(Path(tmp) / "corpus", int(size * 1e6), a.seed)
            (Path(tmp) / "planted.json").write_text(json.dumps([asdict(p) for p in planted]))
            print(f"{size:g} MB: {n} articles generated; measuring...", file=sys.stderr, flush=True)
            cmd = [sys.executable, __file__, "--measure", tmp, "--jobs", str(a.jobs)]
            cmd += (
                ["--quantulum-kb", str(a.quantulum_kb)]
                + (["--dask"] if a.dask else [])
                + (["--quick"] if a.quick else [])
            )
            done = subprocess.run(cmd, check=True, capture_output=True, text=True)
            results.append(json.loads(done.stdout.strip().splitlines()[-1]))
            if len(results) < len(sizes):  # the rows so far, so that a run stopped later leaves them
                print(report(results, a.jobs), file=sys.stderr, flush=True)
    print(report(results, a.jobs))


if __name__ == "__main__":
    main()
