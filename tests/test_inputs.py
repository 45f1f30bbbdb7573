"""Input handling (issue 11): stdin with -, a path named twice read once, a missing source is a
warning (the article is read all the same)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from discrepancy import check
from discrepancy.cli import main

ROOT = Path(__file__).resolve().parents[1]
CROWDS = ROOT / "fixtures" / "crowds"
ARTICLE = (
    "---\nsource: Pipe News\npublished: 2031-03-01\n---\nPolice said 90 people were killed in the blast in Karsk.\n"
)


def test_stdin_with_dash() -> None:
    r = CliRunner().invoke(main, ["check", "-", "--format", "json", "--fail-on", "never"], input=ARTICLE)
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["documents"] == 1 and data["claims"] >= 1
    r = CliRunner().invoke(main, ["extract", "-"], input=ARTICLE)
    assert r.exit_code == 0 and "<stdin>:5:" in r.stdout and "90 people" in r.stdout
    # beside a folder
    r = CliRunner().invoke(main, ["check", "-", str(CROWDS), "--format", "json"], input=ARTICLE)
    assert json.loads(r.stdout)["documents"] == 4
    # stdin that is no article is a problem like a file's, and nothing else to check: exit 2
    r = CliRunner().invoke(main, ["check", "-"], input="---\nsource: [broken\n---\nText.\n")
    assert r.exit_code == 2 and "<stdin>:3: front matter" in r.stderr
    r = CliRunner().invoke(main, ["check", "-", "--new"], input=ARTICLE)
    assert r.exit_code == 2 and "stdin" in r.output


def test_a_path_named_twice_is_read_once() -> None:
    one = check([CROWDS])
    files = sorted(CROWDS.glob("*.md"))
    twice = check([CROWDS, files[0], str(files[0]), CROWDS / ".." / "crowds"])
    assert twice.document_count == one.document_count == 3
    assert twice.to_dict() == one.to_dict()
    r = CliRunner().invoke(main, ["check", str(CROWDS), str(files[0]), "--format", "json"])
    assert json.loads(r.stdout)["documents"] == 3


def test_missing_source_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\npublished: 2031-03-01\n---\nTwelve people were hurt.\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        '{"text": "Nine people were hurt.", "published": "2031-03-01"}\n'
        '{"text": "Ten people were hurt.", "source": "Wire"}\n'
        '{"text": "Eight people were hurt."}\n',
        encoding="utf-8",
    )
    r = CliRunner().invoke(main, ["check", str(tmp_path), "--format", "json", "--fail-on", "never"])
    assert r.exit_code == 0, r.output
    assert f"{tmp_path / 'a.md'}:1: warning: no 'source'" in r.stderr
    assert f"{tmp_path / 'b.jsonl'}:1: warning: 2 record(s) with no 'source'" in r.stderr
    data = json.loads(r.stdout)
    assert data["documents"] == 4
    assert {p["level"] for p in data["problems"]} == {"warning"}
