"""Figures an article itself rejects ("226 and not 310", "reports of 310 are not correct"). Such a
figure is no level the article gives: it keeps its claim, but never meets the current figure as a
rival. The words are in ``rules/grammar/revisions.yaml``."""

from __future__ import annotations

from ..grammar import section
from ..read.literal_gate import gated

G = section("revisions")

_REFUTED_BEFORE = gated(G.re("refuted_before"))
_REFUTED_AFTER = G.re("refuted_after")
_BEFORE = 40  # characters before a figure where the words that reject it stand


def set_aside(text: str, ss: int, se: int, start: int, end: int) -> bool:
    """The figure at ``text[start:end]`` (in the sentence ``[ss, se)``) is one the article rejects."""
    return bool(_REFUTED_BEFORE.search(text, max(ss, start - _BEFORE), start) or _REFUTED_AFTER.match(text, end, se))
