"""Test helper: the pairs of quotes a report flags."""

from __future__ import annotations

from discrepancy.models import Report


def flagged_pairs(report: Report) -> set[frozenset[str]]:
    """Each claim's quote with each quote it conflicts with, in findings of error or warning."""
    return {
        frozenset((f.claim.span.quote, o.span.quote))
        for f in report.findings
        if f.severity in ("error", "warning")
        for o in f.conflicts_with
    }
