"""Typed models at the library's boundaries: documents in, claims and a report out.

Everything a user receives from :func:`discrepancy.check` or :func:`discrepancy.extract` is one of
these pydantic models, so it validates, serialises to JSON and documents itself. Inside the hot loops
the extractors work on plain tuples and dicts and only build models at the end.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from json.encoder import encode_basestring as _json_str  # C where there is one
from typing import Any, Literal

from pydantic import ConfigDict, Field, PrivateAttr

from .compact import CompactModel

Kind = Literal["quantity", "date", "event"]
Severity = Literal["error", "warning", "info"]
Granularity = Literal["day", "week", "month", "quarter", "half", "year"]
Modality = Literal["asserted", "hedged", "negated", "planned", "generic"]

SEVERITY_RANK: dict[str, int] = {"info": 1, "warning": 2, "error": 3}

# The version of the JSON report's shape (``Report.to_dict``, ``discrepancy check --format json``):
# raised when a field is removed or changes meaning, not when one is added.
SCHEMA_VERSION = "1"


class Document(CompactModel):
    """One article. ``text`` is the whole decoded file (or JSON Lines record text)."""

    model_config = ConfigDict(frozen=True)

    id: str
    path: str
    source: str = "unknown"
    published: dt.date | None = None
    # where the date came from: "url", "text" (the latest day the article names) and "story" (the
    # time of its story) are inferred for an undated article, and findings on them are warnings
    published_from: Literal["front_matter", "record", "page", "dateline", "url", "text", "story", "none"] = "none"
    # placed by its story, an undated article may be from any day up to the story's last: the
    # interval's end, which its weekdays are resolved within ("on Wednesday")
    published_latest: dt.date | None = None
    title: str | None = None
    url: str | None = None
    text: str
    body_start: int = 0  # offset where the article body begins (after front matter)
    record_line: int | None = None  # line of a JSON Lines record in its file
    # accepted disagreements, from front matter: ``discrepancy: {ignore: [rule-id, ...], reason: "..."}``
    ignore_rules: tuple[str, ...] = ()
    ignore_reason: str | None = None
    # what an undated article's first reading found that no publication date changes, kept for
    # its reading at the time its story places it at (``extract/reread.py``): a cache, never
    # serialised, and no part of the document's value
    _kept: Any = PrivateAttr(default=None)


class Span(CompactModel):
    """Where a claim is written: offsets into the document text, 1-based line and column."""

    path: str
    start: int
    end: int
    line: int
    column: int
    quote: str
    sentence: str
    record_line: int | None = None


# The expression of a time that only the article's date gives (the claim states no time of its own)
PUBLICATION_DATE = "publication date"
# the time of a figure the article tells as of an earlier moment, undated ("at the time", "the
# previous toll"): never compared with the article's other figures as one moment
EARLIER_TIME = "an earlier time the article refers back to"


class TimeRef(CompactModel):
    """The time a claim refers to, as a closed interval of days with its granularity."""

    repeated = ("expression",)

    start: dt.date | None = None
    end: dt.date | None = None
    granularity: Granularity | None = None
    expression: str | None = None
    resolved: bool = True
    since: dt.date | None = None  # start of a running total ("since 2014")
    clock: int | None = None  # a stated time of day, in minutes after midnight ("at 1:27 a.m." -> 87)

    def label(self) -> str:
        if self.clock is not None:
            return f"{self._day_label()} {self.clock // 60:02d}:{self.clock % 60:02d}"
        return self._day_label()

    def _day_label(self) -> str:
        if not self.resolved or self.start is None:
            return f"unresolved ({self.expression})" if self.expression else "unknown"
        if self.granularity == "year":
            return f"{self.start.year}"
        if self.granularity == "month":
            return self.start.strftime("%Y-%m")
        if self.granularity == "quarter":
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        if self.granularity == "half":
            return f"{self.start.year}-H{(self.start.month - 1) // 6 + 1}"
        if self.granularity == "week" and self.end is not None:
            return f"week of {(self.start + (self.end - self.start) / 2).isoformat()}"
        return self.start.isoformat()


# the anchor of a figure that changes by the hour (how far a count has got): it is of its own
# article's moment, compared only within that article and only between speakers
ONE_REPORT = "this report"


class QuantityValue(CompactModel):
    """A figure as the text states it, in the measure's base unit.

    ``low``/``high`` are the stated bounds (None where the statement leaves a side open: "more than
    X" has no stated upper bound); the rules turn them into intervals with their own tolerances.
    """

    low: float | None
    high: float | None
    figure: float  # the number as written, normalised to the base unit
    stated_figure: float | None = None  # the number as written, in the unit as written
    figure2: float | None = None  # upper figure of a range
    ulp: float = 1.0  # one unit in the figure's last significant place ("13,000" -> 1000)
    round_figure: bool = False  # trailing zeros: a rounded figure ("100,000", "30 miles")
    qualifier: str = "exact"  # exact, more_than, at_least, about, nearly, up_to, fewer_than, vague, range
    unit: str | None = None  # base unit the figure is expressed in (pint name or currency), None for counts
    stated_unit: str | None = None  # the unit as written
    measure: str  # deaths, troops, distance...
    population: str | None = None  # who is counted: people, troops, children...
    owner: str | None = None  # whose troops
    occurrence: str | None = None  # the war, the quake...
    anchor: str | None = None  # what a distance is measured from
    direction: str | None = None  # the compass direction from the anchor: "SW" in "71 km southwest of"
    cumulative: bool = False  # marked as a running total ("since 2014", "so far")
    running: bool = False  # compared as a running total: marked, or a toll that only grows (deaths, injured)


class EventValue(CompactModel):
    repeated = ("type", "agent", "patient", "place", "trigger")

    type: str
    agent: str | None = None
    patient: str | None = None
    place: str | None = None
    trigger: str


class Claim(CompactModel):
    """A typed assertion found in a document, with who asserts it and where it is written."""

    repeated = ("subject", "subject_label", "source", "speaker", "extractor")
    parts = ("quantity", "event", "time", "span")

    id: str
    kind: Kind
    subject: str  # the grouping key, human-readable ("troops|owner=Russia")
    subject_label: str
    quantity: QuantityValue | None = None
    event: EventValue | None = None
    time: TimeRef = Field(default_factory=TimeRef)
    source: str
    published: dt.date | None = None
    speaker: str  # who asserts it: a named speaker, or the outlet
    modality: Modality = "asserted"
    document: str
    span: Span
    extractor: str
    headline: bool = False  # read from the article's headline
    # how surely the subject was read: 1.0 when the lexicon names it; lower when it was read off the
    # open vocabulary (a noun or verb no list names), and findings on it are then less severe
    confidence: float = 1.0
    story: str | None = None  # the id of the story the claim's article belongs to
    time_inferred: bool = False  # the article is undated: its time was inferred (URL, text, story)

    def value_label(self) -> str:
        if self.quantity is not None:
            return self.span.quote
        if self.event is not None:
            e = self.event
            parts = [e.agent or "?", e.type, e.patient or "?"]
            return " ".join(parts) + (f" ({self.time.label()})" if self.time.start else "")
        return self.time.label()


def claim_id(document_id: str, start: int, end: int, kind: str, subject: str) -> str:
    """A stable content hash: the same claim in the same text gets the same id on every run."""
    raw = f"{document_id}\x1f{start}\x1f{end}\x1f{kind}\x1f{subject}".encode()
    return hashlib.blake2b(raw, digest_size=8).hexdigest()


class Cluster(CompactModel):
    """Claims of one disputed fact that agree with one another: a value and who gives it."""

    value: str
    who: list[str]  # "police (in City Wire, 2031-05-04)", one entry per claim
    claims: list[str]  # claim ids


class Finding(CompactModel):
    rule: str
    severity: Severity
    subject: str
    subject_label: str
    message: str
    claim: Claim
    conflicts_with: list[Claim]
    arithmetic: str
    story: str | None = None
    # the disputed fact's clusters: the claim's own first, then those that cannot be true with it
    clusters: list[Cluster] = Field(default_factory=list)


class Group(CompactModel):
    subject: str
    subject_label: str
    status: Literal["consistent", "conflict"]
    sources: list[str]
    claims: list[Claim]
    story: str | None = None
    # a consistent group is an agreement only when a rule compared its claims and found them
    # consistent; otherwise ``compared`` is False and ``reason`` says why no rule could
    compared: bool = True
    reason: str = ""
    value: str = ""  # what an agreement agrees on ("At least 632 people")


class Story(CompactModel):
    """Articles about one thing (an occurrence, a place, a few weeks): claims meet only within one."""

    id: str
    name: str
    documents: list[str]
    start: dt.date | None = None
    end: dt.date | None = None


class InputProblem(CompactModel):
    """Bad input: one line naming the file (and line) — the run goes on without it. A ``warning``
    is read all the same (an article with no ``source``); an ``error`` is skipped."""

    path: str
    line: int | None = None
    message: str
    level: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {'warning: ' if self.level == 'warning' else ''}{self.message}"


class Report(CompactModel):
    """What :func:`discrepancy.check` returns: the documents read and every claim extracted from them
    (their counts: ``document_count``, ``claim_count``), the findings, groups, input problems and
    stories. ``to_dict()``/``to_json()`` give exactly the command line's JSON report, in which
    ``documents`` and ``claims`` are the counts."""

    documents: list[Document]
    claims: list[Claim]
    findings: list[Finding]
    groups: list[Group]
    problems: list[InputProblem] = Field(default_factory=list)
    stories: list[Story] = Field(default_factory=list)
    # filled by the CI gate (gate.py): each reported rule's description, and how many findings a
    # baseline or an article's front matter accepted (hidden from ``findings``)
    rule_help: dict[str, str] = Field(default_factory=dict)
    hidden: int = 0

    @property
    def document_count(self) -> int:
        """How many documents were read (the JSON's ``documents``)."""
        return len(self.documents)

    @property
    def claim_count(self) -> int:
        """How many claims were extracted (the JSON's ``claims``)."""
        return len(self.claims)

    def to_dict(self) -> dict[str, Any]:
        """Exactly the data of ``discrepancy check --format json``: each claim flattened so that
        ``path``, ``start``, ``end``, ``line``, ``column`` and ``quote`` sit at its top level."""
        return {**self._head(), **{name: list(rows) for name, rows in self._rows()}}

    def to_json(self) -> str:
        """Exactly what ``discrepancy check --format json`` prints: ``json_text(self.to_dict())``,
        written a finding or group at a time, so that the dictionaries of every claim are never
        held at once (they took four times the memory of the text they make)."""
        try:
            text = "".join(_streamed(self._head(), self._rows()))
        except (TypeError, RecursionError):
            return json_text(self.to_dict())
        return _json_safe(text, self.to_dict)

    def _head(self) -> dict[str, Any]:
        return {"schema_version": SCHEMA_VERSION, "documents": self.document_count, "claims": self.claim_count}

    def _rows(self) -> list[tuple[str, Iterator[dict[str, Any]]]]:
        return [
            ("findings", (finding_dict(f) for f in self.findings)),
            ("groups", (group_dict(g) for g in self.groups)),
            ("problems", (p.model_dump(mode="json") for p in self.problems)),
            ("stories", (s.model_dump(mode="json") for s in self.stories)),
        ]

    def worst(self) -> str | None:
        ranks = [SEVERITY_RANK[f.severity] for f in self.findings]
        if not ranks:
            return None
        best = max(ranks)
        return next(k for k, v in SEVERITY_RANK.items() if v == best)


def claim_order(c: Claim) -> tuple[str, str, int, int, str]:
    """Claims in the order they are written: by file (and record), then by place in it."""
    return (c.span.path, c.document, c.span.start, c.span.end, c.id)


def finding_dict(f: Finding) -> dict[str, Any]:
    return {
        **f.model_dump(mode="json", exclude={"claim", "conflicts_with"}),
        "claim": claim_dict(f.claim),
        "conflicts_with": [claim_dict(c) for c in f.conflicts_with],
    }


def group_dict(g: Group) -> dict[str, Any]:
    return {**g.model_dump(mode="json", exclude={"claims"}), "claims": [claim_dict(c) for c in g.claims]}


def claim_dict(c: Claim) -> dict[str, Any]:
    """A claim as the JSON report gives it: the span's fields at the top level beside the claim's."""
    d = c.model_dump(mode="json", exclude={"span"})
    span = c.span.model_dump(mode="json")
    return {**span, **d}


# DEL, C1 controls (json leaves them raw) and characters that reorder what a terminal shows
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def json_text(data: object) -> str:
    """JSON that stays valid for any input. Control characters are escaped by ``json``; DEL, C1
    controls and direction overrides (only ever inside strings) are escaped here, the same data, so
    JSON printed to a terminal cannot be made to read differently; a lone surrogate (possible in a
    str given through the API, never in decoded UTF-8) cannot be written as UTF-8, so then every
    non-ASCII character is written as an escape."""
    try:
        text = _indented(data, "\n") + "\n"
    except (TypeError, RecursionError):  # what only ``json`` knows how to refuse (or a cycle)
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return _json_safe(text, lambda: data)


_SURROGATE = re.compile("[\ud800-\udfff]")  # what a str may hold and UTF-8 cannot: a lone surrogate


def _json_safe(text: str, data: Callable[[], object]) -> str:
    """``text``, the JSON of ``data()``, made safe as :func:`json_text` says."""
    if _SURROGATE.search(text):
        return json.dumps(data(), ensure_ascii=True, indent=2) + "\n"
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _streamed(head: dict[str, Any], rows: list[tuple[str, Iterator[Any]]]) -> Iterator[str]:
    """``_indented({**head, name: list(rows), ...}, "\n") + "\n"`` in pieces, a row at a time."""
    return json_pieces(head, [(name, (_indented(row, "\n    ") for row in each)) for name, each in rows])


def json_row(row: Any) -> str:
    """One row of a report's list (a finding's or group's dictionary) as :func:`json_pieces` places
    it, made safe as :func:`json_text` makes the whole report (a lone surrogate, which no file read
    as UTF-8 holds, is written as an escape in this row alone)."""
    text = _indented(row, "\n    ")
    if _SURROGATE.search(text):
        return json.dumps(row, ensure_ascii=True, indent=2).replace("\n", "\n    ")
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def json_pieces(head: dict[str, Any], rows: Sequence[tuple[str, Iterable[str]]]) -> Iterator[str]:
    """A report's JSON text in pieces: ``head``'s values, then each list of rows already written
    (by :func:`json_row`, or ``_indented(row, "\n    ")``), a row at a time."""
    sep = "{\n  "
    for name, value in head.items():
        yield sep + _json_str(name) + ": " + _indented(value, "\n  ")
        sep = ",\n  "
    for name, each in rows:
        yield sep + _json_str(name) + ": "
        sep, first = ",\n  ", True
        for text in each:
            yield ("[\n    " if first else ",\n    ") + text
            first = False
        yield "[]" if first else "\n  ]"
    yield "\n}\n"


_INF = float("inf")


def _json_float(o: float) -> str:
    return "NaN" if o != o else "Infinity" if o == _INF else "-Infinity" if o == -_INF else float.__repr__(o)


def _json_key(k: object) -> str:
    if isinstance(k, str):
        return _json_str(k)
    if isinstance(k, float):
        return _json_str(_json_float(k))
    if k is True or k is False or k is None:
        return _json_str(json.dumps(k))
    if isinstance(k, int):
        return _json_str(int.__repr__(k))
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")


def _indented(o: Any, ind: str) -> str:
    """``json.dumps(o, ensure_ascii=False, indent=2)`` character for character, for data of JSON's
    types (TypeError otherwise), in about half its time: the standard library writes indented JSON
    in Python a piece at a time, and a report is a million pieces. ``ind`` is the line break and
    indentation before ``o``'s closing bracket."""
    if isinstance(o, str):
        return _json_str(o)
    if o is None:
        return "null"
    if o is True:
        return "true"
    if o is False:
        return "false"
    if isinstance(o, int):
        return int.__repr__(o)
    if isinstance(o, float):
        return _json_float(o)
    inner = ind + "  "
    if isinstance(o, (list, tuple)):
        if not o:
            return "[]"
        items = [_json_str(v) if type(v) is str else _indented(v, inner) for v in o]
        return "[" + inner + ("," + inner).join(items) + ind + "]"
    if isinstance(o, dict):
        if not o:
            return "{}"
        pairs = []
        for k, v in o.items():
            t = type(v)
            value = (
                _json_str(v)
                if t is str
                else "null"
                if v is None
                else int.__repr__(v)
                if t is int
                else _indented(v, inner)
            )
            pairs.append((_json_str(k) if type(k) is str else _json_key(k)) + ": " + value)
        return "{" + inner + ("," + inner).join(pairs) + ind + "}"
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
