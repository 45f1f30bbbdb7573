"""The gates of figure_gates.py: the characters a case-insensitive match takes for an ASCII letter,
and gated calls that answer as the pattern's own."""

from __future__ import annotations

import re

import pytest

from discrepancy.extract.figure_gates import _FOLDS_TO_ASCII, Gate, folded


def test_only_four_characters_beyond_ascii_match_an_ascii_letter_case_insensitively() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    beyond = "".join(c for c in map(chr, range(128, 0x110000)) if letter.fullmatch(c))
    assert set(beyond) == set(_FOLDS_TO_ASCII.pattern.strip("[]"))


def test_lower_casing_keeps_every_character_in_place_but_one() -> None:
    assert [i for i in range(0x110000) if len(chr(i).lower()) != 1] == [0x130]


_PATTERN = re.compile(r"(?i)\b(?:photos?|videos?)\b[^.]{0,40}?\bshow(?:s|ed)?\s+$")
_TEXTS = [
    "Photos show 40 people on deck.",
    "Médecins Sans Frontières said VIDEOS SHOWED 40 people.",
    "The ſhow of PHOTOS shows 40",  # a long s: the text is scanned as it is
    "Nothing here counts 40 people.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_a_gated_call_answers_as_the_pattern(text: str) -> None:
    gate = Gate(_PATTERN)
    assert gate.needs
    for lo in range(len(text)):
        for hi in range(lo, len(text) + 1):
            want = _PATTERN.search(text, lo, hi)
            got = gate.search(text, lo, hi)
            assert (want and want.span()) == (got and got.span())
            assert bool(_PATTERN.search(text[lo:hi])) == bool(gate.search_slice(text, lo, hi))
            assert bool(_PATTERN.match(text, lo, hi)) == bool(gate.match(text, lo, hi))


def test_a_text_with_a_letter_folding_to_ascii_is_not_lowered() -> None:
    assert folded("Kelvin \u212a") is None
    assert folded("Zürich") == "zürich"
