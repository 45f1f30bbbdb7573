"""discrepancy: find where news sources disagree on facts.

>>> import discrepancy
>>> report = discrepancy.check(["articles/"])
>>> claims = discrepancy.extract("More than 100,000 troops...", published="2022-02-01")
"""

from .api import check, extract, extract_paths
from .config import ConfigError
from .corpus import InputError
from .lexicon import LexiconError
from .models import SCHEMA_VERSION, Claim, Document, Finding, Group, InputProblem, Report, Span, TimeRef
from .rules.loader import RuleFileError

__version__ = "0.1.0"
__all__ = [
    "SCHEMA_VERSION",
    "Claim",
    "ConfigError",
    "InputError",
    "LexiconError",
    "RuleFileError",
    "Document",
    "Finding",
    "Group",
    "InputProblem",
    "Report",
    "Span",
    "TimeRef",
    "check",
    "extract",
    "extract_paths",
    "__version__",
]
