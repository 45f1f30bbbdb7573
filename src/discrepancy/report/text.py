"""Plain text for a terminal: findings grouped by subject, each quote with its outlet and date.

Article text is untrusted: every line is passed through :func:`escape` before it is printed, so a
control character or an escape sequence in an article, a path or a front-matter value shows as
``\\x1b`` and never acts on the terminal. Colour (``color=True``) is added after escaping, by us only.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict

import click

from ..models import Claim, Finding, Report
from ._summary import summary, told_by

# C0 and C1 controls (tab kept), DEL, and the format characters that reorder or hide text
# (bidirectional overrides and isolates, zero-width joiners are left: they occur in real names)
_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SEVERITY_COLOUR = {"error": "red", "warning": "yellow", "info": "blue"}


def escape(text: str) -> str:
    """``text`` safe to print on a terminal: each control or direction-changing character shown as
    its escape (``\\x1b``, ``\\u202e``), so it is seen and never obeyed."""
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _where(c: Claim) -> str:
    path = os.path.relpath(c.span.path) if not c.span.path.startswith("<") else c.span.path
    line = f"{c.span.record_line}:" if c.span.record_line else ""
    return f"{path}:{line}{c.span.line}:{c.span.column}"


def _quote_line(c: Claim) -> str:
    return f"    {told_by(c)}: \u201c{c.span.quote}\u201d  ({_where(c)})"


def render(report: Report, color: bool = False) -> str:
    """The report for a terminal; ``color`` styles severities and subjects (ANSI), after escaping."""
    out: list[str] = []
    styled: dict[int, str] = {}  # line index -> how to style it: "subject" or a severity
    by_subject: dict[str, list[Finding]] = defaultdict(list)
    for f in report.findings:
        by_subject[f.subject_label].append(f)
    for subject, findings in by_subject.items():
        styled[len(out)] = "subject"
        out.append(f"{subject}")
        for f in findings:
            styled[len(out)] = f.severity
            out.append(f"  {f.severity}  [{f.rule}] {f.message}")
            out.append(_quote_line(f.claim))
            for c in f.conflicts_with:
                out.append(_quote_line(c))
            if len(f.clusters) > 2 or any(len(k.who) > 1 for k in f.clusters):
                out.append("    clusters that cannot all be true:")
                out.extend(f"      {k.value}: {'; '.join(k.who)}" for k in f.clusters)
            out.append(f"    why: {f.arithmetic}")
        out.append("")
    agreed = [g for g in report.groups if g.status == "consistent" and g.compared]
    if agreed:
        out.append("Agreements (compared by a rule and found consistent)")
        for g in agreed:
            srcs = sorted({c.source for c in g.claims})
            outlets = f"{len(srcs)} outlet{'s' if len(srcs) != 1 else ''}"
            out.append(f"  {g.subject_label}: {g.value!r}: {outlets} ({', '.join(srcs)})")
        out.append("")
    unchecked = [g for g in report.groups if g.status == "consistent" and not g.compared]
    if unchecked:
        out.append("Not compared")
        for g in unchecked:
            quotes = "; ".join(sorted({repr(c.span.quote) for c in g.claims}))
            out.append(f"  {g.subject_label}: {quotes}: {g.reason}")
        out.append("")
    if len(report.stories) > 1:
        out.append("Stories")
        out.extend(f"  {s.id}: {s.name}, {len(s.documents)} article(s)" for s in report.stories)
        out.append("")
    for p in report.problems:
        out.append(f"problem: {p}")
    out.append(summary(report))
    lines = [escape(line) for line in out]
    if color:
        for i, how in styled.items():
            if how == "subject":
                lines[i] = click.style(lines[i], bold=True)
            else:
                word = f"  {how}  "
                lines[i] = lines[i].replace(word, f"  {click.style(how, fg=_SEVERITY_COLOUR[how], bold=True)}  ", 1)
    return "\n".join(lines) + "\n"


def render_claims(claims: list[Claim]) -> str:
    lines = []
    for c in claims:
        extra = ""
        if c.quantity is not None:
            q = c.quantity
            extra = f"{q.measure} {q.qualifier} {q.figure:g}{' ' + q.unit if q.unit else ''}"
        elif c.event is not None:
            extra = f"{c.event.agent or '?'} {c.event.type} {c.event.patient or '?'}"
        mod = "" if c.modality == "asserted" else f" [{c.modality}]"
        lines.append(
            f"{_where(c)}  {c.kind:8} {c.subject_label} = {extra} @ {c.time.label()}  "
            f"(by {c.speaker}){mod}  \u201c{c.span.quote}\u201d"
        )
    return "\n".join(escape(line) for line in lines) + ("\n" if lines else "")
