"""The closed set of comparison kinds. Each module has ``PARAMS`` (name -> type) and
``compare(a, b, params, lex) -> Outcome | None`` (None: the pair is not comparable)."""

from __future__ import annotations

from types import ModuleType

from . import compass, date_granularity, event_roles, interval_overlap, running_total
from .common import Outcome

KINDS: dict[str, ModuleType] = {
    "interval_overlap": interval_overlap,
    "running_total": running_total,
    "event_roles": event_roles,
    "date_granularity": date_granularity,
    "compass": compass,
}

__all__ = ["KINDS", "Outcome"]
