"""Where a claim is written, as the CI formats name it: a path relative to the working folder (with
forward slashes, as code scanning and workflow annotations expect), a line and a column."""

from __future__ import annotations

import os
from pathlib import Path

from ..models import Claim


def relative_path(path: str) -> str:
    if path.startswith("<"):
        return path
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive
        return Path(path).as_posix()
    return Path(path if rel.startswith("..") else rel).as_posix()


def line_of(c: Claim) -> int:
    """The line in the file: a JSON Lines record's claims sit on the record's line."""
    return c.span.record_line or c.span.line


def column_of(c: Claim) -> int:
    return 1 if c.span.record_line else c.span.column
