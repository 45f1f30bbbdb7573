#!/usr/bin/env python3
"""A longer fuzzing run than the test suite's (issue 11): hostile articles from tests/strategies.py
through extraction, counting crashes and broken spans, with the slowest input per KB; then
adversarial repetitions of one piece at growing sizes, with the cost per KB at each.

    .venv/bin/python benchmarks/fuzz.py [--examples 2000] [--sizes 10000,100000] [--large] [--patterns]

--large adds 10^6 characters for the pieces that stay linear. --patterns runs every regular
expression in rules/ alone (as tests/test_patterns_adversarial.py does) at 10^4, 10^5 and 10^6
characters of its slowest fragments and prints the worst growth. Figures: docs/security.md.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from strategies import make_articles  # noqa: E402

from discrepancy import extract  # noqa: E402

LINEAR = ["(", '"', "the ", ". ", "9", "-", "\x1b[0m", "<p>", "1,", "twenty ", "on Monday 3 May 2031, "]
QUADRATIC = ["Police Said ", "At least 12 (“about 30,” she said) "]


def fuzz(examples: int, longest: int) -> dict[str, object]:
    stats: dict[str, object] = {"run": 0, "crashes": 0, "bad_spans": 0, "slowest": (0.0, 0, ""), "longest": (0.0, 0)}
    extract("At least 12 people were killed on Monday, police said.", published="2031-03-01")  # load the lexicon

    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(make_articles(longest=longest, parts=60))
    def one(text: str) -> None:
        stats["run"] = int(stats["run"]) + 1  # type: ignore[call-overload]
        start = time.perf_counter()
        try:
            claims = extract(text, published="2031-03-01")
        except Exception:  # noqa: BLE001 - counting them is the point
            stats["crashes"] = int(stats["crashes"]) + 1  # type: ignore[call-overload]
            traceback.print_exc()
            return
        took = (time.perf_counter() - start) * 1000
        size = len(text.encode("utf-8"))
        per_kb = took / (size / 1000) if size >= 1000 else 0.0  # per KB on inputs of 1 KB or more
        if per_kb > stats["slowest"][0]:  # type: ignore[index]
            stats["slowest"] = (per_kb, size, text[:60])
        if took > stats["longest"][0]:  # type: ignore[index]
            stats["longest"] = (took, size)
        for c in claims:
            if not (0 <= c.span.start < c.span.end <= len(text)) or c.span.quote != text[c.span.start : c.span.end]:
                stats["bad_spans"] = int(stats["bad_spans"]) + 1  # type: ignore[call-overload]

    one()
    return stats


def ms_per_kb(piece: str, size: int) -> float:
    text = (piece * (size // len(piece) + 1))[:size]
    start = time.perf_counter()
    extract(text, published="2031-03-01")
    return (time.perf_counter() - start) * 1000 / (size / 1000)


def patterns(sizes: list[int]) -> None:
    """Every pattern of rules/ alone on its two slowest fragments at each size: the worst growth
    from one size to the next (linear: 10x), and the patterns known to be super-linear alone."""
    import test_patterns_adversarial as tp

    start = time.perf_counter()
    worst: list[tuple[float, str, str, list[float]]] = []
    for name, pattern, use, examples in tp.PATTERNS:
        if name in tp.KNOWN:
            continue
        screened = sorted(
            ((tp._time(pattern, use, f, tp.SCREEN, cap=0.5, runs=1), f) for f in tp._fragments(examples)), reverse=True
        )
        for _, fragment in screened[:2]:
            times = [tp._time(pattern, use, fragment, n, cap=60.0, runs=2 if n < 10**6 else 1) for n in sizes]
            growth = max(b / max(a, 1e-6) for a, b in zip(times, times[1:], strict=False))
            worst.append((growth, name, fragment, times))
    worst.sort(reverse=True)
    print(
        f"patterns alone: {len(tp.PATTERNS)} in rules/ ({len(tp.KNOWN)} known super-linear, not run here),"
        f" {len(worst)} pattern-fragment pairs at " + ", ".join(f"{n:,}" for n in sizes) + f" characters"
        f" in {time.perf_counter() - start:.0f} s; the steepest growth from one size to the next (linear: 10x):"
    )
    for growth, name, fragment, times in worst[:8]:
        ms = "  ".join(f"{t * 1000:9.2f}" for t in times)
        print(f"  {growth:5.1f}x  {name:48} {fragment!r:12} ms: {ms}")
    known = {name: (pattern, use, examples) for name, pattern, use, examples in tp.PATTERNS if name in tp.KNOWN}
    still = sorted(name for name, args in known.items() if tp._known_growth(*args) is not None)
    print(f"known super-linear alone (KNOWN in tests/test_patterns_adversarial.py): {len(still)}: " + ", ".join(still))
    fixed = sorted(set(known) - set(still))
    if fixed:
        print("now linear on short strings (remove from KNOWN): " + ", ".join(fixed))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--examples", type=int, default=2000)
    ap.add_argument("--longest", type=int, default=300, help="phrases in the longest sentence with no full stop")
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--large", action="store_true", help="also 10^6 characters for the linear pieces")
    ap.add_argument("--patterns", action="store_true", help="every pattern of rules/ alone at 10^4..10^6 characters")
    ap.add_argument("--patterns-only", action="store_true", help="only --patterns, no article fuzzing")
    args = ap.parse_args()
    if args.patterns_only:
        patterns([10_000, 100_000, 1_000_000])
        return
    start = time.perf_counter()
    s = fuzz(args.examples, args.longest)
    per_kb, size, head = s["slowest"]  # type: ignore[misc]
    took, took_size = s["longest"]  # type: ignore[misc]
    print(
        f"fuzz: {s['run']} examples in {time.perf_counter() - start:.0f} s, {s['crashes']} crashes,"
        f" {s['bad_spans']} bad spans; slowest per KB (inputs of 1 KB or more): {per_kb:.1f} ms/KB"
        f" ({size} bytes: {head!r}...); longest: {took:.0f} ms ({took_size} bytes)"
    )
    sizes = [int(x) for x in args.sizes.split(",")] + ([1_000_000] if args.large else [])
    ms_per_kb("the ", 2000)
    print("adversarial repetitions, ms per KB at " + ", ".join(f"{n:,}" for n in sizes) + " characters:")
    for piece in LINEAR:
        print(f"  {piece!r:32} " + "  ".join(f"{ms_per_kb(piece, n):8.2f}" for n in sizes))
    small = [n for n in (5_000, 10_000, 20_000, 40_000)]
    print("one sentence with no full stop (known gap), ms per KB at " + ", ".join(f"{n:,}" for n in small) + ":")
    for piece in QUADRATIC:
        print(f"  {piece!r:32} " + "  ".join(f"{ms_per_kb(piece, n):8.2f}" for n in small))
    if args.patterns:
        patterns([10_000, 100_000, 1_000_000])


if __name__ == "__main__":
    main()
