"""JUnit XML, for CI systems that show test results: one test case a subject.

A subject the articles share is a passing case, or a failing one with a ``<failure>`` per finding
on it; a run with nothing to compare still writes one passing case, so a CI that requires test
results never mistakes a clean run for a missing report.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict

from ..models import Claim, Finding, Report
from ._where import column_of, line_of, relative_path

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _where(c: Claim) -> str:
    return f"{relative_path(c.span.path)}:{line_of(c)}:{column_of(c)}"


def _failure(case: ET.Element, f: Finding) -> None:
    el = ET.SubElement(case, "failure", message=_clean(f"[{f.rule}] {f.message}"), type=f.severity)
    lines = [f"{_where(f.claim)}: \u201c{f.claim.span.quote}\u201d ({f.claim.source})"]
    lines += [f"{_where(c)}: \u201c{c.span.quote}\u201d ({c.source})" for c in f.conflicts_with]
    lines.append(f"why: {f.arithmetic}")
    el.text = _clean("\n".join(lines))


def render(report: Report) -> str:
    by_subject: dict[str, list[Finding]] = defaultdict(list)
    labels: dict[str, str] = {}
    for g in report.groups:
        by_subject.setdefault(g.subject, [])
        labels[g.subject] = g.subject_label
    for f in report.findings:
        by_subject[f.subject].append(f)
        labels[f.subject] = f.subject_label
    suite = ET.Element("testsuite", name="discrepancy")
    for subject in sorted(by_subject):
        case = ET.SubElement(suite, "testcase", classname="discrepancy", name=_clean(f"{labels[subject]} [{subject}]"))
        for f in by_subject[subject]:
            _failure(case, f)
    if not by_subject:
        ET.SubElement(suite, "testcase", classname="discrepancy", name="no claims in disagreement")
    failures = sum(1 for case in suite if case.find("failure") is not None)
    tests = len(suite)
    suite.set("tests", str(tests))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    root = ET.Element("testsuites", name="discrepancy", tests=str(tests), failures=str(failures), errors="0")
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def render_claims(claims: list[Claim]) -> str:
    raise ValueError("junit reports findings; use text or json to list claims")
