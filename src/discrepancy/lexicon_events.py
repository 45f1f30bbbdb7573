"""Compiling the events lexicon (``rules/lexicon/events.yaml``): the event types and their
triggers, the occurrence words and their kinds, and the pattern of named occurrences ("Hurricane
Otis", "the Camp Fire"). Part of ``lexicon_compile.compile_lexicon``."""

from __future__ import annotations

from typing import Any

from .lexicon import Lexicon, fold
from .phrases import alternation as _alternation
from .phrases import compile_pattern


def compile_events(lx: Lexicon, ev: dict[str, Any]) -> None:
    """Fill ``lx``'s event and occurrence tables from the events file's data ``ev``."""
    for etype, spec in ev["types"].items():
        lx.event_types[etype] = spec
        if spec.get("requires_near"):
            lx.requires_near_res[etype] = compile_pattern(rf"(?i)\b(?:{_alternation(spec['requires_near'])})\b")
        for form in ("verbs", "nouns", "adjectives"):
            for w in spec.get(form) or []:
                lx.trigger_type.setdefault(fold(w), (etype, form[:-1]))
    for occ, words in (ev.get("occurrences") or {}).items():
        for w in words:
            lx.occurrence[fold(w)] = occ
    lx.recurring_occurrences = frozenset(ev.get("recurring_occurrences") or [])
    lx.harmless_occurrences = frozenset(ev.get("harmless_occurrences") or [])
    lx.hazard_occurrences = frozenset(ev.get("hazard_occurrences") or [])
    lx.hazards_brought = {str(k): str(v) for k, v in (ev.get("hazards_brought") or {}).items()}
    lx.generic_occurrences = frozenset(fold(w) for w in ev.get("generic_occurrences") or [])

    named = ev.get("named_occurrences") or {}
    suffix, prefix = dict(named.get("suffix") or {}), dict(named.get("prefix") or {})
    lx.named_kind = {**suffix, **prefix}
    if suffix or prefix:
        parts = []
        if suffix:
            parts.append(
                # never from right after a capital (from it the same name matches first): a long
                # word of capitals is not scanned again from each of its letters
                rf"(?<![A-Z])(?P<name1>(?:[A-Z][\w'’-]+(?:[ \t]+|\r?\n(?![\r\n])[ \t]*)){{1,3}})(?P<suf>{_alternation(suffix, fold=False)})\b(?![ \t]+[A-Z][a-z])"
            )
        if prefix:
            not_names = _alternation(named.get("not_names") or ["-"], fold=False)
            bodies = _alternation(named.get("organisations") or ["-"], fold=False)
            parts.append(
                rf"(?P<pre>{_alternation(prefix, fold=False)})\s+(?!(?:{not_names})\b)(?P<name2>[A-Z][a-z]+)\b"
                rf"(?![ \t]+(?:{bodies})\b)"
            )
        lx.named_re = compile_pattern("|".join(parts))
        # each of its matches holds one of these words as written: an article with none is not scanned
        lx.named_words_re = compile_pattern(_alternation(lx.named_kind, fold=False))
