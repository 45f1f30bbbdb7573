"""JSON: the report as data (the contract of ../shared/tools/score_findings.py).

Each claim is flattened so that ``path``, ``start``, ``end``, ``line``, ``column`` and ``quote`` sit
at its top level beside its typed fields. The shape is built by :meth:`Report.to_dict` (so the
library and the command line give the same JSON) and versioned by ``schema_version``.
"""

from __future__ import annotations

from typing import Any

from ..models import Claim, Report, claim_dict, json_text

__all__ = ["as_dict", "claim_dict", "render", "render_claims"]


def as_dict(report: Report) -> dict[str, Any]:
    return report.to_dict()


def render(report: Report) -> str:
    return report.to_json()


def render_claims(claims: list[Claim]) -> str:
    return json_text([claim_dict(c) for c in claims])
