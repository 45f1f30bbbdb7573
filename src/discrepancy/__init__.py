"""discrepancy: find where news sources disagree on facts.

>>> import discrepancy
>>> report = discrepancy.check(["articles/"])
>>> claims = discrepancy.extract("More than 100,000 troops...", published="2022-02-01")
"""

from .api import check, extract, extract_paths
from .models import Claim, Document, Finding, Group, InputProblem, Report, Span, TimeRef

__version__ = "0.1.0"
__all__ = [
    "Claim",
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
