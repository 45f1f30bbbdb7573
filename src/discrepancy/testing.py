"""Testing helpers that ship with the package, so users test their own rules the way we test ours.

- ``rule_example_cases(rules)``: every should-flag / should-pass example of every rule, as
  (case id, rule, example, expectation) tuples ready for ``pytest.mark.parametrize``.
- ``run_example(rule, example)``: the findings that rule makes on the example's articles.
- ``example_findings(rule, example, rules, lex)``: the same with a given list of rules in force, in
  the order they decide (what the loader runs to check a user's rule can decide its own examples).
- ``score(expected, report, corpus)``: an expectations file (the format of
  ``seeds.expected.yaml``: conflicts, agreements, separate) scored against a report.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .api import check
from .compare import compare_documents
from .corpus import blank_controls
from .extract import extract_document
from .lexicon import Lexicon
from .models import Claim, Document, Finding, Report
from .rules.loader import load_rules
from .rules.schema import Example, Rule


def rule_example_cases(
    rules: Sequence[Rule] | None = None,
) -> Iterator[tuple[str, Rule, Example, str]]:
    for rule in rules if rules is not None else load_rules():
        for expect, examples in (("flag", rule.examples.flag), ("pass", rule.examples.pass_)):
            for ex in examples:
                yield f"{rule.id}:{expect}:{ex.name}", rule, ex, expect


def example_documents(rule: Rule, example: Example) -> list[Document]:
    return [
        Document(
            id=f"<{rule.id}/{example.name}/{i}>",
            path=f"<{rule.id}/{example.name}/{i}>",
            source=a.source,
            published=a.published,
            text=blank_controls(a.text),
            published_from="record" if a.published else "none",
        )
        for i, a in enumerate(example.articles)
    ]


def run_example(rule: Rule, example: Example, rules_dirs: Sequence[str | Path] = ()) -> list[Finding]:
    """The rule's findings on an example, at warning or above: a note on a weak key (an owner no one
    names, a noun no list knows) is advice, neither a flag nor a pass."""
    report = check(example_documents(rule, example), rules=rules_dirs)
    return [f for f in report.findings if f.rule == rule.id and f.severity != "info"]


def example_findings(rule: Rule, example: Example, rules: Sequence[Rule], lex: Lexicon) -> list[Finding]:
    """The findings ``rule`` makes on an example when ``rules`` are in force (in the order they
    decide a pair), at any severity: what :func:`check` would report on its articles."""
    docs = sorted(example_documents(rule, example), key=lambda d: (d.path, d.id))
    claims = {d.id: extract_document(d, lex) for d in docs}
    return [f for f in compare_documents(docs, claims, rules, lex).findings if f.rule == rule.id]


@dataclass
class Score:
    passed: int = 0
    total: int = 0
    wrong: int = 0
    bad_spans: int = 0
    lines: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.passed == self.total and self.bad_spans == 0 and self.wrong == 0


def _covers(c: Claim, corpus: Path, q: dict[str, Any], cache: dict[str, str]) -> bool:
    if Path(c.span.path).name != q["file"]:
        return False
    if q["file"] not in cache:
        cache[q["file"]] = (corpus / q["file"]).read_text(encoding="utf-8")
    text = cache[q["file"]]
    i = text.find(q["quote"])
    if i < 0:
        raise ValueError(f"expected quote not in {q['file']}: {q['quote']!r}")
    while i >= 0:
        if c.span.start < i + len(q["quote"]) and i < c.span.end:
            return True
        i = text.find(q["quote"], i + 1)
    return False


def score(expected: Path, report: Report, corpus: Path) -> Score:
    """Score a report against an expectations file, as ``shared/tools/score_findings.py`` does."""
    exp = yaml.safe_load(expected.read_text(encoding="utf-8")) or {}
    cache: dict[str, str] = {}
    s = Score()

    def cov(c: Claim, entry: dict[str, Any]) -> bool:
        alts = entry["any_of"] if "any_of" in entry else [entry]
        return any(_covers(c, corpus, q, cache) for q in alts)

    pairs = [(f.claim, o) for f in report.findings if f.severity in ("error", "warning") for o in f.conflicts_with]

    def flagged(e1: dict[str, Any], e2: dict[str, Any]) -> bool:
        return any((cov(a, e1) and cov(b, e2)) or (cov(a, e2) and cov(b, e1)) for a, b in pairs)

    def grouped(entries: list[dict[str, Any]]) -> bool:
        return any(all(any(cov(c, e) for c in g.claims) for e in entries) for g in report.groups)

    for c in [f.claim for f in report.findings] + [c for g in report.groups for c in g.claims]:
        p = corpus / Path(c.span.path).name
        if p.is_file():
            text = cache.setdefault(p.name, p.read_text(encoding="utf-8"))
            if text[c.span.start : c.span.end] != c.span.quote:
                s.bad_spans += 1
    for item in exp.get("conflicts") or []:
        cl = item["claims"]
        hit = all(flagged(cl[i], cl[j]) for i in range(len(cl)) for j in range(i + 1, len(cl)))
        s.total += 1
        s.passed += hit
        s.lines.append(f"{'PASS' if hit else 'FAIL'}  conflict   {item['id']}")
    for item in exp.get("agreements") or []:
        cl = item["claims"]
        bad = sum(flagged(cl[i], cl[j]) for i in range(len(cl)) for j in range(i + 1, len(cl)))
        ok = not bad and grouped(cl)
        s.total += 1
        s.passed += ok
        s.wrong += bad
        s.lines.append(f"{'PASS' if ok else 'FAIL'}  agreement  {item['id']}")
    for item in exp.get("separate") or []:
        bad = sum(flagged(item["claim"], o) for o in item["not_with"])
        together = any(grouped([item["claim"], o]) for o in item["not_with"])
        ok = not bad and not together
        s.total += 1
        s.passed += ok
        s.wrong += bad
        s.lines.append(f"{'PASS' if ok else 'FAIL'}  separate   {item['id']}")
    s.lines.append(f"score: {s.passed}/{s.total} expected, {s.wrong} wrong, {s.bad_spans} bad spans")
    return s
