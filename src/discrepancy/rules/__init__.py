"""The rule engine: declarative rule files pick a comparison kind and set its parameters."""

from .loader import RuleFileError, load_rules
from .schema import Rule

__all__ = ["Rule", "RuleFileError", "load_rules"]
