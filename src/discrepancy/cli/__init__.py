"""The command line: parses arguments, calls the library, picks a report module, sets the exit status.

Exit status: 0 no finding at or above --fail-on, 1 findings, 2 usage, configuration or input error (a
path that is not there, nothing readable, an output that cannot be written, a bad rule file), 3 an
internal error (one line; the traceback under --verbose).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import click

from .. import api, config, gate
from ..config import ConfigError
from ..corpus import ARTICLE_SUFFIXES, InputError, parse_text_document
from ..engines import Engine, EngineError
from ..engines.streamed import Streamed
from ..gate import GateError
from ..index import DEFAULT_PATH as DEFAULT_INDEX
from ..index import IndexFileError
from ..lexicon import LexiconError
from ..models import SEVERITY_RANK, Document, InputProblem, Report
from ..report import CLAIM_FORMATS
from ..report.text import escape
from ..rules.loader import RuleFileError
from . import streamed
from .options import (
    claim_format_opt,
    config_opt,
    format_opt,
    index_opt,
    output_opt,
    rules_opt,
)
from .terminal import (
    Main,
    emit,
    fail,
    note,
    progress_bar,
    show_problems,
    tell_counts,
    verbosity_opts,
    write_reports,
)


def _require(paths: tuple[Path, ...] | list[Path]) -> None:
    """A path that is not there is a mistake in the command (exit 2), not an empty corpus."""
    for p in paths:
        if str(p) != STDIN and not os.path.exists(p):
            fail(f"{p}: no such file or folder")


STDIN = "-"


def _stdin_article() -> Document | InputProblem:
    """``-``: one article (Markdown or text with front matter) read from standard input."""
    data = sys.stdin.buffer.read()
    try:
        return parse_text_document(data.decode("utf-8"), "<stdin>")
    except UnicodeDecodeError as err:
        return InputProblem(path="<stdin>", line=data[: err.start].count(b"\n") + 1, message="not UTF-8 text")
    except InputError as err:
        return err.problem


def _check_stdin(
    paths: tuple[Path, ...], rules: list[Path], jobs: int | None, gate_options: list[str], progress: api.Progress | None
) -> Report:
    """A check with ``-`` among the paths: the library's check on the article from stdin and the
    other paths (no index, baseline or cluster: what comes from stdin has no file to track)."""
    if gate_options:
        raise click.UsageError(f"- (an article from stdin) cannot be combined with {', '.join(gate_options)}")
    got = _stdin_article()
    items: list[Path | Document] = [p for p in paths if str(p) != STDIN]
    if isinstance(got, Document):
        items.insert(0, got)
    report = api.check(items, rules=rules, jobs=jobs, progress=progress)
    if isinstance(got, InputProblem):
        report.problems.insert(0, got)
    return report


def _nothing_read(report: Report | Streamed, paths: tuple[Path, ...] | list[Path]) -> None:
    """Exit 2 when no article could be checked: an empty folder, files the tool does not read, or
    only bad files."""
    if report.documents:
        return
    if report.problems:
        fail("nothing could be checked: every file named has a problem (above)")
    where = ", ".join(str(p) for p in paths) or "the configured paths"
    kinds = ", ".join(sorted(ARTICLE_SUFFIXES))
    fail(f"no article found in {where} (read: {kinds}; hidden files and READMEs in folders are skipped)")


@click.group(cls=Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="discrepancy")
@verbosity_opts
def main() -> None:
    """Find where news sources disagree on facts.

    \b
    Examples:
      discrepancy check articles/                     findings as text; exit 1 if any is an error
      discrepancy check a.md b.md --format json -o report.json
      discrepancy extract story.md                    the claims read, to see what was understood
      discrepancy rules                               the rules, measures and families in force
      cat story.md | discrepancy check - articles/    an article from stdin beside the archive
      python -m discrepancy check articles/           the same, without the script on PATH

    \b
    Reads .md, .markdown, .txt, .text (YAML front matter: source, published, title, url),
    .jsonl, .ndjson (one JSON object a line: text, source, published, title, url, id) and
    .html, .htm (the page's main text, title, date and site, through trafilatura).

    \b
    Exit status:
      0  no finding at or above --fail-on
      1  findings at or above --fail-on (default: error)
      2  usage, configuration or input error: a path that is not there, no article readable,
         an output that cannot be written, a bad rule or lexicon file
      3  internal error (a bug): one line; --verbose shows the traceback

    Colour on a terminal only, never with NO_COLOR set. A run over about a second shows a
    progress bar on stderr when it is a terminal (never on a pipe, nor with --quiet).
    """


@main.command()
@verbosity_opts
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@format_opt
@output_opt
@rules_opt
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "never"]),
    default=None,
    help="Exit 1 when a finding is at least this severe.  [default: error]",
)
@click.option(
    "--changed-since",
    "ref",
    metavar="REF",
    help="Report only findings involving articles added or changed since this git revision.",
)
@click.option("--new", "new", is_flag=True, help="PATHs are new articles: report only findings involving them.")
@click.option(
    "--archive",
    multiple=True,
    type=click.Path(path_type=Path),
    help="With --new: the archive to compare against (default: the configured paths, or the index).",
)
@index_opt
@click.option("--no-index", is_flag=True, help="Read every article; do not use a claim index.")
@click.option("--baseline", type=click.Path(dir_okay=False, path_type=Path), help="Hide the findings recorded here.")
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Record this run's findings here by fingerprint (and exit 0).",
)
@config_opt
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Processes reading and extracting articles (the local engine).  [default: the machine's cores]",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where articles are read and extracted: this machine, or a Dask cluster (pip install 'discrepancy[dask]').",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="With --engine dask: the scheduler (tcp://host:8786); without it, a local cluster on this machine's cores.",
)
def check(
    paths: tuple[Path, ...],
    fmts: tuple[tuple[str, Path | None], ...],
    output: Path | None,
    rules: tuple[Path, ...],
    fail_on: str | None,
    ref: str | None,
    new: bool,
    archive: tuple[Path, ...],
    index: Path | None,
    no_index: bool,
    baseline: Path | None,
    write_baseline: Path | None,
    config_file: Path | None,
    jobs: int | None,
    engine: str,
    scheduler: str | None,
) -> None:
    """Check articles (files or folders) for claims that disagree.

    \b
    Examples:
      discrepancy check articles/
      discrepancy check articles/ --format json -o report.json --fail-on warning

    \b
    Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage or input error (a missing
    path, no article readable, an output that cannot be written), 3 internal error.

    \b
    In CI, against the whole archive but reporting only what is new:
      discrepancy check articles/ --changed-since origin/main --format github --format sarif:out.sarif
      discrepancy check --new articles/2031/new-story.md
    """
    if new and ref:
        raise click.UsageError("--new and --changed-since are two ways to name the new articles: give one")
    _require([*paths, *archive])
    started = time.perf_counter()
    bar = progress_bar()
    try:
        cfg = config.load(config_file)
        if any(str(p) == STDIN for p in paths):
            used = {
                "--new": new,
                "--changed-since": ref,
                "--index": index,
                "--baseline": baseline,
                "--write-baseline": write_baseline,
                "--engine dask": engine == "dask",
            }
            result: Report | Streamed = _check_stdin(
                paths, [*cfg.rules, *rules], jobs, [k for k, v in used.items() if v], bar
            )
        else:
            spec = _gate_run(cfg, paths, rules, ref, new, archive, index, no_index, baseline)
            result = _run_spec(spec, fmts, jobs, engine, scheduler, write_baseline, bar)
        if write_baseline is not None:
            assert isinstance(result, Report)  # a baseline to write is never streamed
            count = gate.write_baseline(write_baseline, result.findings)
            click.echo(f"discrepancy: {count} finding(s) recorded in {write_baseline}", err=True)
    except (RuleFileError, LexiconError, ConfigError, GateError, IndexFileError, EngineError) as err:
        if bar is not None:
            bar.close()
        click.echo(f"discrepancy: {err}", err=True)
        sys.exit(2)
    finally:
        if bar is not None:
            bar.close()
    threshold = fail_on or cfg.fail_on or "error"
    if isinstance(result, Streamed):
        with result:
            streamed.tell(result, started)
            _nothing_read(result, list(paths))
            streamed.write(result, fmts, output)
        if streamed.failed(result, threshold):
            sys.exit(1)
        return
    _tell_and_write(result, fmts, output, started, [*archive, *paths] if new else list(paths))
    if write_baseline is None and threshold != "never":
        worst = max((SEVERITY_RANK[f.severity] for f in result.findings), default=0)
        if worst >= SEVERITY_RANK[threshold]:
            sys.exit(1)


def _run_spec(
    spec: gate.Run,
    fmts: tuple[tuple[str, Path | None], ...],
    jobs: int | None,
    engine: str,
    scheduler: str | None,
    write_baseline: Path | None,
    bar: api.Progress | None,
) -> Report | Streamed:
    """The check of a gate run: claims kept on disk when the output allows it, else in memory."""
    dask = engine == "dask" or scheduler is not None
    if streamed.streamable(spec, fmts, dask, write_baseline):
        return streamed.run(spec, jobs, bar)
    run_on = Engine(jobs=jobs, engine="dask" if dask else "local", scheduler=scheduler)
    spec.engine = api.with_progress(run_on, bar)
    return gate.run(spec)


def _tell_and_write(
    report: Report, fmts: tuple[tuple[str, Path | None], ...], output: Path | None, started: float, read: list[Path]
) -> None:
    report.problems.sort(key=api.problem_order)  # the same report whatever order the paths came in
    show_problems(report.problems)
    tell_counts(report.document_count, report.claim_count, len(report.problems), len(report.findings), started)
    _nothing_read(report, read)
    if report.hidden:
        note(f"{report.hidden} finding(s) accepted by the baseline or front matter")
    write_reports(report, fmts or (("text", None),), output)


def _gate_run(
    cfg: config.Config,
    paths: tuple[Path, ...],
    rules: tuple[Path, ...],
    ref: str | None,
    new: bool,
    archive: tuple[Path, ...],
    index: Path | None,
    no_index: bool,
    baseline: Path | None,
) -> gate.Run:
    """What to check, from flags over the configuration file over the defaults."""
    index_path = None if no_index else _index_path(cfg, index, must_exist=True)
    corpus = list(archive if new else paths) or cfg.paths
    new_files: list[Path] | None = None
    if new:
        if not paths:
            raise click.UsageError("--new needs the new articles as PATH...")
        new_files = list(paths)
    elif ref is not None:
        if not corpus:
            raise click.UsageError("give PATH... (or paths in the configuration) to look for changes in")
        new_files = gate.changed_since(ref, corpus)
    if not corpus and index_path is None and not new:
        raise click.UsageError("give PATH... (or paths in the configuration)")
    if new and not corpus and index_path is None:
        raise click.UsageError("--new needs an archive: --archive PATH, paths in the configuration, or an index")
    return gate.Run(
        paths=corpus,
        new=new_files,
        rules=[*cfg.rules, *rules],
        index=index_path,
        baseline=baseline or cfg.baseline,
    )


def _index_path(cfg: config.Config, flag: Path | None, must_exist: bool) -> Path | None:
    """--index, else the configured index, else .discrepancy/index.sqlite at the corpus root; an
    index only named by default is used when it exists."""
    if flag is not None:
        return flag
    if cfg.index is not None:
        return cfg.index
    default = cfg.root / DEFAULT_INDEX
    return default if default.exists() or not must_exist else None


@main.command()
@verbosity_opts
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@rules_opt
@index_opt
@config_opt
def index(paths: tuple[Path, ...], rules: tuple[Path, ...], index: Path | None, config_file: Path | None) -> None:
    """Build or refresh the claim index of PATHs: re-read only files that changed.

    \b
    The index (default .discrepancy/index.sqlite at the corpus root) lets `check` compare new
    articles with the archive without reading the archive again.
    """
    _require(paths)
    try:
        cfg = config.load(config_file)
        corpus = list(paths) or cfg.paths
        if not corpus:
            raise click.UsageError("give PATH... (or paths in the configuration)")
        path = _index_path(cfg, index, must_exist=False)
        assert path is not None
        done, files, claims = gate.build_index(corpus, path, rules=[*cfg.rules, *rules])
    except (RuleFileError, LexiconError, ConfigError, IndexFileError) as err:
        click.echo(f"discrepancy: {err}", err=True)
        sys.exit(2)
    show_problems(done.problems)
    click.echo(
        f"{path}: {done.extracted} file(s) read, {done.unchanged} unchanged, {done.removed} removed"
        f" in {done.seconds:.2f} s; {files} files, {claims} claims"
    )


@main.command()
@verbosity_opts
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@claim_format_opt
@output_opt
@rules_opt
@click.option(
    "--explain",
    "sentence",
    metavar="SENTENCE",
    help="Show how one sentence is read (tokens, lemmas, noun phrases, verb groups) and its claims.",
)
def extract(
    paths: tuple[Path, ...], fmt: str, output: Path | None, rules: tuple[Path, ...], sentence: str | None
) -> None:
    """List the claims read from articles: what the tool understood.

    \b
    Example: discrepancy extract --explain "At least 20 miners were trapped on Monday."
    """
    if sentence is not None:
        emit(api.explain(sentence, rules=rules), output)
        return
    if not paths:
        raise click.UsageError("give PATH... or --explain SENTENCE")
    _require(paths)
    try:
        items: list[Path | Document] = []
        stdin_problems: list[InputProblem] = []
        for p in paths:
            if str(p) == STDIN:
                got = _stdin_article()
                (items if isinstance(got, Document) else stdin_problems).append(got)  # type: ignore[arg-type]
            else:
                items.append(p)
        claims, problems = api.extract_paths(items, rules=rules)
        problems[:0] = stdin_problems
    except (RuleFileError, LexiconError) as err:
        click.echo(f"discrepancy: {err}", err=True)
        sys.exit(2)
    show_problems(problems)
    emit(CLAIM_FORMATS[fmt].render_claims(claims), output)


@main.command(name="rules")
@verbosity_opts
@rules_opt
@config_opt
def rules_command(rules: tuple[Path, ...], config_file: Path | None) -> None:
    """List the rules, measures, word families and event types in force, and the file each comes
    from (a folder given with --rules over the bundled ones). Every rule and lexicon file is
    validated on the way: a bad one is an error naming its file and line (exit 2).

    \b
    Example: discrepancy rules --rules myrules/
    """
    try:
        cfg = config.load(config_file)
        listing = api.in_force([*cfg.rules, *rules])
    except (RuleFileError, LexiconError, ConfigError) as err:
        fail(str(err))
    for what, entries in listing.items():
        click.echo(f"{what.capitalize()} ({len(entries)})")
        width = max((len(name) for name, _ in entries), default=0)
        for name, where in entries:
            click.echo(escape(f"  {name:<{width}}  {where}"))
        click.echo("")
