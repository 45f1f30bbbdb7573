"""JSON Lines feeds (feeds.py): read a line at a time, a line ending at "\\n" alone; one bad record
loses no other; a large feed is cut into parts that several workers read, with the report of one
process byte for byte. Every record here is invented."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import discrepancy
from discrepancy import engines, feeds
from discrepancy.cli import main
from discrepancy.corpus import read_file
from discrepancy.engines import Engine
from discrepancy.lexicon import default_rules_dir
from discrepancy.models import Document, InputProblem
from discrepancy.report import FORMATS

_TOWNS = ["Vellmar", "Orvel", "Kelva", "Drast", "Ambry"]


def _record(n: int) -> dict[str, str]:
    town = _TOWNS[n % len(_TOWNS)]
    day = 4 + n % 3
    said = ["police said", "officials said", "the mayor said"][n % 3]
    return {
        "id": f"r{n}",
        "source": ["Vellmar Courier", "Orvel Post", "Kelva Wire", "Drast Daily"][n % 4],
        "published": f"2031-05-0{day}",
        "text": f"{town} march\n\nAbout {(n % 7 + 2) * 1000:,} people marched in {town} on May {day - 1}, {said}.",
    }


def _feed(path: Path, records: list[dict[str, str]], broken: tuple[int, ...] = ()) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    for i in broken:
        lines.insert(i, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_raw_line_separator_inside_a_record_ends_no_line(tmp_path: Path) -> None:
    # json.dumps(ensure_ascii=False) writes U+2028 raw: JSON allows it, and JSON Lines ends lines at "\n"
    rec = {**_record(1), "text": "Orvel march\n\nAbout 3,000 people marched.\u2028Police said 40 were held."}
    path = _feed(tmp_path / "feed.jsonl", [rec, _record(2)])
    read = list(read_file(path))
    assert [d.record_line for d in read if isinstance(d, Document)] == [1, 2]
    assert not [p for p in read if isinstance(p, InputProblem)]
    assert list(discrepancy.corpus.parse_jsonl(path.read_text(encoding="utf-8"), str(path)))[0].text == rec["text"]


def test_a_record_that_is_not_utf8_is_refused_by_its_line_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    good = [json.dumps(_record(n)).encode() for n in range(3)]
    path.write_bytes(good[0] + b"\n" + b'{"text": "\xff\xfe"}\n' + good[1] + b"\n" + good[2] + b"\n")
    read = list(read_file(path))
    assert [d.record_line for d in read if isinstance(d, Document)] == [1, 3, 4]
    assert [(p.line, p.message) for p in read if isinstance(p, InputProblem)] == [(2, "not UTF-8 text")]


def test_parts_start_at_line_starts_and_know_their_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(feeds, "MIN_PART_BYTES", 1000)
    path = _feed(tmp_path / "feed.jsonl", [_record(n) for n in range(60)])
    parts = feeds.feed_parts(str(path), workers=2)
    assert parts is not None and len(parts) > 2 and parts[-1].last and not any(p.last for p in parts[:-1])
    data, lines = path.read_bytes(), path.read_bytes().split(b"\n")
    assert parts[0].start == 0 and parts[-1].end == len(data)
    for a, b in zip(parts, parts[1:], strict=False):
        assert a.end == b.start and data[b.start - 1 : b.start] == b"\n"
        assert data[b.start :].split(b"\n", 1)[0] == lines[b.line - 1]
    assert feeds.feed_parts(str(path), workers=1) is None  # one worker reads the feed whole


def test_a_feed_read_in_parts_gives_the_report_of_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(feeds, "MIN_PART_BYTES", 2000)  # the forked workers inherit it
    records = [_record(n) for n in range(80)]
    for n in (5, 41, 77):
        records[n] = {k: v for k, v in records[n].items() if k != "source"}
    path = _feed(tmp_path / "feed.jsonl", records, broken=(30,))
    assert len(feeds.feed_parts(str(path), workers=2) or []) > 3
    one, two = discrepancy.check([path], jobs=1), discrepancy.check([path], jobs=2)
    assert one.document_count == 80 and one.findings
    assert FORMATS["json"].render(two) == FORMATS["json"].render(one)
    # the records with no source are told once, for the whole feed, at the first of them
    [told] = [p for p in two.problems if "no 'source'" in p.message]
    assert told.line == 6 and told.message.startswith("3 record(s)")
    runs = [CliRunner().invoke(main, ["check", str(path), "--format", "json", "--jobs", j]) for j in ("1", "2")]
    assert runs[0].stdout == runs[1].stdout and runs[0].stdout.count("no 'source'") == 1


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=400), min_size=1, max_size=30), st.integers(2, 6))
def test_the_parts_hold_every_line_once_in_order(
    tmp_path_factory: pytest.TempPathFactory, sizes: list[int], workers: int
) -> None:
    path = tmp_path_factory.mktemp("feed") / "feed.jsonl"
    path.write_bytes(b"".join(b"x" * n + b"\n" for n in sizes))
    saved = feeds.MIN_PART_BYTES
    feeds.MIN_PART_BYTES = 64
    try:
        parts = feeds.feed_parts(str(path), workers) or [feeds.FeedPart(str(path), 0, path.stat().st_size, 1, True)]
    finally:
        feeds.MIN_PART_BYTES = saved
    read = [line for p in parts for line in feeds.feed_lines(path, 10_000, p.start, p.end, p.line)]
    whole = list(feeds.feed_lines(path, 10_000))
    assert read == whole


def test_a_dask_cluster_reads_a_feed_in_parts_with_the_report_of_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    distributed = pytest.importorskip("dask.distributed", reason="dask is not installed (pip install '.[dask]')")
    monkeypatch.setattr(feeds, "MIN_PART_BYTES", 2000)  # the parts are cut here, in the caller
    records = [_record(n) for n in range(60)]
    records[7] = {k: v for k, v in records[7].items() if k != "source"}
    _feed(tmp_path / "feed.jsonl", records, broken=(20,))
    monkeypatch.chdir(tmp_path)  # a relative path: a worker opens each part under the caller's folder
    one = FORMATS["json"].render(discrepancy.check(["feed.jsonl"], jobs=1))
    sent: list[object] = []
    listed = engines._items

    def items(*args: Any) -> list[Any]:  # what the caller sends the workers
        sent.extend(found := listed(*args))
        return found

    monkeypatch.setattr(engines, "_items", items)
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        assert FORMATS["json"].render(discrepancy.check(["feed.jsonl"], client=client)) == one
        docs, _, problems = Engine(client=client).read_and_extract(["feed.jsonl"], [default_rules_dir()])
    assert len(sent) > 6 and all(isinstance(p, feeds.FeedPart) and p.path == "feed.jsonl" for p in sent)
    assert len(docs) == 60 and [p.line for p in problems] == [21, 8]
    assert one.count("no 'source'") == 1
