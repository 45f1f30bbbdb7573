"""Case-insensitive scans run on lower-cased text (``phrases.CaseFree``) find exactly what the plain
scan finds: the same matches, groups and case as written, on the fixtures, a generated
corpus and text with the letters where lower-casing and the engine's case folding part ("ſ", the
Kelvin sign, dotted and dotless i, accented letters, characters past the first plane)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy.extract.attribution import _PUT_AT_SCAN
from discrepancy.lexicon import load_lexicon
from discrepancy.phrases import CaseFree, _cased_beyond_ascii, _without_case, lowered

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import synthetic  # noqa: E402

ODD = ["ſ", "\u212a", "İ", "ı", "é", "É", "ß", "ǅ", "Σ", "ς", "’", "“", "—", "🚨", "\U00010400", "\u0345"]


def _scans() -> list[tuple[str, CaseFree]]:
    lex = load_lexicon()
    assert lex.dates is not None
    return [*lex.case_free.items(), ("put_at_frame", _PUT_AT_SCAN), ("date_re", lex.dates.date_scan)]


def _same(scan: CaseFree, text: str) -> None:
    low = lowered(text)
    for pos, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
        plain = [(m.span(), m.groupdict(), m.group(0)) for m in scan.pattern.finditer(text, pos, end)]
        fast = [(m.span(), m.groupdict(), m.group(0)) for m in scan.finditer(text, pos, end, low)]
        assert fast == plain


def test_every_scan_the_lexicon_runs_case_free_reads_lower_case_text() -> None:
    assert all(scan.lower is not None for _, scan in _scans())


def test_lower_casing_folds_as_the_engine_does_where_it_is_used() -> None:
    # every character of the first plane that the check lets through, against every ASCII letter
    safe = "".join(c for c in map(chr, range(0x10000)) if not _cased_beyond_ascii().match(c))
    low = safe.lower()
    assert len(low) == len(safe)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        folded = [m.start() for m in re.finditer(f"(?i){letter}", safe)]
        assert folded == [m.start() for m in re.finditer(letter, low)], letter
    for cls in (r"\w", r"\s", r"\d", r"[\w-]", r"\b"):
        assert [m.span() for m in re.finditer(cls, safe)] == [m.span() for m in re.finditer(cls, low)]


def test_the_check_finds_every_letter_with_case_beyond_ascii() -> None:
    plane = "".join(map(chr, range(0x80, 0x10000)))
    cased = {c for c in plane if c.lower() != c or c.upper() != c}
    assert {m.group() for m in _cased_beyond_ascii().finditer(plane)} == cased
    assert _cased_beyond_ascii().match("\U0001f6a8")


def test_text_with_letters_that_fold_apart_is_scanned_as_written() -> None:
    for odd in ODD[:11] + ODD[14:]:
        if odd.lower() != odd or odd.upper() != odd or ord(odd) > 0xFFFF:
            assert lowered(f"Police said {odd} 5 people") is None, odd
    assert lowered("Police said “5” people — ok") == "police said “5” people — ok"


@pytest.mark.parametrize(
    "source",
    [r"(?i)[A-Z]+", r"(?i)\x41", r"(?i)a(?-i:b)", r"(?i)a(?i:b)", r"(?i)(a)\1", r"(?i)\N{LATIN SMALL LETTER A}"],
)
def test_patterns_it_cannot_read_alike_are_scanned_as_written(source: str) -> None:
    assert _without_case(re.compile(source)) is None


def test_case_sensitive_and_regex_module_patterns_are_scanned_as_written() -> None:
    import regex

    assert _without_case(re.compile("abc")) is None
    assert _without_case(regex.compile("(?i)abc")) is None
    assert _without_case(re.compile(r"(?ix) a (?P<word>b) \s+ c")) is not None


def test_same_matches_on_the_fixtures() -> None:
    texts = [f.read_text(encoding="utf-8") for f in sorted((ROOT / "fixtures").rglob("*.md"))]
    assert texts
    for _, scan in _scans():
        for text in texts:
            _same(scan, text)
            _same(scan, text.upper())


def test_same_matches_on_a_generated_corpus(tmp_path: Path) -> None:
    synthetic.generate(tmp_path, 60_000, 3)
    texts = [f.read_text(encoding="utf-8") for f in sorted(tmp_path.rglob("*.md"))]
    for _, scan in _scans():
        for text in texts:
            _same(scan, text)


_WORDS = ["Police", "SAID", "according to", "about", "5,000", "the quake", "Killed", "Estimated", "at", "may"]
_WORDS += ["March", "4", "2024", "last", "Week", "MONDAY", "Sept.", "ago", "days", "in", "the following"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + ODD + [" ", "-", ".", ","]), max_size=40))
def test_same_matches_on_odd_text(pieces: list[str]) -> None:
    text = " ".join(pieces)
    for _, scan in _scans():
        _same(scan, text)


def test_a_scan_that_parts_from_the_plain_one_gives_way_to_it() -> None:
    scan = CaseFree(re.compile(r"(?i)\b(?:said|told)\b"))
    scan.lower = re.compile(r"\b(?:said|tol)")  # a wrong lower-case pattern: the plain scan decides
    text = "Police said, officials told, and he said."
    assert [m.span() for m in scan.finditer(text, low=text.lower())] == [m.span() for m in scan.pattern.finditer(text)]
