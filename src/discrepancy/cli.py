"""The command line: parses arguments, calls the library, picks a report module, sets the exit status.

Exit status: 0 no finding at or above --fail-on, 1 findings, 2 usage, configuration or rule-file error.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import api
from .lexicon import LexiconError
from .models import SEVERITY_RANK, InputProblem, Report
from .report import CLAIM_FORMATS, FORMATS
from .rules.loader import RuleFileError


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")


def _write_reports(report: Report, fmts: tuple[tuple[str, Path | None], ...], output: Path | None) -> None:
    for name, dest in fmts:
        _emit(FORMATS[name].render(report), dest or output)


def _problems(problems: list[InputProblem]) -> None:
    for p in problems:
        click.echo(f"discrepancy: {p}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="discrepancy")
def main() -> None:
    """Find where news sources disagree on facts."""


_rules_opt = click.option(
    "--rules",
    "rules",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A folder of rule files (and lexicon/) that adds to or overrides the bundled rules.",
)


class FormatSpec(click.ParamType):
    """``NAME`` or ``NAME:FILE``: a report format, written to stdout (or --output) or to FILE."""

    name = "format"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> tuple[str, Path | None]:
        if isinstance(value, tuple):
            return value
        name, _, dest = str(value).partition(":")
        if name not in FORMATS:
            self.fail(f"{name!r} is not one of {', '.join(sorted(FORMATS))} (NAME or NAME:FILE)", param, ctx)
        return name, Path(dest) if dest else None


_format_opt = click.option(
    "--format",
    "fmts",
    type=FormatSpec(),
    multiple=True,
    help="text, json, sarif, github or junit; NAME:FILE writes that format to FILE. Repeat for several.",
)
_claim_format_opt = click.option(
    "--format", "fmt", type=click.Choice(sorted(CLAIM_FORMATS)), default="text", show_default=True
)
_output_opt = click.option(
    "--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout."
)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_format_opt
@_output_opt
@_rules_opt
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "never"]),
    default="error",
    show_default=True,
    help="Exit 1 when a finding is at least this severe.",
)
def check(
    paths: tuple[Path, ...],
    fmts: tuple[tuple[str, Path | None], ...],
    output: Path | None,
    rules: tuple[Path, ...],
    fail_on: str,
) -> None:
    """Check articles (files or folders) for claims that disagree."""
    try:
        report = api.check(list(paths), rules=rules)
    except (RuleFileError, LexiconError) as err:
        click.echo(f"discrepancy: {err}", err=True)
        sys.exit(2)
    _problems(report.problems)
    _write_reports(report, fmts or (("text", None),), output)
    if fail_on != "never":
        worst = max((SEVERITY_RANK[f.severity] for f in report.findings), default=0)
        if worst >= SEVERITY_RANK[fail_on]:
            sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@_claim_format_opt
@_output_opt
@_rules_opt
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
        _emit(api.explain(sentence, rules=rules), output)
        return
    if not paths:
        raise click.UsageError("give PATH... or --explain SENTENCE")
    try:
        claims, problems = api.extract_paths(list(paths), rules=rules)
    except (RuleFileError, LexiconError) as err:
        click.echo(f"discrepancy: {err}", err=True)
        sys.exit(2)
    _problems(problems)
    _emit(CLAIM_FORMATS[fmt].render_claims(claims), output)


if __name__ == "__main__":
    main()
