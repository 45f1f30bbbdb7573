"""The CI formats: SARIF 2.1.0, GitHub workflow commands (escaped), JUnit XML; several in one run."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from click.testing import CliRunner
from junitparser import Failure, JUnitXml

from discrepancy.cli import main
from discrepancy.report.github import escape_data, escape_property

ROOT = Path(__file__).resolve().parents[1]
CROWDS = str(ROOT / "fixtures" / "crowds")

# Our own words: two outlets on one march; the first sentence carries workflow-command syntax, an
# escaped line feed and a bare carriage return (a line break inside the sentence: lines split at \n).
HOSTILE = (
    "---\nsource: Valley Courier\npublished: 2031-05-04\n---\nMarchers fill Tarnow square\n\n"
    "Police said about 20,000 protesters ::error::owned%0A::warning file=x::y\r::notice::z marched"
    " through Tarnow on Saturday against the water tax.\n"
)
OTHER = (
    "---\nsource: Hill Gazette\npublished: 2031-05-04\n---\nTarnow protest draws crowds\n\n"
    "Organisers said 90,000 protesters marched through Tarnow on Saturday against the water tax.\n"
)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_escaping_is_the_runners_unescaping() -> None:
    assert escape_data("100%\r\nnext") == "100%25%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_article_text_cannot_end_or_start_a_command(tmp_path: Path) -> None:
    _write(tmp_path, "a.md", HOSTILE)
    _write(tmp_path, "b.md", OTHER)
    r = CliRunner().invoke(main, ["check", str(tmp_path), "--format", "github"])
    assert r.exit_code == 1, r.output
    lines = r.stdout.split("\n")
    assert lines[-1] == ""
    commands = lines[:-1]
    assert len(commands) == 1, commands  # one finding, one line
    line = commands[0]
    assert line.startswith("::error file=") and "\r" not in line
    props, _, message = line[2:].partition("::")
    assert "::error::owned%250A::warning file=x::y%0D::notice::z" in message
    # the runner splits the command at the first '::' after the properties: all of them are ours
    name, _, pairs = props.partition(" ")
    assert name == "error"
    assert [p.split("=")[0] for p in pairs.split(",")] == ["file", "line", "col", "title"]
    assert "line=7,col=13" in pairs


def test_sarif_locations_fingerprints_and_rules(tmp_path: Path) -> None:
    out = tmp_path / "out.sarif"
    r = CliRunner().invoke(main, ["check", CROWDS, "--format", f"sarif:{out}"])
    assert r.exit_code == 1
    assert r.stdout == ""  # the only format went to its file
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["version"] == "2.1.0"
    run = data["runs"][0]
    rule_ids = {rule["id"] for rule in run["tool"]["driver"]["rules"]}
    assert run["results"]
    for res in run["results"]:
        assert res["ruleId"] in rule_ids and res["level"] in {"error", "warning", "note"}
        region = res["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert res["relatedLocations"] and all(
            loc["physicalLocation"]["artifactLocation"]["uri"].endswith(".md") for loc in res["relatedLocations"]
        )
        assert len(res["partialFingerprints"]["discrepancyFingerprint/v1"]) == 32
    for rule in run["tool"]["driver"]["rules"]:
        assert len(rule["help"]["text"]) > 10


def test_junit_a_case_per_subject_and_a_clean_run_passes(tmp_path: Path) -> None:
    out = tmp_path / "crowds.xml"
    r = CliRunner().invoke(main, ["check", CROWDS, "--format", f"junit:{out}"])
    assert r.exit_code == 1
    cases = [case for suite in JUnitXml.fromfile(str(out)) for case in suite]  # as CI report tools read it
    assert len(cases) >= 2 and len({c.name for c in cases}) == len(cases)
    failures = [res for c in cases for res in c.result if isinstance(res, Failure)]
    assert len(failures) >= 3 and all(res.message.startswith("[") for res in failures)
    _write(tmp_path, "b.md", OTHER)
    r = CliRunner().invoke(main, ["check", str(tmp_path), "--format", "junit"])
    assert r.exit_code == 0
    suite = ET.fromstring(r.stdout)
    cases = suite.findall(".//testcase")
    assert len(cases) == 1 and cases[0].find("failure") is None and suite.get("failures") == "0"


def test_several_formats_in_one_run(tmp_path: Path) -> None:
    sarif, junit = tmp_path / "o.sarif", tmp_path / "o.xml"
    r = CliRunner().invoke(
        main, ["check", CROWDS, "--format", "github", "--format", f"sarif:{sarif}", "--format", f"junit:{junit}"]
    )
    assert r.exit_code == 1
    annotations = r.stdout.splitlines()
    results = json.loads(sarif.read_text(encoding="utf-8"))["runs"][0]["results"]
    assert len(annotations) == len(results) > 0
    assert ET.fromstring(junit.read_text(encoding="utf-8")).findall(".//failure")


def test_unknown_format_is_a_usage_error() -> None:
    r = CliRunner().invoke(main, ["check", CROWDS, "--format", "xml:out.xml"])
    assert r.exit_code == 2 and "xml" in r.output
