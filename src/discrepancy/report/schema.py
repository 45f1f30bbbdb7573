"""The JSON Schema of the JSON report (``discrepancy check --format json``, ``Report.to_dict()``),
built from the same pydantic models the report is dumped from, so it cannot drift from them.

``docs/report.schema.json`` is this module's output; ``tests/test_report_schema.py`` keeps it equal
and validates real reports against it. To write it again after a model changes:

    python -m discrepancy.report.schema > docs/report.schema.json
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, create_model
from pydantic.fields import FieldInfo

from ..models import SCHEMA_VERSION, Claim, Cluster, Finding, Group, InputProblem, Span, Story


def _fields(model: type[BaseModel], without: set[str]) -> dict[str, Any]:
    return {name: (f.annotation, f) for name, f in model.model_fields.items() if name not in without}


def _flat(name: str, doc: str, *parts: dict[str, tuple[Any, FieldInfo]]) -> type[BaseModel]:
    fields: dict[str, Any] = {}
    for part in parts:
        fields.update(part)
    return create_model(name, __doc__=doc, __config__=ConfigDict(extra="forbid"), **fields)


def report_model() -> type[BaseModel]:
    """A model of exactly the shape :meth:`Report.to_dict` gives: each claim flattened, with its
    span's fields (``path``, ``start``, ``end``, ``line``, ``column``, ``quote``...) at its top level."""
    flat_claim = _flat(
        "Claim",
        "A claim: the span's fields (where it is written) beside the claim's own.",
        _fields(Span, set()),
        _fields(Claim, {"span"}),
    )
    finding = _flat(
        "Finding",
        "A disputed fact: the claim, the claims that cannot be true with it, and why.",
        _fields(Finding, {"claim", "conflicts_with", "clusters"}),
        {
            "claim": (flat_claim, FieldInfo(annotation=flat_claim)),  # type: ignore[valid-type]
            "conflicts_with": (list[flat_claim], FieldInfo(annotation=list[flat_claim])),  # type: ignore[valid-type]
            "clusters": (list[Cluster], FieldInfo(annotation=list[Cluster])),
        },
    )
    group = _flat(
        "Group",
        "A subject's claims of one time: a conflict, an agreement, or not compared (and why).",
        _fields(Group, {"claims"}),
        {"claims": (list[flat_claim], FieldInfo(annotation=list[flat_claim]))},  # type: ignore[valid-type]
    )
    return _flat(
        "Report",
        "The JSON report of discrepancy check (and Report.to_dict()).",
        {
            "schema_version": (Literal[SCHEMA_VERSION], FieldInfo(annotation=Literal[SCHEMA_VERSION])),  # type: ignore[valid-type,arg-type]
            "documents": (int, FieldInfo(annotation=int, description="How many documents were read.")),
            "claims": (int, FieldInfo(annotation=int, description="How many claims were extracted.")),
            "findings": (list[finding], FieldInfo(annotation=list[finding])),  # type: ignore[valid-type]
            "groups": (list[group], FieldInfo(annotation=list[group])),  # type: ignore[valid-type]
            "problems": (list[InputProblem], FieldInfo(annotation=list[InputProblem])),
            "stories": (list[Story], FieldInfo(annotation=list[Story])),
        },
    )


def _closed(node: object) -> None:
    """Every object as the report writes it: all its properties present (``model_dump`` writes
    defaults too), none other."""
    if isinstance(node, dict):
        if node.get("type") == "object" and "properties" in node:
            node["required"] = list(node["properties"])
            node["additionalProperties"] = False
        for v in node.values():
            _closed(v)
    elif isinstance(node, list):
        for v in node:
            _closed(v)


def report_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the JSON report."""
    schema = report_model().model_json_schema(mode="serialization")
    _closed(schema)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **schema,
    }


def schema_text() -> str:
    return json.dumps(report_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    print(schema_text(), end="")
