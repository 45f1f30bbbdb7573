"""JSON: the report as data (the contract of ../shared/tools/score_findings.py).

Each claim is flattened so that ``path``, ``start``, ``end``, ``line``, ``column`` and ``quote`` sit
at its top level beside its typed fields.
"""

from __future__ import annotations

import json
from typing import Any

from ..models import Claim, Report


def claim_dict(c: Claim) -> dict[str, Any]:
    d = c.model_dump(mode="json", exclude={"span"})
    span = c.span.model_dump(mode="json")
    return {**span, **d}


def as_dict(report: Report) -> dict[str, Any]:
    return {
        "documents": report.documents,
        "claims": report.claims,
        "findings": [
            {
                **f.model_dump(mode="json", exclude={"claim", "conflicts_with"}),
                "claim": claim_dict(f.claim),
                "conflicts_with": [claim_dict(c) for c in f.conflicts_with],
            }
            for f in report.findings
        ],
        "groups": [
            {**g.model_dump(mode="json", exclude={"claims"}), "claims": [claim_dict(c) for c in g.claims]}
            for g in report.groups
        ],
        "problems": [p.model_dump(mode="json") for p in report.problems],
        "stories": [s.model_dump(mode="json") for s in report.stories],
    }


def render(report: Report) -> str:
    return json.dumps(as_dict(report), ensure_ascii=False, indent=2) + "\n"


def render_claims(claims: list[Claim]) -> str:
    return json.dumps([claim_dict(c) for c in claims], ensure_ascii=False, indent=2) + "\n"
