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


_CLOCK_PIECES = ["at", "around", "1", "11", "27", "1700", "1545", ":", ": ", ".", "45", "30", "05", "a.m.", "P.M",
                 "am", "PM", "pm.", "Am", "hrs", "HRſ", "GMT", "utc", "local time", "team", "camp", "amid", "I",
                 "stood", "percent", "m", "a", "p", "K", "ı", "İ", "\u00a0", " ", "\t", "_", "9", "four", "in the",
                 "MORNING", "nıght", "o'clock", "before", "after", "midnıght", "Noon", "midday"]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_CLOCK_PIECES), max_size=12), st.sampled_from(["", " "]))
def test_a_sentence_the_clock_gate_passes_over_holds_no_clock_time(pieces: list[str], glue: str) -> None:
    from discrepancy.extract.speaker_gates import FOLD, holds

    sent = glue.join(pieces)
    folded = sent.translate(FOLD)
    if not date_claims.may_tell_clock(folded):
        assert not date_claims._CLOCK.search(sent)
    for key, gated in (("clock_told", date_claims._CLOCK_TOLD), ("clock_named", date_claims._CLOCK_NAMED)):
        if not holds(folded, gated.needs):
            assert not G.re(key).search(sent)


def test_every_clock_example_passes_the_gate() -> None:
    import yaml

    from discrepancy.extract.speaker_gates import FOLD
    from discrepancy.grammar import grammar_dir

    entries = yaml.safe_load((grammar_dir() / "date_claims.yaml").read_text(encoding="utf-8"))
    for example in entries["clock"]["match"]:
        assert date_claims.may_tell_clock(example.translate(FOLD)), example
    assert not date_claims.may_tell_clock("the team set up camp amid the rubble in 2023")
