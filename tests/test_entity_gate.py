"""The entity scan's gate in its fast form (``entity_gate``) finds exactly what its plain form found:
``(?=[Lu0-9]|(?i:firsts)\\b)``, on the fixtures, the lexicon's own names and text with the letters
where folding is not plain ("ſ", the Kelvin sign, dotted and dotless i, letters past the first plane)."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy.char_classes import upper_letters
from discrepancy.entity_gate import _fold_classes, entity_gate, folded
from discrepancy.lexicon import load_lexicon
from discrepancy.lexicon_compile import _aliases
from discrepancy.phrases import alternation

ROOT = Path(__file__).resolve().parents[1]
ODD = ["ſ", "\u212a", "İ", "ı", "é", "É", "ß", "ǅ", "’", "—", "-", "_", "\U0001d400", "\U0001d41a", "\U00010400"]
WORDS = ["the", "The", "THE", "al-Qaeda", "AL-QAEDA", "troops", "Troops", "ſoldiers", "a", "A", "Kyiv", "EU", "7"]


def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The entity scan as it was written (its gate plain) and as it is compiled."""
    lex = load_lexicon()
    lower = [a for a in _aliases(lex) if not (a[:1].isupper() or a[:1].isdigit())]
    firsts = {a.split()[0] for a in lower}
    new_gate = rf"(?<![\w-]){entity_gate(firsts)}"
    old_gate = rf"(?<![\w-])(?=[{upper_letters()}0-9]|(?i:{alternation(firsts)})\b)"
    assert lex.entity_re.pattern.startswith(new_gate)
    return re.compile(old_gate + lex.entity_re.pattern[len(new_gate) :]), lex.entity_re


OLD, NEW = _patterns()


def _same(text: str) -> None:
    for pos, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
        old = [(m.span(), m.groupdict()) for m in OLD.finditer(text, pos, end)]
        assert [(m.span(), m.groupdict()) for m in NEW.finditer(text, pos, end)] == old


def test_the_folded_letters_match_what_the_engine_folds_in_every_plane() -> None:
    every = "".join(map(chr, range(0x110000)))
    classes = _fold_classes()
    for letter in "abcdefghijklmnopqrstuvwxyz":
        assert re.findall(f"(?i){letter}", every) == re.findall(classes[letter], every), letter


def test_a_letter_past_ascii_is_left_to_the_engine() -> None:
    assert folded("caf\u00e9") == "(?i:caf\u00e9)"


def test_the_gate_opens_where_it_did_at_every_character() -> None:
    lex = load_lexicon()
    lower = [a for a in _aliases(lex) if not (a[:1].isupper() or a[:1].isdigit())]
    firsts = {a.split()[0] for a in lower}
    old = re.compile(rf"(?=[{upper_letters()}0-9]|(?i:{alternation(firsts)})\b)")
    new = re.compile(entity_gate(firsts))
    every = "".join(map(chr, range(0x110000)))
    assert [m.start() for m in new.finditer(every)] == [m.start() for m in old.finditer(every)]


def test_the_scan_finds_the_same_names_in_the_fixtures() -> None:
    for path in sorted((ROOT / "fixtures").rglob("*.md")):
        _same(path.read_text(encoding="utf-8"))


def test_the_scan_finds_the_lexicon_s_own_names() -> None:
    lex = load_lexicon()
    names = _aliases(lex) + [d.title() for d in lex.demonyms]
    _same(" ".join(names))
    _same(" ".join(n.upper() for n in names))
    _same(" ".join(n.lower() for n in names))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*WORDS, *ODD, " ", "\n", "x"]), max_size=40))
def test_the_scan_finds_the_same_names_in_odd_text(pieces: list[str]) -> None:
    _same("".join(pieces))
