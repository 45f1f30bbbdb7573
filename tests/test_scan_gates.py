"""Cheap scans of a whole article that let extractors skip it (issue 10) never skip one that the
full reading would find something in: a word of cuts for the groups that cuts hit, a naming word
("Fire", "Hurricane") for named occurrences."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy.extract.affected import _ANY_CUTS, _CUTS
from discrepancy.lexicon import load_lexicon

_CUT_PIECES = ["lay", "offs", "-", "layoffs", "job", "cuts", "cut", "laid", "off", "shed", "jobs", "the", "door"]
_GAPS = [" ", "  ", "\n", ".", ",", "x", "ſ", "é"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CUT_PIECES + _GAPS), max_size=16), st.integers(0, 80), st.integers(0, 80))
def test_an_article_with_cuts_in_any_part_has_cuts_somewhere(pieces: list[str], a: int, b: int) -> None:
    text = "".join(pieces)
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    if _CUTS.search(text, lo, hi) is not None:
        assert _ANY_CUTS is not None and _ANY_CUTS.search(text) is not None


_NAME_PIECES = ["Hurricane", "Ian", "King", "Fire", "the", "Super Typhoon", "Storm", "War", "Great", "Category"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NAME_PIECES + [" ", "\n", ".", "-", "x"]), max_size=12), st.integers(0, 40))
def test_an_article_with_a_named_occurrence_has_a_naming_word(pieces: list[str], start: int) -> None:
    lex = load_lexicon()
    text = "".join(pieces)
    if lex.named_re.search(text, start) is not None:
        assert lex.named_words_re.search(text, start) is not None
