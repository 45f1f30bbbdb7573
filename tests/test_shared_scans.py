"""Scans shared by several readers of one article (issue 10) find what each reader's own scan
found: the occurrence words of the whole text (the clauses' sole occurrence) and of its body (what
the story is about) come from one scan."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy.extract.occurrence_names import _body_occurrences
from discrepancy.lexicon import load_lexicon
from discrepancy.models import Document

_PIECES = ["the", "quake", "Earthquake", "air", "strikes", "air strike", "fire", "wild", "wildfire", "-", "_"]
_GAPS = [" ", "\n", "---\n", ".", "x", "é", "İ", "ß"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + _GAPS), max_size=16), st.integers(0, 60))
def test_one_scan_finds_what_each_reader_found(pieces: list[str], at: int) -> None:
    lex = load_lexicon()
    text = "".join(pieces)
    at = min(at, len(text))
    whole = [(m.span(), m.group(0)) for m in lex.occurrence_re.finditer(text)]
    assert [(m.span(), m.group(0)) for m in lex.occurrences(text)] == whole
    body = [(m.start(), m.group(0)) for m in lex.occurrence_re.finditer(text[at:])]
    doc = Document(id="d", path="d.md", text=text, body_start=at)
    assert _body_occurrences(doc, lex) == body


def test_a_body_that_starts_inside_a_word_is_scanned_alone() -> None:
    lex = load_lexicon()
    text = "wildfires spread"
    doc = Document(id="d", path="d.md", text=text, body_start=4)  # "fires spread": a word of its own there
    assert _body_occurrences(doc, lex) == [(0, "fires")]


_CONCESSIVE_PIECES = ["Although", "though", "THOUGH", "even though", "While", "whereas", "WHEREAſ", "whıle", "ſ", "ı"]
_CONCESSIVE_GAPS = [" ", ", ", ". ", "\n", "police said 40", "1,200", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CONCESSIVE_PIECES + _CONCESSIVE_GAPS), max_size=14), st.integers(0, 200))
def test_a_concessive_opener_is_never_skipped_by_its_words_gate(pieces: list[str], at: int) -> None:
    """A claim outside reach of "though", "while" and "whereas" (lower-cased) is in no concessive
    clause, read without the pattern (issue 10): the same answer as the pattern's."""
    from discrepancy.extract import attribution

    text = "".join(pieces)
    at = min(at, len(text))
    opener = None
    for m in attribution._CONCESSIVE.finditer(text, max(0, at - attribution._CONCESSIVE_REACH), at):
        opener = m
    ended = opener is None or attribution._CONCESSIVE_END.search(text, opener.end(), at)
    assert attribution._concessive_at(text, at) == (None if ended else opener.start())  # type: ignore[union-attr]


def test_every_concessive_example_has_a_gate_word() -> None:
    from discrepancy.extract.attribution import _CONCESSIVE_WORDS
    from discrepancy.grammar import section

    examples = section("attribution").data["concessive"]["match"]
    assert all(any(w in e.lower() for w in _CONCESSIVE_WORDS) for e in examples)


def test_each_opener_word_opens_a_clause_past_the_gate() -> None:
    from discrepancy.extract.attribution import _concessive_at

    for text in ("While police said 40 died", "Whereas police said 40 died", "Even though police said 40 died"):
        assert _concessive_at(text, len(text)) == 0
    assert _concessive_at("Police said 40 died", 19) is None
