"""``check --format json`` in bounded memory: the claims wait on disk and the report is written from
there (``engines/streamed.py``). Used for a check of files on this machine whose only reports are
JSON; its report is the same bytes as the one held in memory. A check that reads stdin, the index
or a baseline, runs on Dask, writes a baseline or another format holds its report as before."""

from __future__ import annotations

from pathlib import Path

import click

from .. import api, gate
from ..engines import cores
from ..engines.streamed import Streamed, check_streamed
from ..lexicon import default_rules_dir, load_lexicon
from ..models import SEVERITY_RANK
from ..rules.loader import load_rules
from .terminal import OutputError, note, show_problems, tell_counts

Formats = tuple[tuple[str, Path | None], ...]


def streamable(spec: gate.Run, fmts: Formats, dask: bool, write_baseline: Path | None) -> bool:
    """Whether this run's report can be written from the spill: JSON only, of the files alone,
    read on this machine."""
    plain = spec.new is None and spec.index is None and spec.baseline is None and write_baseline is None
    return plain and not dask and bool(fmts) and all(name == "json" for name, _ in fmts)


def run(spec: gate.Run, jobs: int | None, progress: api.Progress | None) -> Streamed:
    """The check of ``spec``'s files with its claims spilled; the caller closes what it returns."""
    dirs = (default_rules_dir(), *(Path(r) for r in spec.rules))
    rules = load_rules(spec.rules)
    lex = load_lexicon(dirs)
    return check_streamed(spec.paths, dirs, rules, lex, jobs=jobs or cores(), progress=progress)


def tell(done: Streamed, started: float) -> None:
    """The input problems, and under --verbose the counts, on stderr."""
    show_problems(done.problems)
    tell_counts(done.documents, done.claims, len(done.problems), done.findings, started)


def write(done: Streamed, fmts: Formats, output: Path | None) -> None:
    """Each report asked for, written from the spill."""
    if done.hidden:
        note(f"{done.hidden} finding(s) accepted by the baseline or front matter")
    for _, dest in fmts:
        target = dest or output
        if target is None:
            done.write(_Echo())
            continue
        try:
            with open(target, "w", encoding="utf-8") as out:
                done.write(out)
        except OSError as err:
            raise OutputError(f"{target}: cannot write the report: {err.strerror or err}") from None


def failed(done: Streamed, threshold: str) -> bool:
    """Whether a finding is at or above ``threshold`` (exit 1)."""
    return threshold != "never" and done.worst_rank >= SEVERITY_RANK[threshold]


class _Echo:
    """Standard output as a file to write the report to, through ``click.echo`` as ``emit`` writes."""

    def write(self, text: str) -> int:
        click.echo(text, nl=False)
        return len(text)
