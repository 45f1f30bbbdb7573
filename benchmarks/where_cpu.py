"""Where extraction's CPU goes, asked four ways that a profile of functions does not answer.

    python benchmarks/where_cpu.py phases ~/news /tmp/holdout13/*/    # by extractor (plain CPU)
    python benchmarks/where_cpu.py kinds ~/news                         # by kind of sentence
    python benchmarks/where_cpu.py calls ~/news                         # repeated and fruitless calls
    python benchmarks/where_cpu.py sentences /tmp/s16/c1 ~/news         # sentences told twice

- ``phases``: each step of ``extract_document`` (the names it calls) timed with
  ``time.process_time``, no profiler, best of three rounds: each step's share of extraction.
- ``kinds``: every sentence is put in one class, the first that fits: a figure (the lexicon's
  figure scan finds one), a date, an event trigger, a speech verb or "according to", none of them.
  The articles are then extracted with the sentences of some classes cut out and the CPU that
  goes away is what those sentences cost: the most a gate that passes over such sentences could
  save. The last row cuts every sentence: what an article costs for its front matter and
  headline alone. (Blanking them with spaces instead made long runs of white space, on which the
  occurrence and name scans are several times slower than on words.)
- ``calls``: every function of the readers (``extract``, ``read``, ``normalise``, ``lexicon``,
  ``text``, ``phrases``) wrapped; per function, the calls made again within one article with the
  same arguments (what sharing work between extractors could save) and the calls that gave
  nothing (None, False, an empty list), with their inclusive CPU. The wrappers slow the run about
  twice, so the seconds are for comparing functions, not for adding up.
- ``sentences``: how much of a corpus's text is sentences told before in it: a generated corpus
  repeats its templates (a cache by sentence would look good on it and do nothing on real news).

Never run by the tests.
"""

from __future__ import annotations

import argparse
import collections
import functools
import importlib
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from discrepancy.corpus import read_corpus  # noqa: E402
from discrepancy.extract import extract_document  # noqa: E402
from discrepancy.lexicon import Lexicon, load_lexicon  # noqa: E402
from discrepancy.models import Document  # noqa: E402
from discrepancy.text import sentences  # noqa: E402

_STEPS = (
    "find_dates find_mentions default_occurrence named_occurrences find_records find_quantities ordinal_toll_hits "
    "_scope_parts _quantity_claim _event_claims quotation_claims affected_claims site_claims age_claims "
    "thing_age_claims storey_claims race_time_claims win_claims _record_claims _occurrence_date_claims "
    "clause_claims sentences truecase"
).split()
_READERS = ("discrepancy.extract", "discrepancy.read", "discrepancy.normalise")
_READER_MODULES = ("discrepancy.lexicon", "discrepancy.text", "discrepancy.phrases")
_UNWRAPPED = {"extract_document", "fold", "load_lexicon", "section", "lemma", "lemmas"}


def _documents(folders: list[Path]) -> list[Document]:
    docs = [d for d in read_corpus(folders) if isinstance(d, Document)]
    return [d for d in docs if not d.path.endswith(".yaml")]  # a set's keys are no article


def _cpu(docs: list[Document], lex: Lexicon, rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        t = time.process_time()
        for d in docs:
            extract_document(d, lex)
        best = min(best, time.process_time() - t)
    return best


def phases(docs: list[Document], lex: Lexicon) -> None:
    module = importlib.import_module("discrepancy.extract.document")
    spent: collections.Counter[str] = collections.Counter()
    inside = [0]

    def timed(name: str, f: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(f)
        def run(*a: Any, **k: Any) -> Any:
            if inside[0]:
                return f(*a, **k)
            inside[0] += 1
            t = time.process_time()
            try:
                return f(*a, **k)
            finally:
                spent[name] += time.process_time() - t
                inside[0] -= 1

        return run

    for name in _STEPS:
        setattr(module, name, timed(name, getattr(module, name)))
    best = float("inf")
    for _ in range(3):
        spent.clear()
        t = time.process_time()
        for d in docs:
            extract_document(d, lex)
        took = time.process_time() - t
        if took < best:
            best, kept = took, dict(spent)
    print(f"extraction {best:.3f} CPU-s (best of 3); the steps, each alone:")
    for name, s in sorted(kept.items(), key=lambda kv: -kv[1]):
        print(f"{100 * s / best:5.1f}%  {s:.3f}  {name}")
    print(f"{100 * (best - sum(kept.values())) / best:5.1f}%  the rest (headline, claim maker, sorting)")


def _kind(s: str, lex: Lexicon) -> str:
    low, scans = s.lower(), lex.case_free
    if next(iter(lex.figures(s, 0, len(s))), None) is not None:
        return "figure"
    assert lex.dates is not None
    if next(iter(lex.dates.date_scan.finditer(s, 0, len(s), low)), None) is not None:
        return "date"
    if next(iter(scans["trigger_re"].finditer(s, low=low)), None) is not None:
        return "trigger"
    for key in ("speech_re", "prefix_re"):
        if next(iter(scans[key].finditer(s, low=low)), None) is not None:
            return "speech"
    return "none"


def kinds(docs: list[Document], lex: Lexicon) -> None:
    classes = [[(a, b, _kind(d.text[a:b], lex)) for a, b in sentences(d.text, d.body_start)] for d in docs]
    count = collections.Counter(k for c in classes for _, _, k in c)
    chars = collections.Counter({k: 0 for k in count})
    for c in classes:
        for a, b, k in c:
            chars[k] += b - a
    total = sum(chars.values())
    print("sentences: " + ", ".join(f"{k} {n} ({100 * chars[k] / total:.0f}% of the text)" for k, n in count.items()))

    def blanked(drop: set[str]) -> list[Document]:
        out = []
        for d, c in zip(docs, classes, strict=True):
            text, at = [], 0
            for a, b, k in c:
                if k in drop:  # cut out: spaces in their place would be long runs some scans are slow on
                    text.append(d.text[at:a])
                    at = b
            out.append(d.model_copy(update={"text": "".join(text) + d.text[at:]}))
        return out

    for d in docs:
        extract_document(d, lex)
    base = _cpu(docs, lex)
    print(f"all sentences read: {base:.3f} CPU-s (best of 3)")
    for drop in (("none",), ("speech", "none"), ("trigger", "speech", "none"), ("date", "trigger", "speech", "none")):
        _report(blanked(set(drop)), lex, base, "+".join(drop))
    _report(blanked({"figure"}), lex, base, "figure")
    _report(blanked(set(count)), lex, base, "every sentence")


def _report(docs: list[Document], lex: Lexicon, base: float, what: str) -> None:
    for d in docs:
        extract_document(d, lex)
    took = _cpu(docs, lex)
    print(f"without {what:32s} {took:.3f} CPU-s: those sentences cost {base - took:+.3f} ({(base - took) / base:+.0%})")


def _key(x: Any) -> Any:
    try:
        hash(x)
    except TypeError:
        return ("id", id(x))
    return x


def calls(docs: list[Document], lex: Lexicon) -> None:
    for d in docs:
        extract_document(d, lex)
    seen: dict[tuple[str, tuple[Any, ...], tuple[Any, ...]], None] = {}
    made: collections.Counter[str] = collections.Counter()
    again: collections.Counter[str] = collections.Counter()
    again_s: collections.Counter[str] = collections.Counter()
    empty: collections.Counter[str] = collections.Counter()
    empty_s: collections.Counter[str] = collections.Counter()
    spent: collections.Counter[str] = collections.Counter()

    def wrapped(name: str, f: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(f)
        def run(*a: Any, **k: Any) -> Any:
            key = (name, tuple(map(_key, a)), tuple((n, _key(v)) for n, v in k.items()))
            t = time.process_time()
            out = f(*a, **k)
            took = time.process_time() - t
            made[name] += 1
            spent[name] += took
            if key in seen:
                again[name] += 1
                again_s[name] += took
            seen[key] = None
            if out is None or out is False or (isinstance(out, list | tuple) and not out):
                empty[name] += 1
                empty_s[name] += took
            return out

        return run

    modules = [
        m for n, m in list(sys.modules.items()) if n.startswith("discrepancy.") and isinstance(m, types.ModuleType)
    ]
    wrappers: dict[Any, Callable[..., Any]] = {}
    for m in modules:
        if m.__name__.startswith(_READERS) or m.__name__ in _READER_MODULES:
            for n, v in vars(m).items():
                if isinstance(v, types.FunctionType) and v.__module__.startswith("discrepancy") and n not in _UNWRAPPED:
                    wrappers.setdefault(v, wrapped(f"{v.__module__.rsplit('.', 1)[-1]}.{n}", v))
    for m in modules:
        for n, v in list(vars(m).items()):
            if isinstance(v, types.FunctionType) and v in wrappers:
                setattr(m, n, wrappers[v])
    t = time.process_time()
    for d in docs:
        seen.clear()  # the same arguments within one article
        extract_document(d, lex)
    print(f"extraction with every reader wrapped: {time.process_time() - t:.2f} CPU-s")
    print(f"calls made again with the same arguments within an article: {sum(again.values())} of {sum(made.values())}")
    for name, s in again_s.most_common(10):
        print(f"  {s:.3f} CPU-s  {again[name]}/{made[name]}  {name}")
    print("calls that gave nothing (None, False, empty), CPU-s of them / of all the function's calls:")
    for name, s in empty_s.most_common(15):
        print(f"  {s:.3f} / {spent[name]:.3f}  {empty[name]}/{made[name]}  {name}")


def sentences_told_twice(folders: list[Path]) -> None:
    for folder in folders:
        seen: collections.Counter[str] = collections.Counter()
        chars = again = 0
        for d in _documents([folder]):
            for a, b in sentences(d.text, d.body_start):
                s = d.text[a:b]
                chars += len(s)
                again += len(s) if seen[s] else 0
                seen[s] += 1
        told = sum(seen.values())
        print(
            f"{folder}: {told} sentences, {len(seen)} different ({100 * (told - len(seen)) / max(1, told):.1f}%"
            f" of the sentences and {100 * again / max(1, chars):.1f}% of the text told before)"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=("phases", "kinds", "calls", "sentences"))
    ap.add_argument("folders", nargs="+", type=Path)
    a = ap.parse_args()
    if a.what == "sentences":
        sentences_told_twice(a.folders)
        return
    lex = load_lexicon()
    docs = _documents(a.folders)
    mb = sum(len(d.text.encode()) for d in docs) / 1e6
    print(f"{len(docs)} articles, {mb:.2f} MB")
    {"phases": phases, "kinds": kinds, "calls": calls}[a.what](docs, lex)


if __name__ == "__main__":
    main()
