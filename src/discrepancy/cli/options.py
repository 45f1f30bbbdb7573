"""The options the commands share: rule folders, report formats (NAME or NAME:FILE), the index,
the configuration file and the output file."""

from __future__ import annotations

from pathlib import Path

import click

from ..report import CLAIM_FORMATS, FORMATS
from .terminal import output_callback, output_target

rules_opt = click.option(
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
        if not dest:
            return name, None
        try:
            return name, output_target(dest)
        except click.BadParameter as err:
            self.fail(err.message, param, ctx)


format_opt = click.option(
    "--format",
    "fmts",
    type=FormatSpec(),
    multiple=True,
    help="text (for people), json (data; schema_version, docs/), sarif (code scanning), github (workflow"
    " annotations) or junit (test reports); NAME:FILE writes that format to FILE. Repeat for several.",
)
claim_format_opt = click.option(
    "--format", "fmt", type=click.Choice(sorted(CLAIM_FORMATS)), default="text", show_default=True
)
index_opt = click.option(
    "--index",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The claim index (default: .discrepancy/index.sqlite at the corpus root, used when present).",
)
config_opt = click.option(
    "--config",
    "config_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Read settings from this file (default: .discrepancy.yaml or pyproject.toml, found upwards).",
)
output_opt = click.option(
    "--output",
    "-o",
    type=click.Path(),
    callback=output_callback,
    help="Write the report to this file instead of stdout (its folder must exist).",
)
