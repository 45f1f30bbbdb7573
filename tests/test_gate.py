"""The CI gate: only what is new (--changed-since in a real git repository, --new), oriented from the
new article's side; baselines by content fingerprint; acceptance in front matter; configuration."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from gate_articles import BRENNA_ONE, BRENNA_TWO, TARNOW_AGREES, TARNOW_ORGANISERS, TARNOW_POLICE, article, write

from discrepancy.cli import main

GIT_ENV = {
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.org",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.org",
}


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, **GIT_ENV}
    return subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True).stdout


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository of articles: a first commit with the archive (an old disagreement among them),
    a second adding one article that contradicts two older ones."""
    git(tmp_path, "init", "-q", "-b", "main")
    write(tmp_path / "news", {"a.md": TARNOW_POLICE, "a2.md": TARNOW_AGREES, "c1.md": BRENNA_ONE, "c2.md": BRENNA_TWO})
    (tmp_path / "news" / "README.md").write_text("What this folder holds: 90,000 protesters.\n", encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "archive")
    write(tmp_path / "news", {"b.md": TARNOW_ORGANISERS})
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "a new article")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_changed_since_sarif_places_results_in_the_added_file(repo: Path) -> None:
    r = CliRunner().invoke(main, ["check", "news", "--changed-since", "HEAD~1", "--format", "sarif", "--no-index"])
    assert r.exit_code == 1, r.output
    results = json.loads(r.stdout)["runs"][0]["results"]
    assert results  # the new figure against the older ones (below: both of them, and not Brenna's old quarrel)
    for res in results:
        assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "news/b.md"
        related = {loc["physicalLocation"]["artifactLocation"]["uri"] for loc in res["relatedLocations"]}
        assert related and related <= {"news/a.md", "news/a2.md"}
    assert {
        loc["physicalLocation"]["artifactLocation"]["uri"] for res in results for loc in res["relatedLocations"]
    } == {
        "news/a.md",
        "news/a2.md",
    }


def test_nothing_new_exits_0(repo: Path) -> None:
    r = CliRunner().invoke(main, ["check", "news", "--changed-since", "HEAD", "--fail-on", "warning", "--no-index"])
    assert r.exit_code == 0, r.output
    everything = CliRunner().invoke(main, ["check", "news", "--fail-on", "warning", "--no-index"])
    assert everything.exit_code == 1  # the archive does hold disagreements: the gate hid them


def test_uncommitted_and_untracked_articles_are_new(repo: Path) -> None:
    write(repo / "news", {"d.md": TARNOW_ORGANISERS.replace("Hill Gazette", "Plain Times")})
    r = CliRunner().invoke(main, ["check", "news", "--changed-since", "HEAD", "--format", "json", "--no-index"])
    assert r.exit_code == 1
    assert {f["claim"]["path"] for f in json.loads(r.stdout)["findings"]} == {"news/d.md"}


def test_bad_revision_is_exit_2(repo: Path) -> None:
    r = CliRunner().invoke(main, ["check", "news", "--changed-since", "no-such-ref", "--no-index"])
    assert r.exit_code == 2 and "no-such-ref" in r.output


def test_new_files_against_the_archive(repo: Path) -> None:
    r = CliRunner().invoke(main, ["check", "--new", "news/b.md", "--archive", "news", "--format", "json", "--no-index"])
    assert r.exit_code == 1, r.output
    findings = json.loads(r.stdout)["findings"]
    assert findings and all(f["claim"]["path"] == "news/b.md" for f in findings)
    older = {c["path"] for f in findings for c in f["conflicts_with"]}
    assert older == {"news/a.md", "news/a2.md"}
    # an archive article named as new brings only its own disagreements
    r = CliRunner().invoke(
        main, ["check", "--new", "news/c1.md", "--archive", "news", "--format", "json", "--no-index"]
    )
    assert {f["claim"]["path"] for f in json.loads(r.stdout)["findings"]} == {"news/c1.md"}


def test_baseline_hides_known_findings_and_fails_on_new_ones(repo: Path) -> None:
    base = repo / "baseline.json"
    today = json.loads(CliRunner().invoke(main, ["check", "news", "--format", "json", "--no-index"]).stdout)
    assert len(today["findings"]) >= 2  # Tarnow's new count, and Brenna's old quarrel
    r = CliRunner().invoke(main, ["check", "news", "--write-baseline", str(base), "--no-index"])
    recorded = json.loads(base.read_text())["findings"]
    # one entry a disagreement: two findings on the same claims (an error and a warning) share it
    assert r.exit_code == 0 and 2 <= len(recorded) <= len(today["findings"])
    # edits above the claims move every line: the fingerprints do not move
    for name in ("a.md", "b.md"):
        p = repo / "news" / name
        p.write_text(p.read_text().replace("\n\n", "\n\nAn added paragraph.\n\n", 1), encoding="utf-8")
    r = CliRunner().invoke(main, ["check", "news", "--baseline", str(base), "--fail-on", "warning", "--no-index"])
    assert r.exit_code == 0, r.output
    assert f"{len(today['findings'])} finding(s) accepted by the baseline" in r.output
    write(
        repo / "news", {"d.md": TARNOW_ORGANISERS.replace("90,000", "150,000").replace("Hill Gazette", "Plain Times")}
    )
    r = CliRunner().invoke(main, ["check", "news", "--baseline", str(base), "--format", "json", "--no-index"])
    assert r.exit_code == 1
    findings = json.loads(r.stdout)["findings"]
    assert findings and all("150,000" in json.dumps(f) for f in findings)


def test_bad_baseline_is_exit_2(repo: Path) -> None:
    (repo / "b.json").write_text("{not json", encoding="utf-8")
    r = CliRunner().invoke(main, ["check", "news", "--baseline", "b.json", "--no-index"])
    assert r.exit_code == 2 and "b.json" in r.output


def test_front_matter_accepts_a_rule(repo: Path) -> None:
    accepted = article(
        "Hill Gazette",
        "2031-05-04",
        "Tarnow protest draws crowds",
        "Organisers said 90,000 protesters marched through Tarnow on Saturday against the water tax.",
        front="discrepancy:\n  ignore: [same-day-count-conflict]\n  reason: we report the organisers' count\n",
    )
    (repo / "news" / "b.md").write_text(accepted, encoding="utf-8")
    r = CliRunner().invoke(main, ["check", "news", "--changed-since", "HEAD~1", "--no-index", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["findings"] == []
    (repo / "news" / "b.md").write_text(accepted.replace("same-day-count-conflict", "other-rule"), encoding="utf-8")
    r = CliRunner().invoke(main, ["check", "news", "--changed-since", "HEAD~1", "--no-index"])
    assert r.exit_code == 1


def test_configuration_file_and_flags_over_it(repo: Path) -> None:
    (repo / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.discrepancy]\npaths = ["news"]\nfail-on = "warning"\n', encoding="utf-8"
    )
    sub = repo / "news"
    os.chdir(sub)  # found upwards; paths are relative to the file's folder
    r = CliRunner().invoke(main, ["check", "--no-index", "--changed-since", "HEAD"])
    assert r.exit_code == 0, r.output
    (repo / "news" / "c1.md").write_text(BRENNA_ONE.replace("5,000", "4,000"), encoding="utf-8")
    assert CliRunner().invoke(main, ["check", "--no-index", "--changed-since", "HEAD"]).exit_code == 1  # warning
    r = CliRunner().invoke(main, ["check", "--no-index", "--changed-since", "HEAD", "--fail-on", "error"])
    assert r.exit_code == 0, r.output  # the flag wins
    (repo / ".discrepancy.yaml").write_text("paths: [news]\nfail-on: sometimes\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["check", "--no-index"])
    assert r.exit_code == 2 and ".discrepancy.yaml" in r.output and "fail-on" in r.output


def test_configured_index_and_baseline_are_used(repo: Path) -> None:
    (repo / ".discrepancy.yaml").write_text(
        "paths: [news]\nindex: build/claims.sqlite\nbaseline: accepted.json\n", encoding="utf-8"
    )
    r = CliRunner().invoke(main, ["index"])
    assert r.exit_code == 0 and (repo / "build" / "claims.sqlite").is_file(), r.output
    assert "5 file(s) read" in r.output
    (repo / "accepted.json").write_text('{"version": 1, "findings": {}}\n', encoding="utf-8")
    assert CliRunner().invoke(main, ["check"]).exit_code == 1
    r = CliRunner().invoke(main, ["check", "--write-baseline", "accepted.json"])
    assert r.exit_code == 0
    r = CliRunner().invoke(main, ["check", "--fail-on", "warning"])
    assert r.exit_code == 0, r.output  # the configured baseline hides what was recorded
    r = CliRunner().invoke(main, ["check", "--fail-on", "warning", "--baseline", "none.json"])
    assert r.exit_code == 2  # the flag wins over the file: a baseline that is not there


def test_a_new_claim_is_not_said_to_conflict_with_those_that_agree_with_it(repo: Path) -> None:
    # a2.md agrees with a.md (about 20,000) and disagrees with b.md (90,000): read from a2.md's side
    r = CliRunner().invoke(
        main, ["check", "--new", "news/a2.md", "--archive", "news", "--format", "json", "--no-index"]
    )
    findings = json.loads(r.stdout)["findings"]
    assert findings and all(f["claim"]["path"] == "news/a2.md" for f in findings)
    assert {c["path"] for f in findings for c in f["conflicts_with"]} == {"news/b.md"}
    for f in findings:
        if f["clusters"]:
            assert f["claim"]["id"] in f["clusters"][0]["claims"]


def test_a_json_lines_record_accepts_a_rule(repo: Path) -> None:
    record = {
        "source": "Hill Gazette",
        "published": "2031-05-04",
        "text": "Organisers said 90,000 protesters marched through Tarnow on Saturday against the water tax.",
    }
    feed = repo / "news" / "feed.jsonl"
    feed.write_text(json.dumps(record) + "\n", encoding="utf-8")
    args = ["check", "--new", "news/feed.jsonl", "--archive", "news", "--no-index", "--format", "json"]
    assert json.loads(CliRunner().invoke(main, args).stdout)["findings"]
    record["discrepancy"] = {"ignore": ["same-day-count-conflict"], "reason": "the organisers' count"}
    feed.write_text(json.dumps(record) + "\n", encoding="utf-8")
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 0 and json.loads(r.stdout)["findings"] == []
    feed.write_text(json.dumps({**record, "discrepancy": {"ignore": 3}}) + "\n", encoding="utf-8")
    r = CliRunner().invoke(main, args)
    assert "feed.jsonl:1:" in r.output  # a bad acceptance is a bad record, named


def test_acceptance_is_the_records_own(repo: Path) -> None:
    accepting = {
        "source": "Hill Gazette",
        "published": "2031-05-04",
        "text": "Organisers said 90,000 protesters marched through Tarnow on Saturday against the water tax.",
        "discrepancy": {"ignore": ["same-day-count-conflict"]},
    }
    other = {**accepting, "source": "Plain Times", "text": accepting["text"].replace("90,000", "95,000")}
    del other["discrepancy"]
    (repo / "news" / "feed.jsonl").write_text(json.dumps(accepting) + "\n" + json.dumps(other) + "\n", encoding="utf-8")
    args = ["check", "--new", "news/feed.jsonl", "--archive", "news", "--no-index", "--format", "json"]
    findings = json.loads(CliRunner().invoke(main, args).stdout)["findings"]
    assert findings and all("95,000" in f["claim"]["quote"] for f in findings)  # the second record's own
    assert all("90,000" not in c["quote"] for f in findings for c in f["conflicts_with"])
