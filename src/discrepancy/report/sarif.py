"""SARIF 2.1.0, as GitHub code scanning accepts it.

One result per finding: ``ruleId``, ``level``, a message, the primary location at the finding's
claim (in the new article, when the run checked new articles), ``relatedLocations`` at the claims it
conflicts with, and ``partialFingerprints`` from the baseline fingerprint, so code scanning keeps
one alert for one disagreement across commits. ``tool.driver.rules`` lists each reported rule with
its description as help text.
"""

from __future__ import annotations

import json
from typing import Any

from ..fingerprint import finding_fingerprint
from ..models import Claim, Finding, Report
from ._where import column_of, line_of, relative_path

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
INFO_URI = "https://pypi.org/project/discrepancy/"


def _location(c: Claim, text: str | None = None, ident: int | None = None) -> dict[str, Any]:
    loc: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": {"uri": relative_path(c.span.path)},
            "region": {
                "startLine": line_of(c),
                "startColumn": column_of(c),
                "snippet": {"text": c.span.quote},
            },
        }
    }
    if ident is not None:
        loc["id"] = ident
    if text is not None:
        loc["message"] = {"text": text}
    return loc


def _who(c: Claim) -> str:
    date = c.published.isoformat() if c.published else "undated"
    who = c.source if c.speaker == c.source else f"{c.speaker} in {c.source}"
    return f"{who}, {date}"


def _result(f: Finding) -> dict[str, Any]:
    related = [
        _location(c, f"{_who(c)}: \u201c{c.span.quote}\u201d", i) for i, c in enumerate(f.conflicts_with, start=1)
    ]
    links = ", ".join(f"[{_who(c)}]({i})" for i, c in enumerate(f.conflicts_with, start=1))
    return {
        "ruleId": f.rule,
        "level": LEVELS[f.severity],
        "message": {"text": f"{f.message} (why: {f.arithmetic}). Conflicts with: {links}"},
        "locations": [_location(f.claim)],
        "relatedLocations": related,
        "partialFingerprints": {"discrepancyFingerprint/v1": finding_fingerprint(f)},
        "properties": {"subject": f.subject, "subject_label": f.subject_label},
    }


def _rule(rule_id: str, help_text: str, severity: str) -> dict[str, Any]:
    return {
        "id": rule_id,
        "name": rule_id,
        "shortDescription": {"text": rule_id},
        "fullDescription": {"text": help_text},
        "help": {"text": help_text, "markdown": help_text},
        "defaultConfiguration": {"level": LEVELS.get(severity, "error")},
    }


def as_dict(report: Report) -> dict[str, Any]:
    severities: dict[str, str] = {}
    for f in report.findings:
        severities.setdefault(f.rule, f.severity)
    ids = sorted(set(severities) | set(report.rule_help))
    default = "A discrepancy rule: two accounts of one fact that cannot both be true."
    rules = [_rule(r, report.rule_help.get(r, default), severities.get(r, "error")) for r in ids]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "discrepancy", "informationUri": INFO_URI, "rules": rules}},
                "results": [_result(f) for f in report.findings],
                "columnKind": "unicodeCodePoints",
            }
        ],
    }


def render(report: Report) -> str:
    return json.dumps(as_dict(report), ensure_ascii=False, indent=2) + "\n"


def render_claims(claims: list[Claim]) -> str:
    raise ValueError("sarif reports findings; use text or json to list claims")
