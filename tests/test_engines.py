"""Where reading and extraction run (engines/): a process pool and a Dask cluster give the report one
process gives, byte for byte; a file too large to be an article is refused by name and the run goes on."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import discrepancy
from discrepancy.cli import main
from discrepancy.engines import Engine
from discrepancy.lexicon import default_rules_dir
from discrepancy.report import FORMATS

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
sys.path.insert(0, str(ROOT / "benchmarks"))

import synthetic  # noqa: E402


def _json(report: discrepancy.Report) -> str:
    return FORMATS["json"].render(report)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[synthetic.Planted]]:
    out = tmp_path_factory.mktemp("generated")
    _, planted = synthetic.generate(out, 120_000, seed=3)
    return out, planted


# undated articles (in our own words): each joins a fixture story and is read again where it sits
UNDATED = [
    discrepancy.Document(
        id="undated-march",
        path="undated-march.md",
        source="Vellmar Courier",
        url="https://courier.example/2031/05/05/vellmar-march",
        text="Vellmar march\n\nOrganisers said 30,000 people marched through Vellmar against the pension reform.",
    ),
    discrepancy.Document(
        id="undated-injured",
        path="undated-injured.md",
        source="Town Crier",
        text="Vellmar clashes\n\nFifteen police officers were hurt in Vellmar on 4 May 2031, the ministry said.",
    ),
]


@pytest.fixture(scope="module")
def serial_fixtures() -> str:
    return _json(discrepancy.check([FIXTURES], jobs=1))


@pytest.fixture(scope="module")
def serial_with_undated() -> str:
    report = discrepancy.check([FIXTURES, *UNDATED], jobs=1)
    assert sum(c.time_inferred for c in report.claims) >= 2  # both placed and read again
    return _json(report)


def test_jobs_2_same_report_as_jobs_1_on_fixtures(serial_fixtures: str, serial_with_undated: str) -> None:
    assert _json(discrepancy.check([FIXTURES], jobs=2)) == serial_fixtures
    assert _json(discrepancy.check([FIXTURES, *UNDATED], jobs=2)) == serial_with_undated


def test_stories_compared_in_the_pool_as_in_one_process() -> None:
    """The local pool compares the stories in forked workers; the claims they were given come back
    as this process's own objects (named, not copied), those read again as new ones."""
    from discrepancy.compare import compare_story
    from discrepancy.engines.compare_pool import compare_in_pool
    from discrepancy.lexicon import load_lexicon
    from discrepancy.rules.loader import load_rules
    from discrepancy.stories import cluster

    dirs = (default_rules_dir(),)
    lex, rules = load_lexicon(dirs), list(load_rules(()))
    docs, claims, _ = Engine(jobs=1).read_and_extract([FIXTURES, *UNDATED], dirs)
    docs.sort(key=lambda d: (d.path, d.id))
    stories = cluster(docs, lex, claims)
    pooled = compare_in_pool(stories, docs, claims, rules, lex, jobs=2)
    given = {id(c) for cs in claims.values() for c in cs}
    undated = {d.id: d for d in docs if d.published is None}
    for story, done in zip(stories, pooled, strict=True):
        one = compare_story(story, claims, undated, rules, lex)
        assert [c.model_dump() for c in done.claims] == [c.model_dump() for c in one.claims]
        assert [f.model_dump() for f in done.findings] == [f.model_dump() for f in one.findings]
        assert [g.model_dump() for g in done.groups] == [g.model_dump() for g in one.groups]
        assert all((id(c) in given) != c.time_inferred for c in done.claims)
        assert all(id(c) in given for f in done.findings for c in (f.claim, *f.conflicts_with) if not c.time_inferred)


def test_workers_read_what_clustering_reads() -> None:
    """The pool's workers read each article's names and subject keys as they extract it, so the
    stories are clustered from them, not from the articles read again here; one article given
    twice under one id leaves them unread (clustering reads the names of one, the keys of another)."""
    from discrepancy.lexicon import load_lexicon
    from discrepancy.stories import cluster, document_keys, name_words

    dirs = (default_rules_dir(),)
    lex = load_lexicon(dirs)
    docs, claims, _, clues = Engine(jobs=2).read([FIXTURES, *UNDATED], dirs)
    assert clues is not None
    words, keys = clues
    assert words == {d.id: name_words(d, lex) for d in docs}
    assert keys == document_keys(claims)
    docs.sort(key=lambda d: (d.path, d.id))
    assert cluster(docs, lex, keys=keys, words=words) == cluster(docs, lex, claims)
    twice = UNDATED[0].model_copy(update={"text": UNDATED[0].text + " Velm is near."})
    assert Engine(jobs=1).read([UNDATED[0], twice], dirs)[3] is None


def test_jobs_2_same_report_on_a_generated_corpus(generated: tuple[Path, list[synthetic.Planted]]) -> None:
    out, planted = generated
    one = discrepancy.check([out], jobs=1)
    assert one.document_count > 20 and one.findings
    assert _json(discrepancy.check([out], jobs=2)) == _json(one)
    assert synthetic.found(planted, one.findings) == planted  # every planted conflict is reported


def test_cli_jobs_output_identical() -> None:
    runs = [CliRunner().invoke(main, ["check", str(FIXTURES), "--format", "json", "--jobs", j]) for j in ("1", "2")]
    assert runs[0].exit_code == runs[1].exit_code == 1, runs[0].output
    assert runs[0].stdout == runs[1].stdout
    assert CliRunner().invoke(main, ["check", str(FIXTURES), "--jobs", "0"]).exit_code == 2


def test_documents_given_and_missing_paths_keep_their_order(tmp_path: Path) -> None:
    doc = discrepancy.Document(id="given", path="given.md", source="Given", text="At least 20 people died.")
    items = [tmp_path / "missing", FIXTURES / "crowds", doc]
    for engine in (Engine(jobs=1), Engine(jobs=2)):
        docs, claims, problems = engine.read_and_extract(items, [default_rules_dir()])
        assert docs[0].id == "given" and len(docs) == 4 and set(claims) == {d.id for d in docs}
        assert [p.path for p in problems] == [str(tmp_path / "missing")]


def test_dask_local_cluster_same_json(serial_fixtures: str, generated: tuple[Path, list[synthetic.Planted]]) -> None:
    distributed = pytest.importorskip("dask.distributed", reason="dask is not installed (pip install '.[dask]')")
    out, _ = generated
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        assert len(client.nthreads()) == 2
        assert _json(discrepancy.check([FIXTURES], client=client)) == serial_fixtures
        assert _json(discrepancy.check([out], client=client)) == _json(discrepancy.check([out], jobs=1))


def test_dask_worker_processes_shuffle_by_story_and_give_the_same_json(serial_with_undated: str) -> None:
    """Worker processes of their own (their own hash seeds): extraction persisted on the workers,
    stories clustered here, the claims shuffled by story and each story compared on a worker; and,
    with the claims gathered here first (a run that counts its progress), shuffled from here."""
    distributed = pytest.importorskip("dask.distributed", reason="dask is not installed (pip install '.[dask]')")
    told: list[tuple[int, int]] = []
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        assert _json(discrepancy.check([FIXTURES, *UNDATED], client=client)) == serial_with_undated
        counted = discrepancy.check([FIXTURES, *UNDATED], client=client, progress=lambda *n: told.append(n))
        assert _json(counted) == serial_with_undated and told[-1] == (counted.document_count,) * 2


def test_a_dask_run_starts_one_cluster_for_its_batches_and_its_comparison(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no scheduler, a run that counts its progress reads in batches and then compares: all
    on the one LocalCluster the run starts (real clusters, counted as they start)."""
    distributed = pytest.importorskip("dask.distributed", reason="dask is not installed (pip install '.[dask]')")
    from discrepancy.api import with_progress
    from discrepancy.lexicon import load_lexicon
    from discrepancy.rules.loader import load_rules

    started: list[object] = []

    class Counted(distributed.LocalCluster):  # type: ignore[misc, name-defined]
        def __init__(self, *args: object, **kwargs: object) -> None:
            started.append(self)
            super().__init__(*args, **{**kwargs, "processes": False})

    monkeypatch.setattr(distributed, "LocalCluster", Counted)
    told: list[tuple[int, ...]] = []
    engine = with_progress(Engine(engine="dask"), lambda *n: told.append(n))
    with engine.connected() as run:
        docs, done, _ = run.check([FIXTURES], [default_rules_dir()], load_rules(), load_lexicon())
    assert len(started) == 1 and told[-1] == (len(docs), len(docs))
    serial = discrepancy.check([FIXTURES], jobs=1)
    assert [f.message for f in done.findings] == [f.message for f in serial.findings]


def test_the_dask_comparison_is_a_shuffle_by_story() -> None:
    """Each story's records meet on one worker through a task shuffle, not a gather."""
    db = pytest.importorskip("dask.bag", reason="dask is not installed (pip install '.[dask]')")
    from discrepancy.engines.cluster import _compared
    from discrepancy.stories import Story

    stories = [Story(id=f"s{i}", name="", documents=[f"d{i}"]) for i in range(8)]
    records = db.from_sequence([(i, 0, f"d{i}", None, []) for i in range(8)], npartitions=4)
    layers = _compared(records, stories, [], (default_rules_dir(),), 4).__dask_graph__().layers
    assert any(name.startswith("shuffle-") for name in layers), list(layers)


def test_cli_engine_dask_with_a_scheduler_address(serial_fixtures: str) -> None:
    distributed = pytest.importorskip("dask.distributed", reason="dask is not installed (pip install '.[dask]')")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        args = [
            "check",
            str(FIXTURES),
            "--format",
            "json",
            "--engine",
            "dask",
            "--scheduler",
            cluster.scheduler_address,
        ]
        r = CliRunner().invoke(main, args)
    assert r.exit_code == 1, r.output
    assert r.stdout == serial_fixtures
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        bad = CliRunner().invoke(main, ["check", str(FIXTURES), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"])
    assert bad.exit_code == 2 and "no Dask scheduler at tcp://127.0.0.1:9" in bad.stderr, bad.output


def _article(source: str, body: str) -> str:
    return f"---\nsource: {source}\npublished: 2031-05-04\n---\n{body}\n"


def test_huge_file_refused_by_name_and_the_run_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.md").write_text(_article("A Wire", "Police said about 20,000 protesters marched in Vellmar."))
    (tmp_path / "b.md").write_text(_article("B Post", "Police said about 20,000 protesters marched in Vellmar."))
    huge = tmp_path / "dump.md"
    huge.write_text(_article("Dump", "The march went on. " * 120_000))  # 2.2 MB (MiB) on one line
    monkeypatch.setenv("DISCREPANCY_MAX_FILE_MB", "1")
    for jobs in (1, 2):
        report = discrepancy.check([tmp_path], jobs=jobs)
        assert report.document_count == 2
        assert [p.path for p in report.problems] == [str(huge)]
        assert "2.2 MB, larger than the 1 MB limit" in report.problems[0].message
    r = CliRunner().invoke(main, ["check", str(tmp_path)])
    lines = [ln for ln in r.stderr.splitlines() if "dump.md" in ln]
    assert len(lines) == 1 and lines[0].startswith(f"discrepancy: {huge}"), r.stderr


def test_huge_json_lines_file_read_record_by_record(tmp_path: Path) -> None:
    good = {"source": "A Wire", "published": "2031-05-04", "text": "Police said about 20,000 protesters marched."}
    records = [good, {**good, "text": "x " * 40_000}, {**good, "source": "B Post"}, {**good, "text": "tail"}]
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    docs, claims, problems = Engine(max_bytes=50_000).read_and_extract([path], [default_rules_dir()])
    assert [d.record_line for d in docs] == [1, 3, 4]
    assert [(p.line, p.message.split(",")[0]) for p in problems] == [(2, "record of 0.1 MB")]
    whole, _, none = Engine().read_and_extract([path], [default_rules_dir()])
    assert [d.model_dump() for d in whole if d.record_line != 2] == [d.model_dump() for d in docs] and not none


def test_a_remote_worker_reads_relative_paths_under_the_callers_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Dask worker elsewhere has another working folder and installation: it opens a relative
    path under the caller's folder, names it as the caller did, and uses its own bundled rules."""
    from discrepancy.engines.work import extract_item, extract_remote

    monkeypatch.chdir(ROOT)
    items = ["fixtures/crowds/2031-05-04-city-wire.md", "fixtures/no-such-file.md"]
    here = [extract_item(i, (default_rules_dir(),)) for i in items]
    monkeypatch.chdir(tmp_path)
    there = extract_remote(items, (None,), None, str(ROOT))
    assert there == here and here[0][0][0].path == items[0]  # type: ignore[union-attr]
    assert here[1][0].path == items[1]  # type: ignore[union-attr]
