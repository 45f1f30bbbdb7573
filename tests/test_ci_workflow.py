"""docs/ci.md's GitHub Actions workflow, run: its `discrepancy` commands in a temporary git
repository with a base branch on a remote, as a pull request's checkout has it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml
from gate_articles import BRENNA_ONE, BRENNA_TWO, TARNOW_AGREES, TARNOW_ORGANISERS, TARNOW_POLICE, write

ROOT = Path(__file__).resolve().parents[1]
ENV = {
    **os.environ,
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.org",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.org",
    # the `discrepancy` installed beside this Python comes first, as `pip install` puts it on PATH
    "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
}


def workflow() -> dict[str, object]:
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(# \.github/workflows/discrepancy\.yml\n.*?)```", text, re.S)
    assert block, "docs/ci.md has no workflow block"
    data = yaml.safe_load(block.group(1))
    assert isinstance(data, dict)
    return data


def commands(base_ref: str) -> list[str]:
    """The workflow's `run:` steps that call discrepancy, with the pull request's base filled in."""
    steps = workflow()["jobs"]["new-articles"]["steps"]  # type: ignore[index]
    runs = [s["run"] for s in steps if "run" in s and s["run"].startswith("discrepancy ")]
    assert len(runs) == 2
    return [r.replace("${{ github.base_ref }}", base_ref) for r in runs]


def sh(repo: Path, command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, shell=True, cwd=repo, env=ENV, capture_output=True, text=True, check=False)


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, env=ENV, check=True, capture_output=True)


def pull_request(tmp_path: Path, added: dict[str, str]) -> Path:
    """A remote with the archive on main, and a clone on a branch that adds ``added``."""
    origin, repo = tmp_path / "origin.git", tmp_path / "work"
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(origin))
    git(tmp_path, "clone", "-q", str(origin), str(repo))
    git(repo, "checkout", "-q", "-b", "main")
    write(repo / "articles", {"a.md": TARNOW_POLICE, "a2.md": TARNOW_AGREES, "c1.md": BRENNA_ONE, "c2.md": BRENNA_TWO})
    write(repo, {"README.md": "The archive: 90,000 protesters said nobody.\n"})
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "archive")
    git(repo, "push", "-q", "origin", "main")
    git(repo, "checkout", "-q", "-b", "new-article")
    write(repo / "articles", added)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "a new article")
    return repo


def test_workflow_fails_on_a_new_contradiction(tmp_path: Path) -> None:
    repo = pull_request(tmp_path, {"2031/b.md": TARNOW_ORGANISERS})
    index, check = commands("main")
    built = sh(repo, index)
    assert built.returncode == 0, built.stderr
    assert (repo / ".discrepancy" / "index.sqlite").is_file() and "5 file(s) read" in built.stdout
    done = sh(repo, check)
    assert done.returncode == 1, done.stderr
    annotations = done.stdout.splitlines()
    assert annotations and all(re.match(r"::(error|warning) file=articles/2031/b\.md,", a) for a in annotations)
    results = json.loads((repo / "discrepancy.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]
    assert len(results) == len(annotations)
    for res in results:
        assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "articles/2031/b.md"
        assert {loc["physicalLocation"]["artifactLocation"]["uri"] for loc in res["relatedLocations"]} <= {
            "articles/a.md",
            "articles/a2.md",
        }
    related = {loc["physicalLocation"]["artifactLocation"]["uri"] for r in results for loc in r["relatedLocations"]}
    assert related == {"articles/a.md", "articles/a2.md"}  # both older accounts, never Brenna's
    assert "<failure" in (repo / "discrepancy.xml").read_text(encoding="utf-8")
    again = sh(repo, index)  # the cached index: nothing to read again
    assert "0 file(s) read, 5 unchanged" in again.stdout


def test_workflow_passes_an_agreeing_article(tmp_path: Path) -> None:
    agrees = TARNOW_AGREES.replace("River Ledger", "Plain Times").replace("21,000", "20,500")
    repo = pull_request(tmp_path, {"2031/d.md": agrees})
    index, check = commands("main")
    assert sh(repo, index).returncode == 0
    done = sh(repo, check)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout == ""  # the archive's own disagreement (Brenna) is not the pull request's
    sarif = json.loads((repo / "discrepancy.sarif").read_text(encoding="utf-8"))
    assert sarif["runs"][0]["results"] == []
    assert "<testcase" in (repo / "discrepancy.xml").read_text(encoding="utf-8")


def test_pre_commit_hook_names_a_command_that_runs() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = hooks
    assert hook["id"] == "discrepancy" and hook["entry"] == "discrepancy check --new"
    assert re.search(hook["files"], "articles/2031/b.md") and not re.search(hook["exclude"], "articles/2031/b.md")
    assert re.search(hook["exclude"], "articles/README.md")


def test_pre_commit_hook_entry_on_staged_articles(tmp_path: Path) -> None:
    """The hook's entry with the staged files appended, as pre-commit runs it; the archive is the
    configured `paths`."""
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    write(repo / "articles", {"a.md": TARNOW_POLICE, "c1.md": BRENNA_ONE, "c2.md": BRENNA_TWO})
    write(repo, {".discrepancy.yaml": "paths: [articles]\n"})
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "archive")

    def staged_run() -> subprocess.CompletedProcess[str]:
        staged = subprocess.run(
            ["git", "diff", "--cached", "--name-only"], cwd=repo, env=ENV, capture_output=True, text=True, check=True
        ).stdout.split()
        files = [f for f in staged if re.search(hook["files"], f) and not re.search(hook["exclude"], f)]
        return sh(repo, " ".join([hook["entry"], *files]))

    write(repo / "articles", {"b.md": TARNOW_ORGANISERS, "README.md": "Notes: 90,000 protesters.\n"})
    git(repo, "add", ".")
    blocked = staged_run()
    assert blocked.returncode == 1 and "articles/b.md" in blocked.stdout and "c1.md" not in blocked.stdout
    git(repo, "reset", "-q")
    (repo / "articles" / "b.md").unlink()
    write(repo / "articles", {"d.md": TARNOW_AGREES})
    git(repo, "add", ".")
    assert staged_run().returncode == 0
