"""The claim index: incremental refresh, the same findings as reading every file, re-derivation when
the vocabulary changes, a schema version that rebuilds, and a run killed mid-write."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from gate_articles import TARNOW_AGREES, TARNOW_ORGANISERS, TARNOW_POLICE, synthetic, write

from discrepancy import gate
from discrepancy.cli import main
from discrepancy.gate import build_index
from discrepancy.index import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[1]


def _findings(report_json: str) -> list[tuple[str, str, str, tuple[str, ...]]]:
    data = json.loads(report_json)
    return sorted(
        (f["rule"], f["subject"], f["claim"]["quote"], tuple(sorted(c["quote"] for c in f["conflicts_with"])))
        for f in data["findings"]
    )


def test_refresh_reads_only_what_changed(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "fixtures" / "crowds", corpus)
    idx = tmp_path / "i.sqlite"
    first, files, claims = build_index([corpus], idx)
    assert first.extracted == files == 3 and claims > 5
    again, _, _ = build_index([corpus], idx)
    assert (again.extracted, again.unchanged) == (0, 3)
    one = sorted(corpus.glob("*.md"))[0]
    os.utime(one, ns=(1, 1))  # touched, same content: hashed, not read again
    assert build_index([corpus], idx)[0].extracted == 0
    one.write_text(one.read_text() + "\nA closing line with 7 arrests.\n", encoding="utf-8")
    assert build_index([corpus], idx)[0].extracted == 1
    sorted(corpus.glob("*.md"))[1].unlink()
    done, files, _ = build_index([corpus], idx)
    assert (done.removed, files) == (1, 2)


def test_seeds_through_the_index_give_the_same_findings(seeds: Path, tmp_path: Path) -> None:
    plain = CliRunner().invoke(main, ["check", str(seeds), "--format", "json", "--no-index"])
    idx = str(tmp_path / "i.sqlite")
    assert CliRunner().invoke(main, ["index", str(seeds), "--index", idx]).exit_code == 0
    indexed = CliRunner().invoke(main, ["check", str(seeds), "--format", "json", "--index", idx])
    assert plain.exit_code == indexed.exit_code
    assert _findings(plain.stdout) and _findings(plain.stdout) == _findings(indexed.stdout)
    assert json.loads(plain.stdout)["groups"] == json.loads(indexed.stdout)["groups"]


def test_fixtures_through_the_index_give_the_same_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    idx = str(tmp_path / "i.sqlite")
    plain = CliRunner().invoke(main, ["check", "fixtures", "--format", "json", "--no-index"])
    indexed = CliRunner().invoke(main, ["check", "fixtures", "--format", "json", "--index", idx])  # builds it
    assert plain.stdout == indexed.stdout and _findings(plain.stdout)


def test_new_article_through_the_index_matches_reading_everything(tmp_path: Path) -> None:
    write(tmp_path / "news", {"a.md": TARNOW_POLICE, "a2.md": TARNOW_AGREES})
    write(tmp_path / "incoming", {"b.md": TARNOW_ORGANISERS})
    idx = tmp_path / "i.sqlite"
    build_index([tmp_path / "news"], idx)
    new = [tmp_path / "incoming" / "b.md"]
    via_index = gate.run(gate.Run(paths=[tmp_path / "news"], new=new, index=idx))
    via_files = gate.run(gate.Run(paths=[tmp_path / "news"], new=new))
    assert via_index.findings
    key = [(f.rule, f.claim.span.quote, sorted(c.span.quote for c in f.conflicts_with)) for f in via_index.findings]
    assert key == [
        (f.rule, f.claim.span.quote, sorted(c.span.quote for c in f.conflicts_with)) for f in via_files.findings
    ]


def test_vocabulary_change_re_derives_and_rule_change_does_not(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "fixtures" / "crowds", corpus)
    idx = tmp_path / "i.sqlite"
    build_index([corpus], idx)
    rules = tmp_path / "rules"
    (rules / "quantity").mkdir(parents=True)
    shutil.copy(ROOT / "rules" / "quantity" / "same-day-count-conflict.yaml", rules / "quantity")
    assert build_index([corpus], idx, rules=[rules])[0].extracted == 0  # findings are computed at check time
    (rules / "lexicon").mkdir()
    (rules / "lexicon" / "entities.yaml").write_text(
        "entities:\n  Vellmar: {type: place, aliases: [Vellmar town]}\n", encoding="utf-8"
    )
    assert build_index([corpus], idx, rules=[rules])[0].extracted == 3


def test_another_schema_version_rebuilds(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "fixtures" / "crowds", corpus)
    idx = tmp_path / "i.sqlite"
    build_index([corpus], idx)
    with sqlite3.connect(idx) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 100}")
        db.execute("CREATE TABLE leftover (x)")
    done, files, _ = build_index([corpus], idx)
    assert done.extracted == files == 3
    with sqlite3.connect(idx) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert not db.execute("SELECT name FROM sqlite_master WHERE name='leftover'").fetchall()


def test_not_a_database_is_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "i.sqlite"
    bad.write_text("this is not a database, only text" * 100, encoding="utf-8")
    r = CliRunner().invoke(main, ["check", str(ROOT / "fixtures" / "crowds"), "--index", str(bad)])
    assert r.exit_code == 2 and "i.sqlite" in r.output


def _indexed_files(idx: Path) -> int:
    try:
        with sqlite3.connect(f"file:{idx}?mode=ro", uri=True, timeout=5) as db:
            return int(db.execute("SELECT count(*) FROM files").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_sigkill_mid_index_leaves_a_good_index_and_the_next_run_completes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    total = 1500
    synthetic(corpus, total)
    idx = tmp_path / "i.sqlite"
    cmd = [sys.executable, "-m", "discrepancy.cli", "index", str(corpus), "--index", str(idx)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while _indexed_files(idx) < 200 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "the index finished before it could be killed: make the corpus larger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    done_before = _indexed_files(idx)
    assert 200 <= done_before < total
    with sqlite3.connect(idx) as db:  # opens, is whole, and answers
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        orphans = db.execute("SELECT count(*) FROM claims WHERE file NOT IN (SELECT id FROM files)").fetchone()[0]
        assert orphans == 0
    first = sorted(corpus.rglob("*.md"))[4]  # the contradicting report of the first story
    r = CliRunner().invoke(main, ["check", "--new", str(first), "--index", str(idx), "--format", "json"])
    assert r.exit_code in (0, 1) and json.loads(r.stdout)["findings"]
    done, files, claims = build_index([corpus], idx)
    assert done.extracted == total - done_before and files == total and claims >= 4 * total


def test_listing_is_the_corpus_listing(tmp_path: Path) -> None:
    from discrepancy.corpus import iter_files, list_articles

    shutil.copytree(ROOT / "fixtures", tmp_path / "f")
    write(
        tmp_path / "f", {"B/readme.md": "x", "B/.hidden/a.md": "x", ".top.md": "x", "B/a.TXT": "x", "b/c.jsonl": "{}"}
    )
    (tmp_path / "f" / "B" / "notes.pdf").write_bytes(b"%PDF")
    args = [tmp_path / "f", tmp_path / "f" / "B" / "readme.md", tmp_path / "missing"]
    listed = [str(p) for p in list_articles(args)]
    assert listed == [str(p) for p in iter_files(args)] and len(listed) > 30
