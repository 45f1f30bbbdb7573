"""Output formats, one module each; every module has ``render(report) -> str``.

``FORMATS`` holds every format; ``CLAIM_FORMATS`` those that can also list claims
(``render_claims``), for ``discrepancy extract``.
"""

from __future__ import annotations

from types import ModuleType

from . import github as github_format
from . import html as html_format
from . import json as json_format
from . import junit as junit_format
from . import sarif as sarif_format
from . import text as text_format

FORMATS: dict[str, ModuleType] = {
    "github": github_format,
    "html": html_format,
    "json": json_format,
    "junit": junit_format,
    "sarif": sarif_format,
    "text": text_format,
}
CLAIM_FORMATS: dict[str, ModuleType] = {"json": json_format, "text": text_format}

__all__ = ["CLAIM_FORMATS", "FORMATS"]
