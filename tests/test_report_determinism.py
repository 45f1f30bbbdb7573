"""The same corpus gives the same JSON report byte for byte, whatever the order the paths are given
in, the order the files were created in, the locale, or the hash seed of the process."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from discrepancy.cli import main

ROOT = Path(__file__).resolve().parents[1]
STORIES = ("crowds", "fire")
BAD = {
    "bad-date.md": "---\nsource: Daily A\npublished: 2031-02-30\n---\nText.\n",
    "bad-front.md": "---\nsource: [x\n---\nText\n",
    "bad-bytes.md": "---\nsource: Daily B\n---\nAt least 20 people \udcff were hurt.\n",
}


def _files() -> list[tuple[str, bytes]]:
    out = [(f"{s}/{p.name}", p.read_bytes()) for s in STORIES for p in sorted((ROOT / "fixtures" / s).iterdir())]
    out += [(f"odd/{name}", text.encode("utf-8", "surrogateescape")) for name, text in BAD.items()]
    return out


def _lay(corpus: Path, files: list[tuple[str, bytes]]) -> None:
    """The corpus, its files created in the order given."""
    if corpus.exists():
        shutil.rmtree(corpus)
    for name, data in files:
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        (corpus / name).write_bytes(data)


def _locales() -> list[str]:
    try:
        listed = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=False).stdout.split()
    except OSError:
        listed = []
    other = [x for x in listed if x not in ("C", "POSIX") and not x.lower().startswith("c.")]
    return ["C", "C.UTF-8", *other[:1]]


def _cli(cwd: Path, paths: list[str], locale: str, seed: str) -> bytes:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANG"}
    env.update(LC_ALL=locale, LANG=locale, PYTHONHASHSEED=seed)
    r = subprocess.run(
        [sys.executable, "-m", "discrepancy", "check", *paths, "--format", "json", "--fail-on", "never"],
        cwd=cwd,
        env=env,
        capture_output=True,
        check=False,
    )
    assert r.returncode == 0, r.stderr.decode("utf-8", "replace")
    assert b"bad-date.md" in r.stderr and b"bad-front.md" in r.stderr
    return r.stdout


def test_same_report_whatever_the_order_and_the_locale(tmp_path: Path, monkeypatch) -> None:
    files = _files()
    corpus = tmp_path / "corpus"
    _lay(corpus, files)
    monkeypatch.chdir(tmp_path)
    folders = [f"corpus/{s}" for s in (*STORIES, "odd")]
    first = CliRunner().invoke(main, ["check", *folders, "--format", "json", "--fail-on", "never"])
    assert first.exit_code == 0, first.stderr
    expected = first.stdout.encode("utf-8")
    assert b'"problems": [\n    {' in expected and b'"findings": [\n    {' in expected

    shuffle = random.Random(11)
    each = [name for name, _ in files]
    shuffle.shuffle(each)
    locales = _locales()
    assert _cli(tmp_path, list(reversed(folders)), "C", "1") == expected
    assert _cli(tmp_path, [f"corpus/{n}" for n in each], locales[1], "2") == expected
    created = list(files)
    shuffle.shuffle(created)
    _lay(corpus, created)  # the same files, created in another order
    twice = [f"corpus/{n}" for n in reversed(each[:3])] + ["corpus"]  # files named, then in their folder
    assert _cli(tmp_path, twice, locales[-1], "3") == expected


def test_the_api_gives_the_same_report_whatever_the_order(tmp_path: Path) -> None:
    import discrepancy

    _lay(tmp_path / "corpus", _files())
    names = [tmp_path / "corpus" / n for n, _ in _files()]
    one = discrepancy.check(names).to_json()
    assert discrepancy.check(list(reversed(names))).to_json() == one
    assert discrepancy.check([tmp_path / "corpus" / "odd", tmp_path / "corpus"]).to_json() == one


def test_pint_is_pinned_to_a_range_of_minor_versions() -> None:
    # pint's unit factors and symbols reach the report: an unpinned pint could change the figures
    # a report prints between two installs of the same version of discrepancy
    import re
    from importlib.metadata import version

    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    pin = re.search(r'"pint>=(\d+)\.(\d+),<(\d+)\.(\d+)"', text)
    assert pin, "pint is pinned as pint>=X.Y,<X.Z in pyproject.toml"
    low, high = (int(pin[1]), int(pin[2])), (int(pin[3]), int(pin[4]))
    installed = tuple(int(x) for x in version("pint").split(".")[:2])
    assert low <= installed < high
