"""Figures an article itself rejects ("226 and not 310", "reports of 310 are not correct"). Such a
figure is no level the article gives: it keeps its claim, but never meets the current figure as a
rival. And the level a change reached ("revised from 174 to 125"): the figure after "to". The
words are in ``rules/grammar/revisions.yaml``."""

from __future__ import annotations

from typing import Any

from ..grammar import section
from ..lexicon import Lexicon
from ..read.literal_gate import gated

G = section("revisions")

_REFUTED_BEFORE = gated(G.re("refuted_before"))
_REFUTED_AFTER = G.re("refuted_after")
_CHANGE_BEFORE = G.re("change_before")
_TO_BETWEEN = G.re("to_between")
_BEFORE = 40  # characters before a figure where the words that reject it stand
_CHANGE_REACH = 40  # characters before a change's "from" where its verb stands ("was revised down from")


def set_aside(text: str, ss: int, se: int, start: int, end: int) -> bool:
    """The figure at ``text[start:end]`` (in the sentence ``[ss, se)``) is one the article rejects."""
    return bool(_REFUTED_BEFORE.search(text, max(ss, start - _BEFORE), start) or _REFUTED_AFTER.match(text, end, se))


def level_reached(text: str, ss: int, se: int, m: Any, lex: Lexicon) -> Any:
    """The match of the level a change reached, when ``m`` (a figure match read as a range) is a
    change from one figure to another: "rose from 1,200 to 3,400", "revised from 174 to 125",
    "cutting the original 174 to 125" (a falling pair is never a range). None otherwise."""
    if not m.group("num2") or not _TO_BETWEEN.fullmatch(text, m.end("num"), m.start("num2")):
        return None
    between = (m.group("between") or "").lower()
    if between == "from":
        if not lex.change_from_re.search(text, max(ss, m.start() - _CHANGE_REACH), m.start("between") + 4):
            return None
    elif between or not _CHANGE_BEFORE.search(text, max(ss, m.start() - 50), m.start()):
        return None
    level = lex.number_re.match(text, m.start("num2"), se)
    return level if level is not None and level.group("num") else None
