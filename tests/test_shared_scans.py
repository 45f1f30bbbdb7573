"""Scans shared by several readers of one article (issue 10) find what each reader's own scan
found: the occurrence words of the whole text (the clauses' sole occurrence) and of its body (what
the story is about) come from one scan."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy.extract.document import _body_occurrences
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
