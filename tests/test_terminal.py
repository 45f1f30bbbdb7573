"""The terminal (issue 11): python -m discrepancy, help with examples and exit codes, --quiet and
--verbose, colour only on a terminal and never with NO_COLOR."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner
from terminal_run import on_a_terminal

from discrepancy.cli import main

ROOT = Path(__file__).resolve().parents[1]
CROWDS = str(ROOT / "fixtures" / "crowds")
GOOD = "---\nsource: Daily A\npublished: 2031-03-01\n---\nAt least 20 people were killed in the blast on Monday.\n"


def _module(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "discrepancy", *args], capture_output=True, text=True, env=env, check=False
    )


def test_python_dash_m() -> None:
    r = _module("--help")
    assert r.returncode == 0 and r.stdout.startswith("Usage: discrepancy ")
    r = _module("check", str(ROOT / "no-such-folder"))
    assert r.returncode == 2 and "no-such-folder: no such file or folder" in r.stderr
    r = _module("check", CROWDS, "--format", "json")
    assert r.returncode == 1 and '"findings"' in r.stdout


def test_help_has_examples_formats_and_exit_codes() -> None:
    top = CliRunner().invoke(main, ["--help"]).output
    assert "Examples:" in top and "discrepancy check articles/" in top
    for code in ("0  no finding", "1  findings", "2  usage", "3  internal error"):
        assert code in top, code
    assert ".jsonl" in top and "NO_COLOR" in top
    check = CliRunner().invoke(main, ["check", "--help"]).output
    assert "Examples:" in check and "Exit status: 0 clean" in check
    for fmt in ("text (for people)", "sarif (code scanning)", "junit (test reports)"):
        assert fmt in " ".join(check.split()), fmt


def test_quiet_and_verbose(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "bad.md").write_text("---\nsource: X\npublished: 2031-02-30\n---\nText.\n", encoding="utf-8")
    plain = CliRunner().invoke(main, ["check", str(tmp_path)])
    assert "bad.md:3:" in plain.stderr
    quiet = CliRunner().invoke(main, ["check", str(tmp_path), "--quiet"])
    assert quiet.exit_code == 0 and quiet.stderr == "" and quiet.stdout == plain.stdout
    verbose = CliRunner().invoke(main, ["check", str(tmp_path), "-v"])
    assert (
        "bad.md:3:" in verbose.stderr and "1 document(s)" in verbose.stderr and "1 input problem(s)" in verbose.stderr
    )
    # the group takes them too
    assert CliRunner().invoke(main, ["-q", "check", str(tmp_path)]).stderr == ""


def _on_a_terminal(*args: str, no_color: bool) -> bytes:
    """Run the command with stdout on a pseudo-terminal, as a person at a terminal would."""
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    if no_color:
        env["NO_COLOR"] = "1"
    return on_a_terminal(list(args), "stdout", env, timeout=120)[1]


def test_colour_on_a_terminal_only_and_never_with_no_color() -> None:
    coloured = _on_a_terminal("check", CROWDS, no_color=False)
    assert b"\x1b[31m" in coloured  # errors in red
    assert b"error" in coloured
    assert b"\x1b[" not in _on_a_terminal("check", CROWDS, no_color=True)
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    piped = _module("check", CROWDS, env=env)
    assert "\x1b[" not in piped.stdout and "error" in piped.stdout
