"""The reading layer: each sentence is read once into tokens, lemmas, noun phrases and verb groups,
and every extractor reads this layer instead of re-scanning the raw text (docs/architecture.md)."""

from .chunks import NounPhrase, Reading, VerbGroup
from .tokens import Token, lemmas

__all__ = ["NounPhrase", "Reading", "Token", "VerbGroup", "lemmas"]
