"""The JSON report's schema ships in docs/report.schema.json: it is what the models give, and the
command line's JSON and ``Report.to_dict()`` validate against it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import discrepancy
from discrepancy.cli import main
from discrepancy.models import SCHEMA_VERSION
from discrepancy.report.schema import report_schema

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "docs" / "report.schema.json"


def _validator() -> object:
    schema = json.loads(SHIPPED.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def _errors(data: object) -> list[str]:
    v = _validator()
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in v.iter_errors(data)][:5]  # type: ignore[attr-defined]


def test_the_shipped_schema_is_the_models_schema() -> None:
    shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))
    assert shipped == report_schema(), "python -m discrepancy.report.schema > docs/report.schema.json"
    assert shipped["properties"]["schema_version"]["const"] == SCHEMA_VERSION


def test_check_fixtures_json_validates() -> None:
    r = CliRunner().invoke(main, ["check", str(ROOT / "fixtures"), "--format", "json", "--fail-on", "never"])
    assert r.exit_code == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["findings"] and data["groups"] and data["stories"]
    assert _errors(data) == []


def test_report_to_dict_validates_with_problems(tmp_path: Path) -> None:
    (tmp_path / "bad.md").write_text("---\npublished: 2031-02-30\n---\nText.\n", encoding="utf-8")
    report = discrepancy.check([ROOT / "fixtures" / "crowds", tmp_path])
    data = report.to_dict()
    assert data["problems"] and data["findings"]
    assert _errors(data) == []
    assert _errors(json.loads(report.to_json())) == []


def test_the_schema_refuses_what_the_report_never_writes() -> None:
    data = discrepancy.check(ROOT / "fixtures" / "crowds").to_dict()
    assert _errors({**data, "schema_version": "0"})
    assert _errors({**data, "surprise": 1})
    claim = dict(data["findings"][0]["claim"])
    del claim["quote"]
    assert _errors({**data, "findings": [{**data["findings"][0], "claim": claim}]})
