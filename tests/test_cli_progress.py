"""A progress bar on stderr for a run over about a second: only on a terminal, never with --quiet
or on a pipe; the library only calls back (``check(progress=...)``) and the report is the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from terminal_run import on_a_terminal

import discrepancy
from discrepancy import api
from discrepancy.cli import main, terminal

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"


def _article(i: int) -> str:
    return (
        f"---\nsource: Outlet {i % 7}\npublished: 2031-03-{i % 27 + 1:02d}\n---\n"
        f"At least {i * 3} people were hurt when a storm hit Port Town on Monday, officials said. "
        f"The storm left {i * 100} homes without power.\n\n"
        f"Rescue crews said {i + 4} people were still missing on Tuesday. The mayor said about {i * 20} "
        f"residents had moved to shelters, and {i % 9 + 2} schools would stay closed until Friday.\n\n"
        f"The storm brought {i % 5 + 3} inches of rain in a day, the weather service said, and winds "
        f"of up to {i % 40 + 60} miles per hour tore roofs from {i * 2} buildings.\n"
    )


def test_progress_is_called_back_and_the_report_is_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "bad.md").write_text("---\npublished: 2031-02-30\n---\nText.\n", encoding="utf-8")
    items = [FIXTURES / "crisis", tmp_path / "missing.md", FIXTURES / "crowds", tmp_path, FIXTURES / "fire"]
    plain = discrepancy.check(items).to_json()
    monkeypatch.setattr(api, "_BATCH", 1)  # batches of two files: many calls
    calls: list[tuple[int, int]] = []
    assert discrepancy.check(items, progress=lambda done, total: calls.append((done, total))).to_json() == plain
    total = calls[0][1]
    assert calls[0] == (0, total) and calls[-1] == (total, total) and len(calls) > 3
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert discrepancy.check(items, jobs=2, progress=lambda d, t: None).to_json() == plain


def test_on_a_terminal_the_bar_shows_and_the_report_is_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = CliRunner().invoke(main, ["check", str(FIXTURES / "crisis"), "--jobs", "1"])
    assert "reading" not in plain.stderr  # not a terminal: nothing
    monkeypatch.setattr(terminal, "_stderr_is_tty", lambda: True)
    monkeypatch.setattr(terminal, "PROGRESS_AFTER", 0.0)
    shown = CliRunner().invoke(main, ["check", str(FIXTURES / "crisis"), "--jobs", "1"])
    assert "reading" in shown.stderr and "comparing" in shown.stderr
    assert shown.stdout == plain.stdout and shown.exit_code == plain.exit_code
    quiet = CliRunner().invoke(main, ["check", str(FIXTURES / "crisis"), "--jobs", "1", "--quiet"])
    assert quiet.stderr == ""


def test_a_short_run_shows_no_bar(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(terminal, "_stderr_is_tty", lambda: True)
    monkeypatch.setattr(terminal, "PROGRESS_AFTER", 3600.0)
    assert "reading" not in CliRunner().invoke(main, ["check", str(FIXTURES / "crisis")]).stderr


def test_a_long_run_draws_a_bar_on_a_terminal_and_clears_it(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(150):
        (corpus / f"a{i:03d}.md").write_text(_article(i), encoding="utf-8")
    report = tmp_path / "report.json"
    args = ["check", str(corpus), "--jobs", "1", "--format", "json", "-o", str(report)]
    # a run over PROGRESS_AFTER (0 here: however fast the run, the bar shows): the bar, then cleared
    code, err = on_a_terminal(args, "stderr", progress_after=0.0)
    assert b"reading  [" in err and b"/150" in err and b"comparing" in err, err[-400:]
    assert err.endswith(b"\r\x1b[2K\x1b[?25h")  # the line cleared, the cursor shown again
    assert code == 1 and json.loads(report.read_text(encoding="utf-8"))["documents"] == 150
