"""Claim extractors: quantities, dates, events, and who asserts them."""

from .document import extract_document

__all__ = ["extract_document"]
