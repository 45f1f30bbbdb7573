"""The clock patterns told with a part of the day ("at four in the morning") or with noon or
midnight are scanned only in a sentence that holds one of those words (issue 10): gated, they find
what the plain patterns find, in any case and beside any letter."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy.extract import date_claims
from discrepancy.grammar import section
from discrepancy.phrases import lowered
from discrepancy.read.literal_gate import Gated

G = section("date_claims")
_PIECES = ["at", "around", "four", "10", "o'clock", "in the", "Morning", "night", "NOON", "midday", "before",
           "after", "midnight", "afternoon", "Evening", "the", "K", "ſ", "İ", " ", "  ", "\n", ".", ","]  # fmt: skip
_FILLER = "The crews worked through the day and the roads into Velm stayed shut. " * 5  # a long text: gated


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.integers(0, 40), st.integers(0, 40))
def test_the_gated_clock_patterns_find_what_the_plain_ones_find(pieces: list[str], a: int, b: int) -> None:
    tail = " ".join(pieces)
    text = _FILLER + tail
    lo, hi = len(_FILLER) + min(a, b, len(tail)), len(_FILLER) + min(max(a, b), len(tail))
    for key, gated in (("clock_told", date_claims._CLOCK_TOLD), ("clock_named", date_claims._CLOCK_NAMED)):
        plain = G.re(key)
        for start, end in ((0, len(text)), (lo, hi), (len(_FILLER), len(text))):
            found = [m.span() for m in gated.finditer(text, start, end)]
            assert found == [m.span() for m in plain.finditer(text, start, end)]


def test_a_sentence_with_no_part_of_the_day_is_not_scanned() -> None:
    assert isinstance(date_claims._CLOCK_TOLD, Gated) and isinstance(date_claims._CLOCK_NAMED, Gated)
    text = _FILLER + "Police said 300 people marched at 10 on Monday."
    low = lowered(text)
    assert low is not None and not date_claims._CLOCK_TOLD._seek(low, 0, len(text))
    assert not date_claims._CLOCK_NAMED._seek(low, 0, len(text))
    text += " They left at four in the Morning, before Midnight."
    low = lowered(text)
    assert low is not None and date_claims._CLOCK_TOLD._seek(low, 0, len(text))
    assert date_claims._CLOCK_NAMED._seek(low, 0, len(text))
