"""Screens of whole-article scans (read/screen.py) never pass over a text the pattern matches in:
a tail is cut only at a pattern's top level, and every screened pattern of the extractors finds
nothing where its screens find nothing, on its grammar's examples and on texts made of their pieces."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy.extract import affected, ages, race_times, sites, wins
from discrepancy.read.screen import Screened, ScreenError, _branches, _tail, screened


@pytest.mark.parametrize(
    ("source", "cut"),
    [("a|bc", "c"), ("(ab)c", "b"), ("ab{2,3}", "{2"), ("x(?P<n>a)(?P=n)", "(?P=n)"), ("ab+", "+"), ("a[bc]d", "c")],
)
def test_a_cut_inside_an_item_or_under_an_alternation_is_refused(source: str, cut: str) -> None:
    with pytest.raises(ScreenError):
        _tail(re.compile(source), cut)


def test_a_cut_at_the_top_level_gives_the_tail() -> None:
    assert _tail(re.compile(r"a[b|c]\|d(?:e|f)"), "d") == "d(?:e|f)"
    assert _tail(re.compile(r"(?i)\w+, (?P<n>\d+)"), ",") == ", (?P<n>\\d+)"


def test_a_group_of_words_opening_a_tail_is_searched_word_by_word() -> None:
    assert _branches(r"(?:win|title)\b(?!s)") == [r"(?:win)\b(?!s)", r"(?:title)\b(?!s)"]
    assert _branches(r"(?:hours?|hrs?|h)\b") == [r"(?:hours?|hrs?|h)\b"]  # one letter opens all
    assert _branches(r"(?:a|b)?c") == [r"(?:a|b)?c"]  # optional: no word needed


def test_a_case_insensitive_screen_reads_the_lower_cased_text() -> None:
    s = screened(re.compile(r"(?i)\d+ years? old"), " years?")
    assert s._screens[0][1] is not None  # searched without the flag, on the lower case
    assert [m.group() for m in s.finditer("aged 40 Years Old, or 5 years old")] == ["40 Years Old", "5 years old"]
    assert list(s.finditer("no age here at all")) == []


def _screened() -> list[tuple[str, Screened]]:
    found = []
    for module in (affected, ages, race_times, sites, wins):
        for name, value in vars(module).items():
            for i, item in enumerate(value if isinstance(value, tuple) else (value,)):
                pattern = item[0] if isinstance(item, tuple) else item
                if isinstance(pattern, Screened):
                    found.append((f"{module.__name__}.{name}[{i}]", pattern))
    return found


_ALL = _screened()
_MARGINS = list(race_times._MARGINS)


def _examples() -> list[str]:
    from discrepancy.grammar import section

    out = []
    for name in ("affected", "ages", "race_times", "sites", "wins"):
        for entry in section(name).data.values():
            if isinstance(entry, dict):
                out += [*entry.get("match", []), *entry.get("no_match", [])]
    return out


_EXAMPLES = _examples()


def _inner(s: Screened) -> Any:
    return s.pattern


@pytest.mark.parametrize(("name", "pattern"), _ALL, ids=[n for n, _ in _ALL])
def test_every_example_a_pattern_matches_passes_its_screen(name: str, pattern: Screened) -> None:
    for text in _EXAMPLES:
        for pos in (0, 3):
            if next(iter(_inner(pattern).finditer(text, pos)), None) is not None:
                assert pattern.passes(text, pos, len(text)), (name, text, pos)


_PIECES = [w for text in _EXAMPLES for w in re.split(r"(\s+|[,.():])", text) if w] + ["ſ", "É", "\n", "\xa0"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24), st.integers(0, 30))
def test_a_text_of_example_pieces_passes_every_screen_its_pattern_matches_in(pieces: list[str], pos: int) -> None:
    text = " ".join(pieces)
    for name, pattern in _ALL:
        if next(iter(_inner(pattern).finditer(text, pos)), None) is not None:
            assert pattern.passes(text, pos, len(text)), (name, text, pos)
    if any(next(iter(m.pattern.finditer(text, pos)), None) is not None for m in _MARGINS):
        assert race_times._MARGIN_UNIT.search(text, pos) is not None, text


@pytest.mark.parametrize(
    "text",
    [
        "He shaved a minute and a half off his best.",
        "She clipped two minutes, and 5 seconds from the course record.",
        "took half a minute off the record",
        "lopped 3 MINS OFF it",
        "improved the mark by exactly 30 seconds",
        "a minute and a half faster than his own best",
    ],
)
def test_a_margin_passes_its_screen(text: str) -> None:
    found = [p for p in race_times._MARGINS if next(iter(_inner(p).finditer(text)), None) is not None]
    assert found, text
    assert all(p.passes(text, 0, len(text)) for p in found)
