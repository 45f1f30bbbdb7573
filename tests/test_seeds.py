"""The seed corpus in ../shared: every expectation holds, scored as the shared scorer scores it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from discrepancy import check
from discrepancy.report import json as json_report
from discrepancy.testing import score


def test_seed_expectations(seeds: Path) -> None:
    report = check([seeds])
    result = score(seeds.with_name("seeds.expected.yaml"), report, seeds)
    assert result.ok, "\n".join(result.lines)


def test_shared_scorer_agrees(seeds: Path, tmp_path: Path) -> None:
    scorer = seeds.parents[1] / "tools" / "score_findings.py"
    out = tmp_path / "r.json"
    out.write_text(json_report.render(check([seeds])), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(scorer), str(seeds.with_name("seeds.expected.yaml")), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    last = run.stdout.strip().splitlines()[-1]
    assert run.returncode == 0, run.stdout
    assert last.startswith("score: 10/10 expected, 0 wrong"), run.stdout
    assert json.loads(out.read_text())["findings"]
