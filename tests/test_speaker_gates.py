"""The cheap tests the speaker reader passes over its patterns with (issue 10) answer as the
patterns do: a concessive clause found where the scan finds it, in any case and beside any letter;
the words before a speech verb read as the plain patterns read them."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy.extract import attribution as A
from discrepancy.extract import speaker_gates

_PIECES = ["Although", "though", "even  though", "While", "WHILE", "whereas", "wHeReAs", "thouGh", "ſ", "İ", "ö",
           "police", "said", "40", "1,200", "died", ",", ", ", ".", ". ", "..", "!", ";", ":", "\n", " ", "  ",
           "\u201d", "’", "Ana Ruiz", "the", "was", "were", "among", "its", "(WHO)", "57", "spokeswoman for the unit",
           "which leads", "in a statement", "Mara Holt", "\x1c", "\t"]  # fmt: skip
_texts = st.lists(st.sampled_from(_PIECES), max_size=24).map(" ".join)


def _concessive_plain(text: str, at: int) -> int | None:
    """``_concessive_at`` as it read before its gates: the pattern run over the whole reach."""
    opener = None
    for m in A._CONCESSIVE.finditer(text, max(0, at - A._CONCESSIVE_REACH), at):
        opener = m
    if opener is None or A._CONCESSIVE_END.search(text, opener.end(), at):
        return None
    return opener.start()


@settings(max_examples=400, deadline=None)
@given(_texts, st.integers(0, 400))
def test_a_concessive_clause_is_found_where_the_scan_finds_it(text: str, at: int) -> None:
    text = text * 3  # longer than the reach, so that it starts inside the text
    at = min(at, len(text))
    assert A._concessive_at(text, at) == _concessive_plain(text, at)


def test_the_fold_covers_every_letter_a_case_free_match_reads_as_an_openers() -> None:
    letters = sorted(set("".join(A._CONCESSIVE_WORDS)))
    pattern = regex.compile("(?i)[" + "".join(letters) + "]")
    for c in map(chr, range(0x110000)):
        if pattern.fullmatch(c):
            assert chr(speaker_gates._FOLD.get(ord(c), ord(c))) in letters, hex(ord(c))


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_a_determiner_or_auxiliary_before_a_verb_is_found_in_the_tail(before: str) -> None:
    for pattern, reach in ((A._DET_BEFORE, A._DET_REACH), (A._PASSIVE_BEFORE, A._PASSIVE_REACH)):
        assert reach is not None and reach < 10
        for text in (before, before + " ", before + "\n", before + " \x1c"):
            assert speaker_gates.ends_in_space_after(pattern, reach, text) == bool(pattern.search(text))


def _asides_plain(before: str) -> tuple[str, str | None]:
    for p in (A._AGE_APPOSITIVE, A._ACRONYM_ASIDE, A._APPOSITIVE, A._ROLE_APPOSITIVE, A._ASIDE):
        before = p.sub("", before)
    named = A._NAME_APPOSITIVE.search(before)
    return before, named.group(0) if named else None


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_the_asides_before_a_speech_verb_are_cut_as_the_plain_patterns_cut_them(before: str) -> None:
    for text in (before, before + ", ", before + ",\n", before + " (WHO),"):
        cut, named = A._without_asides(text)
        assert (cut, named.group(0) if named else None) == _asides_plain(text)


def test_a_pattern_not_ending_in_white_space_is_searched_whole() -> None:
    assert speaker_gates.tail_reach(A._AGE_APPOSITIVE) is None
    assert speaker_gates.ends_in_space_after(A._AGE_APPOSITIVE, None, "Marten, 57, ")
