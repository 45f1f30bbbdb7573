"""Listing a corpus: a file reached twice (named, inside a folder named, through a linked folder)
is listed once, as ``os.path.realpath`` tells them apart, with each folder resolved once."""

from __future__ import annotations

import os
from pathlib import Path

from discrepancy.corpus import _real_path, iter_files


def test_real_path_is_realpath(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "real" / "sub").mkdir(parents=True)
    (tmp_path / "real" / "sub" / "a.md").write_text("x")
    (tmp_path / "link").symlink_to("real")
    (tmp_path / "real" / "sub" / "b.md").symlink_to("a.md")
    (tmp_path / "dangling.md").symlink_to("nowhere.md")
    monkeypatch.chdir(tmp_path)
    folders: dict[str, str] = {}
    for path in [
        "link/sub/a.md",
        "link/sub/b.md",
        "real/sub/../sub/a.md",
        "a.md",
        "./link/sub/a.md",
        str(tmp_path / "link" / "sub" / "b.md"),
        "dangling.md",
        "link/sub/",
        "link/sub/.",
        "link/sub/..",
        "",
        ".",
        "/",
        str(tmp_path) + "//link//sub/a.md",
    ]:
        assert _real_path(path, folders) == os.path.realpath(path), path


def test_a_file_reached_twice_is_listed_once(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "velm.md").write_text("---\nsource: Daily A\n---\nVelm.\n")
    (tmp_path / "real" / "twin.md").symlink_to("velm.md")
    (tmp_path / "link").symlink_to("real")
    listed = list(iter_files([tmp_path / "real", tmp_path / "link" / "velm.md", tmp_path / "real" / "velm.md"]))
    assert listed == [tmp_path / "real" / "twin.md"]  # sorted first; velm.md is the same file
