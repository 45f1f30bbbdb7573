"""Output formats, one module each; every module has ``render(report) -> str``."""

from __future__ import annotations

from types import ModuleType

from . import json as json_format
from . import text as text_format

FORMATS: dict[str, ModuleType] = {"json": json_format, "text": text_format}

__all__ = ["FORMATS"]
