"""Test helper: an article written in a test, its path its id."""

from __future__ import annotations

import datetime as dt

from discrepancy import Document


def document(path: str, source: str, published: str | None, text: str, url: str | None = None) -> Document:
    """An article at ``path`` from ``source``, published on an ISO day (None: undated)."""
    day = dt.date.fromisoformat(published) if published else None
    return Document(id=path, path=path, source=source, published=day, text=text, url=url)
