"""The phrase trie matches exactly what a flat longest-first alternation matches."""

import regex as re
from hypothesis import given
from hypothesis import strategies as st

from discrepancy.phrases import alternation

_phrase = st.text(alphabet="ab .-", min_size=1, max_size=6).filter(lambda p: p.strip() == p and p.strip())


def _flat(phrases: list[str]) -> str:
    uniq = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in uniq)


@given(st.lists(_phrase, min_size=1, max_size=12), st.text(alphabet="ab .-\n", max_size=30))
def test_trie_matches_like_a_flat_alternation(phrases: list[str], text: str) -> None:
    phrases = [" ".join(p.split()) for p in phrases]  # one space between words, as lexicons write them
    trie = re.compile(f"(?:{alternation(phrases)})")
    flat = re.compile(f"(?:{_flat(phrases)})")
    for pos in range(len(text) + 1):
        a, b = trie.match(text, pos), flat.match(text, pos)
        assert (a and a.span()) == (b and b.span())


def test_longest_phrase_wins_and_case_folds() -> None:
    rx = re.compile(rf"(?i)(?:{alternation(['tens', 'tens of thousands', 'Ten'])})")
    assert rx.match("Tens of  thousands").group(0) == "Tens of  thousands"
    assert rx.match("TEN").group(0) == "TEN"
    assert alternation([]) == ""


def test_case_kept_when_not_folding() -> None:
    rx = re.compile(alternation(["March", "Mar"], fold=False))
    assert rx.match("March").group(0) == "March"
    assert rx.match("march") is None


def test_both_engines_read_the_lexicon_patterns_alike() -> None:
    """Patterns compiled with the standard library's engine match exactly what the regex module
    matches, on every fixture article."""
    import re as stdlib_re
    from pathlib import Path

    from discrepancy.lexicon import load_lexicon

    lex = load_lexicon()
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(__file__).parents[1].glob("fixtures/*/*.md"))]
    assert texts
    checked = 0
    for name in dir(lex):
        pattern = getattr(lex, name)
        if not isinstance(pattern, stdlib_re.Pattern):
            continue
        other = re.compile(pattern.pattern, pattern.flags & (stdlib_re.I | stdlib_re.X | stdlib_re.M | stdlib_re.S))
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in other.finditer(text)], name
        checked += 1
    assert checked > 10


_word = st.text(alphabet="abAB .-", min_size=1, max_size=5)


@given(st.lists(_word, min_size=1, max_size=10), st.text(alphabet="abAB .-", max_size=24), st.booleans())
def test_literal_trie_tries_words_as_the_flat_alternation_does(words: list[str], text: str, fold: bool) -> None:
    """A grammar word list as a trie: the same match at every position, even where what follows
    the list makes the engine back off to a shorter word ("ab" then "a" before a "b")."""
    from discrepancy.phrases import literal_alternation

    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    trie = literal_alternation(uniq)
    if trie is None:  # two words whose branches differ only in case: kept flat
        return
    flags = re.I if fold else 0
    flat = "(?:" + "|".join(re.escape(w) for w in uniq) + ")"
    for tail in ("", "b", "(?:a|b )", r"\b"):
        a, b = re.compile(trie + tail, flags), re.compile(flat + tail, flags)
        for pos in range(len(text) + 1):
            x, y = a.match(text, pos), b.match(text, pos)
            assert (x and x.span()) == (y and y.span())


def test_literal_trie_only_where_it_keeps_the_order() -> None:
    from discrepancy.phrases import literal_alternation

    assert literal_alternation(["ab", "a b", "abc"]) == r"(?:a(?:\ b|bc?))"
    assert literal_alternation(["AB", "abc"]) is None  # case-insensitively "ab" is tried after "abc"
    assert literal_alternation(["", "a"]) is None and literal_alternation(["é"]) is None


def test_grammar_word_lists_compile_as_tries() -> None:
    from discrepancy.grammar import section

    assert "f(?:i(?:ft(?:een|y" in section("race_times").re("spelled_time").pattern
