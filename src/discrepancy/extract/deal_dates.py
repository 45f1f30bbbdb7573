"""The agreeing and the closing of a deal, however an article dates them. A deal "signed" on a
day, or a buying "announced" on it ("X is buying Y in a deal worth $6.8 billion, the companies
announced on Tuesday"), is ``agree/deal``; a regulator that announced it would block the deal
announced no buying. The closing: "the deal is expected to close in fiscal
2032", "expects to close the deal in its fiscal 2032", "the acquisition closed on May 3", "the
anticipated closing date of June 2032". Each is the one act ``close/deal`` when the date's sentence
names a deal, so outlets that tell it with different words are compared; a share price that
"closed up 3%" names no deal and stays what its clause says."""

from __future__ import annotations

from ..grammar import section
from ..read import Reading, VerbGroup
from ..read.literal_gate import gated

G = section("deal_dates")

# searched in the sentence of every date: skipped where none of their words stands ("deal", "buy")
_DEAL = gated(G.re("deal"))
_CLOSING_VERB = G.re("closing_verb")
_CLOSING_NOUN = G.re("closing_noun")
_SIGNED = gated(G.re("deal_signed"))
_BUYING = gated(G.re("buying_announced"))
_ANNOUNCE = G.re("announce_near")
_ANOTHER_TIME = G.re("another_time")
CLOSING = "close/deal"
AGREED = "agree/deal"
_ANNOUNCE_REACH = 60  # characters either side of a date where its "announced" stands
_NOUN_REACH = 40  # characters before a date where "closing date of" stands
_DEAL_REACH = 40  # characters before a verb of closing where its deal stands ("the acquisition is expected to")


def deal_closing(reading: Reading, start: int, vg: VerbGroup | None) -> str | None:
    """``close/deal`` when the date at ``start`` dates a deal's closing: a closing noun stands right
    before the date and the sentence names a deal, or the clause's verb ``vg`` closes or completes
    with a deal named between just before it and the date; else None."""
    text = reading.text
    if _DEAL.search(text, reading.start, reading.end) is None:
        return None
    if _CLOSING_NOUN.search(text, max(reading.start, start - _NOUN_REACH), start):
        return CLOSING
    if vg is None or not _CLOSING_VERB.fullmatch(vg.lemma) or _closes_up(reading, vg):
        return None
    verb = reading.tokens[vg.first].start
    near = _DEAL.search(text, max(reading.start, verb - _DEAL_REACH), start)  # "the deal is expected to close"
    return CLOSING if near is not None else None  # "a premium to where the stock closed": no deal's


_MOVES = frozenset({"up", "down", "higher", "lower", "flat", "at"})


def _closes_up(reading: Reading, vg: VerbGroup) -> bool:
    """A price that closed up, down or at a level ("shares closed up 3%"), no deal's closing."""
    after = vg.head + 1
    return after < len(reading.tokens) and reading.tokens[after].lower in _MOVES


def deal_agreed(reading: Reading, start: int, end: int) -> str | None:
    """``agree/deal`` when the date at ``start``-``end`` dates a deal signed right before it, or an
    announcement near it of one company buying another; else None."""
    text = reading.text
    if _SIGNED.search(text, max(reading.start, start - _ANNOUNCE_REACH), start):
        return AGREED
    if _BUYING.search(text, reading.start, reading.end) is None:
        return None
    lo, hi = max(reading.start, start - _ANNOUNCE_REACH), min(reading.end, end + _ANNOUNCE_REACH)
    for m in _ANNOUNCE.finditer(text, lo, hi):
        a, b = (m.end(), start) if m.end() <= start else (end, m.start())
        if _ANOTHER_TIME.search(text, a, b) is None:  # "jumped on Tuesday after X announced": not its day
            return AGREED
    return None
