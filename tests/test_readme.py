"""The README's sample output is what the tool prints: every line of it (but the elision) appears,
in order, in the output of the command it shows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from discrepancy.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_readme_sample_output_is_true(monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sample = re.search(r"```\n\$ discrepancy (check [^\n]+)\n(.*?)```", readme, re.S)
    assert sample is not None, "the README shows a sample run"
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, sample.group(1).split())
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    at = 0
    for expected in sample.group(2).splitlines():
        if expected.strip() in ("", "..."):
            continue
        assert expected in lines[at:], f"README line not printed (in order): {expected!r}"
        at = lines.index(expected, at) + 1
