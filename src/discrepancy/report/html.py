"""HTML: one self-contained page for a person to read in a browser, offline.

Findings are grouped by subject, each with its clusters (the values that cannot all be true and who
gives each), every quote in its sentence with outlet, speaker, date and where it is written, and the
arithmetic; then the agreements, the groups no rule compared, the stories and the input problems.
A few lines of script filter the findings by severity, story and any text (an outlet, a subject, a
word of a quote); without script the page shows everything.

Article text is untrusted: every value passes through :func:`html.escape`, and the page's content
security policy allows only its own inline style and script, so a quote that holds markup is shown as
text and can neither run script nor load anything. The page is the same byte for byte for the same
report (no clock, no random ids), so it can be kept under version control beside the JSON.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from html import escape
from importlib import resources

from ..models import Claim, Finding, Group, Report, Severity
from ._summary import plural as _plural
from ._summary import summary, told_by
from ._where import column_of, line_of, relative_path

_SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _sentence(c: Claim) -> str:
    """The claim's sentence with its quote marked; the quote alone when the sentence does not hold it."""
    sentence, quote = c.span.sentence or "", c.span.quote
    at = sentence.find(quote) if quote else -1
    if at < 0:
        return f"<mark>{escape(quote)}</mark>"
    before, after = sentence[:at], sentence[at + len(quote) :]
    return f"{escape(before)}<mark>{escape(quote)}</mark>{escape(after)}"


def _quote(c: Claim) -> str:
    where = f"{relative_path(c.span.path)}:{line_of(c)}:{column_of(c)}"
    return (
        f'<li class="quote"><blockquote>{_sentence(c)}</blockquote>'
        f'<p><cite>{escape(told_by(c))}</cite> <code class="where">{escape(where)}</code></p></li>'
    )


def _clusters(f: Finding) -> str:
    if len(f.clusters) < 2:
        return ""
    rows = "".join(f"<tr><td>{escape(k.value)}</td><td>{escape('; '.join(k.who))}</td></tr>" for k in f.clusters)
    return (
        '<table class="clusters"><caption>Values that cannot all be true</caption>'
        f"<thead><tr><th>Value</th><th>Who gives it</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def _finding(f: Finding, rule_help: dict[str, str]) -> str:
    help_text = rule_help.get(f.rule, "")
    rule = f'<code class="rule" title="{escape(help_text)}">{escape(f.rule)}</code>'
    quotes = "".join(_quote(c) for c in [f.claim, *f.conflicts_with])
    return (
        f'<div class="finding {f.severity}" data-severity="{f.severity}" data-story="{escape(f.story or "")}">'
        f'<p class="head"><span class="badge {f.severity}">{f.severity}</span> {rule} {escape(f.message)}</p>'
        f'{_clusters(f)}<ul class="quotes">{quotes}</ul>'
        f'<p class="why"><strong>Why:</strong> {escape(f.arithmetic)}</p></div>'
    )


def _findings(report: Report, story_names: dict[str, str]) -> str:
    if not report.findings:
        return '<section id="findings"><h2>Findings</h2><p>No source contradicts another.</p></section>'
    by_subject: dict[str, list[Finding]] = defaultdict(list)
    for f in report.findings:
        by_subject[f.subject_label].append(f)
    parts = []
    for subject, findings in by_subject.items():
        stories = sorted({story_names.get(f.story or "", "") for f in findings} - {""})
        where = f'<p class="story">{escape("; ".join(stories))}</p>' if len(story_names) > 1 and stories else ""
        body = "".join(_finding(f, report.rule_help) for f in findings)
        parts.append(f'<article class="subject"><h3>{escape(subject)}</h3>{where}{body}</article>')
    return f'<section id="findings"><h2>Findings</h2>{"".join(parts)}</section>'


def _agreements(groups: list[Group]) -> str:
    agreed = [g for g in groups if g.status == "consistent" and g.compared]
    if not agreed:
        return ""
    rows = []
    for g in agreed:
        outlets = sorted({c.source for c in g.claims})
        rows.append(
            f"<tr><td>{escape(g.subject_label)}</td><td>{escape(g.value)}</td>"
            f"<td>{escape(_plural(len(outlets), 'outlet'))}: {escape(', '.join(outlets))}</td></tr>"
        )
    return (
        '<section id="agreements"><h2>Agreements</h2><p>Compared by a rule and found consistent.</p>'
        "<table><thead><tr><th>Subject</th><th>Value</th><th>Given by</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def _not_compared(groups: list[Group]) -> str:
    unchecked = [g for g in groups if g.status == "consistent" and not g.compared]
    if not unchecked:
        return ""
    rows = "".join(
        f"<tr><td>{escape(g.subject_label)}</td>"
        f"<td>{escape('; '.join(sorted({c.span.quote for c in g.claims})))}</td><td>{escape(g.reason)}</td></tr>"
        for g in unchecked
    )
    return (
        f'<details id="not-compared"><summary>Not compared ({len(unchecked)})</summary>'
        "<table><thead><tr><th>Subject</th><th>Quotes</th><th>Why no rule compared them</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></details>"
    )


def _stories(report: Report) -> str:
    if len(report.stories) < 2:
        return ""
    rows = "".join(
        f"<tr><td>{escape(s.name)}</td><td>{len(s.documents)}</td>"
        f"<td>{escape(s.start.isoformat() if s.start else '')}</td><td>{escape(s.end.isoformat() if s.end else '')}</td></tr>"
        for s in report.stories
    )
    return (
        '<section id="stories"><h2>Stories</h2><table><thead><tr><th>Story</th><th>Articles</th>'
        f"<th>From</th><th>To</th></tr></thead><tbody>{rows}</tbody></table></section>"
    )


def _problems(report: Report) -> str:
    if not report.problems:
        return ""
    items = "".join(f"<li><code>{escape(str(p))}</code></li>" for p in report.problems)
    return f'<section id="problems"><h2>Input problems</h2><ul>{items}</ul></section>'


def _filters(report: Report, story_names: dict[str, str]) -> str:
    counts = Counter(f.severity for f in report.findings)
    boxes = "".join(
        f'<label><input type="checkbox" class="severity" value="{s}" checked> {_plural(counts[s], s)}</label>'
        for s in _SEVERITIES
        if counts[s]
    )
    story = ""
    if len(story_names) > 1:
        options = "".join(f'<option value="{escape(k)}">{escape(v)}</option>' for k, v in story_names.items())
        story = f'<label>Story <select id="story"><option value="">all</option>{options}</select></label>'
    total = len(report.findings)
    return (
        f'<nav class="filters" aria-label="Filter findings">{boxes}{story}'
        '<label>Find <input type="search" id="find" placeholder="outlet, subject or word of a quote"></label>'
        f'<span id="shown" role="status">{total} of {total} findings shown</span></nav>'
    )


def render(report: Report) -> str:
    story_names = {s.id: s.name for s in report.stories}
    said = escape(summary(report))
    body = "".join(
        [
            _findings(report, story_names),
            _agreements(report.groups),
            _not_compared(report.groups),
            _stories(report),
            _problems(report),
        ]
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>discrepancy: {said}</title><style>{_asset('html.css')}</style></head>"
        f'<body><header><h1>Where the sources disagree</h1><p class="summary">{said}</p>'
        f"{_filters(report, story_names)}</header><main>{body}</main>"
        f"<script>{_asset('html.js')}</script></body></html>\n"
    )
