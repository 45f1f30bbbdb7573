"""The command line: formats, output file, exit statuses."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from discrepancy.cli import main

ROOT = Path(__file__).resolve().parents[1]
CRISIS = str(ROOT / "fixtures" / "crisis")


def test_check_text_exit_1_on_findings() -> None:
    r = CliRunner().invoke(main, ["check", CRISIS])
    assert r.exit_code == 1, r.output
    assert "tens of thousands of troops" in r.output and "Agreements" in r.output


def test_fail_on_never_and_warning() -> None:
    assert CliRunner().invoke(main, ["check", CRISIS, "--fail-on", "never"]).exit_code == 0
    assert CliRunner().invoke(main, ["check", CRISIS, "--fail-on", "warning"]).exit_code == 1


def test_json_to_output_file(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    r = CliRunner().invoke(main, ["check", CRISIS, "--format", "json", "--output", str(out)])
    assert r.exit_code == 1
    data = json.loads(out.read_text())
    f = data["findings"][0]
    for c in [f["claim"], *f["conflicts_with"]]:
        assert {"path", "start", "end", "line", "column", "quote"} <= set(c)
    assert data["groups"] and all(g["status"] in ("consistent", "conflict") for g in data["groups"])


def test_usage_error_exit_2() -> None:
    assert CliRunner().invoke(main, ["check"]).exit_code == 2
    assert CliRunner().invoke(main, ["check", CRISIS, "--format", "xml"]).exit_code == 2


def test_bad_rule_file_exit_2_names_file_line_key(tmp_path: Path) -> None:
    (tmp_path / "quantity").mkdir()
    bad = tmp_path / "quantity" / "my-rule.yaml"
    bad.write_text(
        "id: my-rule\nkind: interval_overlap\ndescription: a rule with a bad message field\n"
        "applies_to: {kind: quantity}\nparams: {window_days: 3, round_tolerance: 0.1, about_tolerance: 0.1,"
        " open_span: 0.5, nearly_span: 0.1, figure_severity: warning}\n"
        "message: '{nonsense} happened'\n",
        encoding="utf-8",
    )
    r = CliRunner().invoke(main, ["check", CRISIS, "--rules", str(tmp_path)])
    assert r.exit_code == 2
    assert f"{bad}:6: message:" in r.output and "nonsense" in r.output


def test_rules_dir_overrides_a_rule(tmp_path: Path) -> None:
    (tmp_path / "quantity").mkdir()
    src = (ROOT / "rules" / "quantity" / "count-interval-conflict.yaml").read_text()
    (tmp_path / "quantity" / "count-interval-conflict.yaml").write_text(
        src.replace("window_days: 14", "window_days: 0"), encoding="utf-8"
    )
    r = CliRunner().invoke(main, ["check", CRISIS, "--format", "json", "--rules", str(tmp_path)])
    rules = {f["rule"] for f in json.loads(r.output)["findings"]}
    assert "count-interval-conflict" not in rules


def test_extract_lists_claims() -> None:
    r = CliRunner().invoke(main, ["extract", CRISIS])
    assert r.exit_code == 0
    assert "annex of Crimea" in r.output and "[planned]" in r.output


def test_bad_input_one_line_and_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "bad.md").write_text("---\nsource: [x\n---\nText\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["check", CRISIS, str(tmp_path / "bad.md")])
    assert r.exit_code == 1
    errs = [line for line in r.output.splitlines() if line.startswith("discrepancy:")]
    assert len(errs) == 1 and "bad.md:" in errs[0]


def test_lexicon_booleans_are_an_error_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon" / "speakers.yaml").write_text("modality:\n  negated: [no, never]\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["check", CRISIS, "--rules", str(tmp_path)])
    assert r.exit_code == 2
    assert "speakers.yaml: modality.negated: False is not a word" in r.output
