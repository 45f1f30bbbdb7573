"""Counts told as one part of what happened, never its whole: those of one day or place beside
"others" of another ("two bodies were found on Monday and others on Tuesday"), and the first
victims of an attack told step by step ("he first killed a security guard and two pupils"). Such
a count keeps its claim but is not compared. The words are in ``rules/grammar/told_parts.yaml``."""

from __future__ import annotations

from ..grammar import section

G = section("told_parts")

_OTHERS_APART = G.re("others_apart")
_FIRST_STEP = G.re("first_step")
_STEP_REACH = 80  # characters before a count where "first" and its verb stand


def told_apart(text: str, ss: int, se: int, start: int, end: int) -> bool:
    """Whether the count at ``text[start:end]`` (in the sentence ``[ss, se)``) is a part told apart:
    one day's or place's beside others, or an attack's first victims."""
    return bool(_OTHERS_APART.match(text, end, se) or _FIRST_STEP.search(text, max(ss, start - _STEP_REACH), start))
