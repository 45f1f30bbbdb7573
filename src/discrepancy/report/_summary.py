"""What the human-readable reports (text, HTML) say alike: the summary line of documents, claims,
shared subjects and findings by severity ("27 documents, 166 claims, 30 shared subjects: 9 errors,
9 warnings"), and who gives a claim and when ("police, in City Wire, 2031-05-04")."""

from __future__ import annotations

from collections import Counter

from ..models import Claim, Report


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary(report: Report) -> str:
    counts = Counter(f.severity for f in report.findings)
    found = ", ".join(plural(n, s) for s, n in sorted(counts.items())) or "no findings"
    return (
        f"{report.document_count} documents, {report.claim_count} claims, {len(report.groups)} shared subjects: {found}"
    )


def told_by(c: Claim) -> str:
    """Who gives a claim, in which outlet, and its date (or how an undated article was placed)."""
    date = c.published.isoformat() if c.published else "undated"
    if c.published and c.time_inferred:
        date = f"undated, placed at {date}"
    who = c.speaker if c.speaker == c.source else f"{c.speaker}, in {c.source}"
    return f"{who}, {date}"
