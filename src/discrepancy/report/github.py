"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` annotation a finding.

Article text goes into the annotations, so everything is escaped as the runner unescapes it:
``%``, ``\\r`` and ``\\n`` in the message, and also ``:`` and ``,`` in properties (file, title).
Once escaped, a command is one line whatever the article says: text can neither end it nor start
another (``::error::`` inside a quote is only text, since a command must begin its line).
"""

from __future__ import annotations

from ..models import Claim, Finding, Report
from ._where import column_of, line_of, relative_path

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _where(c: Claim) -> str:
    return f"{relative_path(c.span.path)}:{line_of(c)}:{column_of(c)}"


def annotation(f: Finding) -> str:
    c = f.claim
    props = {
        "file": relative_path(c.span.path),
        "line": str(line_of(c)),
        "col": str(column_of(c)),
        "title": f"{f.rule}: {f.subject_label}",
    }
    head = ",".join(f"{k}={escape_property(v)}" for k, v in props.items())
    lines = [f.message, f"  \u201c{c.span.quote}\u201d in: {c.span.sentence}"]
    lines += [f"  conflicts with {c2.source}: \u201c{c2.span.quote}\u201d ({_where(c2)})" for c2 in f.conflicts_with]
    lines.append(f"  why: {f.arithmetic}")
    return f"::{COMMANDS[f.severity]} {head}::{escape_data(chr(10).join(lines))}"


def render(report: Report) -> str:
    out = [annotation(f) for f in report.findings]
    for p in report.problems:
        props = f"file={escape_property(p.path)}" + (f",line={p.line}" if p.line else "")
        out.append(f"::warning {props}::{escape_data(p.message)}")
    return "".join(line + "\n" for line in out)


def render_claims(claims: list[Claim]) -> str:
    raise ValueError("github reports findings; use text or json to list claims")
