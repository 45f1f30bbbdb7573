"""Faster ways of reading a figure's context (issue 10) find exactly what the plain scans find: a
grammar pattern's search behind a test for the literals it needs, the state words near a figure
tried only where a state word opens, and a sentence's tokens read as runs of white space and token."""

from __future__ import annotations

import functools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy.extract.counted import _nearest_state_scan, nearest_state
from discrepancy.grammar import grammar_dir, section
from discrepancy.lexicon import load_lexicon
from discrepancy.read.literal_gate import Gated, gated
from discrepancy.read.tokens import _ASCII_STEP, _STEP, tokenize

# words the grammar's patterns need (and near misses), names, figures, and characters whose case
# folds apart from lower case ("ſ", "K", "İ"), which must turn the literal test off
_WORDS = [
    "the", "toll", "in", "alone", "where", "past", "last", "previous", "hours", "years", "bringing", "total",
    "province", "of", "Varne", "Kelo", "Dunmore", "(", ")", "12", "3,400", "killed", "were", "said", "each",
    "another", "aftershock", "earlier", "now", "from", "to", "when", "which", "-hit", "hard", "as", "staff",
]  # fmt: skip
_GAPS = [" ", "  ", "\n", ", ", ".", ";", "é", "ſ", "K", "İ", "”"]
_FILLER = "A quiet line that names nothing in particular and counts nothing at all. " * 5


@functools.cache
def _patterns() -> list[tuple[str, Gated]]:
    found = []
    for path in sorted(grammar_dir().glob("*.yaml")):
        sec = section(path.stem)
        for key, entry in sec.data.items():
            if isinstance(entry, dict) and "regex" in entry and isinstance(g := gated(sec.re(key)), Gated):
                found.append((f"{path.stem}:{key}", g))
    return found


def test_most_grammar_patterns_need_a_literal() -> None:
    gates = dict(_patterns())
    assert len(gates) > 100
    assert gates["quantity_context:place_alone"].needs == ("alone",)
    assert set(gates["figure_context:long_period"].needs) == {"months", "years", "decades", "century"}


def test_a_literal_runs_on_through_a_class_of_a_few_characters() -> None:
    # "year" stands in most articles, "-year-old" in few: the gate of a whole article's scan
    assert set(gated(re.compile(r"\b\d+[- ]year[- ]old\b")).needs) == {
        "-year-old",
        "-year old",
        " year-old",
        " year old",
    }
    assert gated(re.compile(r"(?i)[Tt]he (?:toll|count)")).needs == ("the ",)
    assert gated(re.compile(r"ab[cdefgh]xyz")).needs == ("xyz",)  # too many spellings: the run stops there


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + _GAPS), max_size=40), st.integers(-5, 500), st.integers(0, 500))
def test_a_gated_pattern_finds_what_the_pattern_finds(pieces: list[str], a: int, span: int) -> None:
    text = _FILLER + " ".join(pieces) + " " + _FILLER  # an article's length: the literal test runs
    lo, hi = len(_FILLER) + a, len(_FILLER) + a + span
    for name, g in _patterns():
        plain = g.pattern
        assert _span(g.search(text, lo, hi)) == _span(plain.search(text, lo, hi)), name
        assert [m.span() for m in g.finditer(text, lo, hi)] == [m.span() for m in plain.finditer(text, lo, hi)], name
        assert _span(g.match(text, lo, hi)) == _span(plain.match(text, lo, hi)), name


def _span(m: object) -> object:
    return None if m is None else m.span()  # type: ignore[attr-defined]


def _state_words() -> list[str]:
    states = load_lexicon().raw["measures"]["states"]
    return sorted({w for spec in states.values() for pos in ("near", "before", "after") for w in spec.get(pos) or []})


@settings(max_examples=120, deadline=None)
@given(st.data())
def test_the_nearest_state_is_the_one_every_pattern_s_scan_finds(data: st.DataObject) -> None:
    lex = load_lexicon()
    words = _state_words() + [w.split()[-1] for w in _state_words()] + ["12", "people", "KILLED", "Dead"]
    pieces = data.draw(st.lists(st.sampled_from(words + _GAPS), max_size=14))
    text = " ".join(pieces)
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    c = data.draw(st.integers(b, len(text)))
    for things in (False, True):
        for skip in (None, "on_board", "deaths"):
            for left, right in (((a, b), (b, c)), ((a, b), None), (None, (b, c))):
                assert nearest_state(text, lex, left, right, things, skip) == _nearest_state_scan(
                    text, lex, left, right, things, skip
                )


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_tokens_are_the_steps_of_the_token_pattern(s: str, a: int, b: int) -> None:
    start, end = min(a, len(s)), max(len(s) - b, min(a, len(s)))
    step = _ASCII_STEP if s.isascii() else _STEP
    assert [(t.start, t.end, t.text) for t in tokenize(s, start, end)] == [
        (m.start(), m.end(), m.group()) for m in step.finditer(s, start, end)
    ]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["ab", "b-c", "a b", "abc", "cab", "c", "ba"]), min_size=1, max_size=12, unique=True),
    st.text(alphabet="abc -", max_size=40),
    st.integers(0, 45),
    st.integers(0, 45),
)
def test_a_gate_finds_its_literals_one_by_one_as_one_trie_does(needs: list[str], low: str, a: int, b: int) -> None:
    """A gate of a few literals looks for each with ``str.find``, of many with one trie: a literal
    wholly inside the window or none, the trie's answer where no literal holds a space (the trie
    reads one as any run of white space) (issue 10)."""
    from discrepancy.phrases import alternation
    from discrepancy.read.literal_gate import finder

    pos, end = min(a, b), max(a, b)
    assert finder(tuple(needs))(low, pos, end) == any(n in low[pos:end] for n in needs)
    solid = tuple(n for n in needs if " " not in n)
    if solid:
        trie = re.compile(alternation(solid, fold=False))
        assert finder(solid)(low, pos, end) == (trie.search(low, pos, end) is not None)
        assert finder(solid * 9)(low, pos, end) == (trie.search(low, pos, end) is not None)
