"""Grammar: the patterns and closed word lists that read a sentence's structure, as data.

Each extractor module has a file ``rules/grammar/<section>.yaml``. An entry is either a pattern
(``regex``, with ``match`` and ``no_match`` examples that tests/test_grammar_examples.py runs) or a
closed word list (``words``). A pattern names a word list of its file as ``{{key}}`` where it
takes any of its words, so a list several patterns share is written once. Every entry has a ``doc``
saying what it is for. The vocabulary that
users extend per run lives in ``rules/lexicon/``; these files are the parser's own structure
(clause boundaries, noun phrase shapes, which words never name a counted thing), bundled with the
package and compiled once when a module is imported.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import regex as re

from .lexicon import default_rules_dir, read_mapping
from .phrases import compile_pattern, literal_alternation


class GrammarError(Exception):
    """A grammar file or entry is missing or malformed; the message names the file and the key."""


class Section:
    """One grammar file: compiled patterns and word sets by key."""

    def __init__(self, path: Path, data: dict[str, Any]) -> None:
        self.path = path
        self.data = data

    def _entry(self, key: str, field: str) -> Any:
        entry = self.data.get(key)
        if not isinstance(entry, dict) or field not in entry:
            raise GrammarError(f"{self.path}: {key}: no entry with a `{field}`")
        if not entry.get("doc"):
            raise GrammarError(f"{self.path}: {key}: every entry needs a `doc`")
        return entry[field]

    def re(self, key: str) -> re.Pattern[str]:
        source = _WORD_LIST.sub(lambda m: self._alternation(key, m.group(1)), self._entry(key, "regex"))
        try:
            return compile_pattern(source)
        except re.error as err:
            raise GrammarError(f"{self.path}: {key}: invalid regex: {err}") from None

    def _alternation(self, key: str, words_key: str) -> str:
        """``{{words_key}}`` in entry ``key``'s pattern: any word of that list, longest first."""
        if not isinstance(self.data.get(words_key), dict) or "words" not in self.data[words_key]:
            raise GrammarError(f"{self.path}: {key}: {{{{{words_key}}}}} names no word list of this file")
        words = sorted(self.words(words_key), key=lambda w: (-len(w), w))
        # the same words as a trie where that tries them in the same order: far faster to scan
        return literal_alternation(words) or "(?:" + "|".join(re.escape(w) for w in words) + ")"

    def words(self, key: str) -> frozenset[str]:
        words = self._entry(key, "words")
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise GrammarError(f'{self.path}: {key}: `words` must be a list of text (quote "no", "on")')
        return frozenset(words)


_WORD_LIST = re.compile(r"\{\{(\w+)\}\}")


def grammar_dir() -> Path:
    return default_rules_dir() / "grammar"


@functools.cache
def section(name: str) -> Section:
    path = grammar_dir() / f"{name}.yaml"
    return Section(path, read_mapping(path, GrammarError, "grammar"))
