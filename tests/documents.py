"""Test helper: an article written in a test, its path its id."""

from __future__ import annotations

import datetime as dt

from discrepancy import Document, Report, check, extract
from discrepancy.extract.document import extract_document
from discrepancy.lexicon import load_lexicon


def document(path: str, source: str, published: str | None, text: str, url: str | None = None) -> Document:
    """An article at ``path`` from ``source``, published on an ISO day (None: undated)."""
    day = dt.date.fromisoformat(published) if published else None
    return Document(id=path, path=path, source=source, published=day, text=text, url=url)


def group_subject(report: Report, path: str, quote: str) -> str | None:
    """The subject of the quantity group that holds the claim quoted ``quote`` in ``path`` (not a
    group of figures repeated), or None when no such group holds it."""
    return next(
        (
            g.subject
            for g in report.groups
            if g.subject.startswith("quantity:")
            for c in g.claims
            if c.span.path == path and c.span.quote == quote
        ),
        None,
    )


def death_key_parts(text: str, part: int, published: str = "2031-06-25") -> dict[float, str]:
    """Each death toll one article's ``text`` gives, by figure: part ``part`` of its subject key
    (1: who was counted, 4: the place or period)."""
    doc = document("a.md", "Daily A", published, text)
    return {
        c.quantity.figure: c.subject.split("|")[part]
        for c in extract_document(doc, load_lexicon())
        if c.quantity is not None and c.subject.startswith("quantity:deaths")
    }


def places_of(text: str, measure: str, published: str) -> dict[float, str]:
    """Part 4 of the subject key (the place or part) of each count of ``measure`` in ``text``, by figure."""
    return {
        c.quantity.figure: c.subject.split("|")[4]
        for c in extract(text, published=published)
        if c.quantity is not None and c.subject.startswith(f"quantity:{measure}|")
    }


def date_keys(text: str, published: str = "2031-03-05") -> dict[str, str]:
    """The subject key of each date claim in ``text``, by its quote."""
    return {c.span.quote: c.subject for c in extract(text, published=published) if c.kind == "date"}


def same_day_report(*texts: str, published: str = "2031-03-05") -> Report:
    """The check of one article per text, each from its own outlet, all published on one day."""
    return check([document(f"d{i}.md", f"Daily {i}", published, text) for i, text in enumerate(texts)])
