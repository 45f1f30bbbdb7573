"""JSON: the report as data (the contract of ../shared/tools/score_findings.py).

Each claim is flattened so that ``path``, ``start``, ``end``, ``line``, ``column`` and ``quote`` sit
at its top level beside its typed fields.
"""

from __future__ import annotations

import json
import re
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


_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _dumps(data: object) -> str:
    """JSON that stays valid for any input: control characters are escaped by ``json``; a lone
    surrogate (possible in a str given through the API, never in decoded UTF-8) cannot be written as
    UTF-8, so then every non-ASCII character is written as an escape instead."""
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(data, ensure_ascii=True, indent=2) + "\n"
    # DEL, C1 controls (json leaves them raw) and characters that reorder what a terminal shows (they
    # can only be inside strings here): escaped, the same data, and JSON printed to a terminal
    # cannot be made to read differently
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def render(report: Report) -> str:
    return _dumps(as_dict(report))


def render_claims(claims: list[Claim]) -> str:
    return _dumps([claim_dict(c) for c in claims])
