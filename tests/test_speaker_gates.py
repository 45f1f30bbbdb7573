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


def test_the_fold_reads_every_letter_as_a_case_free_match_of_either_engine_does() -> None:
    import re

    anyone = (re.compile("(?i)[a-z]"), regex.compile("(?i)[a-z]"))
    for c in map(chr, range(0x110000)):
        if any(e.fullmatch(c) for e in anyone):
            read = {x for x in "abcdefghijklmnopqrstuvwxyz" for e in (re, regex) if e.fullmatch("(?i)" + x, c)}
            assert {chr(speaker_gates.FOLD.get(ord(c), ord(c)))} == read, hex(ord(c))


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


_VERBS = ["put", "Puts", "putting", "estimated", "ESTIMATES", "placed", "places", "pegged", "pegs", "set", "sets",
          "setting", "fixed", "fixes", "placing", "pegging", "estimating", "raised", "raises", "raising", "lowered",
          "lowers", "lowering", "revised", "revises", "revising", "updated", "updates", "reduced", "reduces", "cut",
          "was", "were", "has been", "quoted", "Quoted", "as", "saying", "says", "by state media", "the", "its",
          "their", "death", "toll", "number", "at", "to", "about", "140", "55", "from the flood", "9 a.m.",
          "police", "ſ", "K", ",", "."]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_VERBS), max_size=16).map(" ".join))
def test_a_sentence_without_the_words_a_frame_needs_holds_no_frame(sent: str) -> None:
    from discrepancy.phrases import lowered

    low = lowered(sent)
    folded = sent.translate(speaker_gates.FOLD)
    assert low is None or low == folded
    if not speaker_gates.holds(folded, A._PUT_AT_NEEDS):
        assert not list(A._PUT_AT_SCAN.finditer(sent, low=low))
        assert not A._PUT_AT_FRAME.search(sent)
    if not speaker_gates.holds(folded, A._QUOTED_NEEDS):
        assert not A._QUOTED_AS_SAYING.search(sent)


def test_the_frames_examples_hold_the_words_they_need() -> None:
    import yaml

    from discrepancy.grammar import grammar_dir

    entries = yaml.safe_load((grammar_dir() / "attribution.yaml").read_text(encoding="utf-8"))
    for key, needs in (("put_at_frame", A._PUT_AT_NEEDS), ("quoted_as_saying", A._QUOTED_NEEDS)):
        for example in entries[key]["match"]:
            assert speaker_gates.holds(example.lower(), needs), example


def test_every_branch_of_the_frame_opens_on_a_verb_with_a_needed_word() -> None:
    import re
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    items = list(_parser.parse(A._PUT_AT_FRAME.pattern, A._PUT_AT_FRAME.flags))
    assert [op for op, _ in items] == [c.AT, c.BRANCH] and len(items[1][1][1]) == 3  # \b(?:X|Y|Z)
    # each of the three opens on a group of a verb's forms: "(?:put|puts|...)\s+"
    groups = re.findall(r"(?:\\b\(\?:|\|)\(\?:((?:[a-z]+\|)+[a-z]+)\)\\s\+", A._PUT_AT_FRAME.pattern)
    assert len(groups) == 3 and A._PUT_AT_FRAME.pattern.startswith(r"(?i)\b(?:(?:" + groups[0])
    for word in "|".join(groups).split("|"):
        assert any(n in word for n in A._PUT_AT_NEEDS), word


_SPEAKING = ["according", "to", "According To", "citing", "as reported by", "figures from", "data from",
             "a statement from", "estimates by", "in the words of", "accuse", "Accused", "blamed", "charges",
             "the ministry", "police", "said", "40", ",", ".", "  "]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SPEAKING), max_size=14).map(" ".join))
def test_a_sentence_without_the_lexicons_words_holds_no_prefix_nor_accusation(sent: str) -> None:
    from discrepancy.lexicon import load_lexicon

    lex = load_lexicon()
    folded = sent.translate(speaker_gates.FOLD)
    for key, needs in zip(("prefix_re", "accuse_re"), speaker_gates.lexicon_needs(lex), strict=True):
        assert needs is not None
        if not speaker_gates.holds(folded, needs):
            assert not lex.case_free[key].pattern.search(sent)
