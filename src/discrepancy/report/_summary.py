"""The one line every human-readable report ends or starts with: documents, claims, shared subjects
and findings by severity ("27 documents, 166 claims, 30 shared subjects: 9 errors, 9 warnings")."""

from __future__ import annotations

from collections import Counter

from ..models import Report


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary(report: Report) -> str:
    counts = Counter(f.severity for f in report.findings)
    found = ", ".join(plural(n, s) for s, n in sorted(counts.items())) or "no findings"
    return (
        f"{report.document_count} documents, {report.claim_count} claims, {len(report.groups)} shared subjects: {found}"
    )
