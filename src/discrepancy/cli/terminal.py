"""What the command line shows on a terminal: exit codes, one-line errors and notes on stderr,
--quiet/--verbose, colour, the progress bar, and writing reports where they were asked to go."""

from __future__ import annotations

import os
import sys
import time
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..models import InputProblem, Report
from ..report import FORMATS
from ..report import text as text_format
from ..report.text import escape

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell reports a writer whose reader went away
VERBOSE = "discrepancy.verbose"
QUIET = "discrepancy.quiet"


class OutputError(Exception):
    """A report that cannot be written where it was asked to go."""


def fail(message: str) -> None:
    """A usage, configuration or input error: one line on stderr, exit 2."""
    click.echo(f"discrepancy: {escape(message)}", err=True)
    sys.exit(EXIT_USAGE)


def emit(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as err:
        raise OutputError(f"{output}: cannot write the report: {err.strerror or err}") from None


def output_target(value: str) -> Path:
    """An output file named on the command line, refused before the run when it cannot be one: a
    name ending in a path separator or naming a folder, or a folder that does not exist."""
    if value.endswith(("/", os.sep)) or os.path.isdir(value):
        raise click.BadParameter(
            f"{value!r} is a folder; give a file name (e.g. {value.rstrip('/' + os.sep)}/report.txt)"
        )
    parent = os.path.dirname(value) or "."
    if not os.path.isdir(parent):
        raise click.BadParameter(f"{value!r}: the folder {parent!r} does not exist")
    return Path(value)


def output_callback(ctx: click.Context, param: click.Parameter, value: str | None) -> Path | None:
    return None if value is None else output_target(value)


def _verbosity(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value:
        ctx.meta[VERBOSE if param.name == "verbose" else QUIET] = True


def verbosity_opts(f):  # type: ignore[no-untyped-def]
    f = click.option(
        "--quiet",
        "-q",
        is_flag=True,
        expose_value=False,
        callback=_verbosity,
        help="Only the report and errors: no line per bad input file, no notes.",
    )(f)
    return click.option(
        "--verbose",
        "-v",
        is_flag=True,
        expose_value=False,
        callback=_verbosity,
        help="More on stderr: what was read, and the traceback of an internal error.",
    )(f)


def _quiet() -> bool:
    ctx = click.get_current_context(silent=True)
    return bool(ctx and ctx.meta.get(QUIET))


def note(message: str) -> None:
    if not _quiet():
        click.echo(f"discrepancy: {escape(message)}", err=True)


class Main(click.Group):
    """The command group: an exception no one expected is an internal error, exit 3, one line."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except OutputError as err:
            click.echo(f"discrepancy: {err}", err=True)
            ctx.exit(EXIT_USAGE)
        except BrokenPipeError:
            # the reader of stdout went away (| head): nothing more to say, and no traceback at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(EXIT_BROKEN_PIPE)
        except Exception as err:  # noqa: BLE001 - the last line of defence
            message = " ".join(str(err).split())[:300]
            click.echo(
                f"discrepancy: internal error: {type(err).__name__}: {message} (a bug; --verbose shows the traceback)",
                err=True,
            )
            if ctx.meta.get(VERBOSE):
                click.echo(traceback.format_exc(), err=True, nl=False)
            ctx.exit(EXIT_INTERNAL)


def _colour() -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set to anything (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


PROGRESS_AFTER = 1.0  # seconds: a run shorter than this shows no progress bar


def _stderr_is_tty() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


class TerminalProgress:
    """A progress bar on stderr for a run that takes more than about a second: articles read, then
    the comparison. Only on a terminal and without --quiet (see :func:`progress_bar`); what it drew
    is cleared at the end, so stderr keeps only the messages."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.bar: ProgressBar[int] | None = None

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            if time.perf_counter() - self.started < PROGRESS_AFTER:
                return
            self.bar = click.progressbar(length=max(total, 1), label="reading", file=sys.stderr, show_pos=True, width=0)
        if done >= total:
            self.bar.label = "comparing"
        if done > self.bar.pos:
            self.bar.update(done - self.bar.pos)
        else:
            self.bar.render_progress()

    def close(self) -> None:
        if self.bar is not None:
            sys.stderr.write("\r\x1b[2K\x1b[?25h")  # clear the bar's line; show the cursor again
            sys.stderr.flush()
            self.bar = None


def progress_bar() -> TerminalProgress | None:
    """A progress bar when stderr is a terminal and --quiet is not given; nothing on a pipe."""
    if _quiet() or not _stderr_is_tty():
        return None
    return TerminalProgress()


def write_reports(report: Report, fmts: tuple[tuple[str, Path | None], ...], output: Path | None) -> None:
    for name, dest in fmts:
        target = dest or output
        if name == "text" and target is None and _colour():
            click.echo(text_format.render(report, color=True), nl=False, color=True)
            continue
        emit(FORMATS[name].render(report), target)


def show_problems(problems: list[InputProblem]) -> None:
    for p in problems:
        note(str(p))


def tell_counts(documents: int, claims: int, problems: int, findings: int, started: float) -> None:
    """Under --verbose, what a check read and found, and how long it took, on stderr."""
    if click.get_current_context().meta.get(VERBOSE):
        click.echo(
            f"discrepancy: {documents} document(s), {claims} claim(s), {problems} input problem(s),"
            f" {findings} finding(s) in {time.perf_counter() - started:.2f} s",
            err=True,
        )
