"""``read.tokens.all_lemmas`` answers what ``lemminflect.getAllLemmas`` answers (it only skips the
library's deep copies): on a sample of the library's own dictionary and overrides, in lower case,
capitalised and upper case, on hyphenated and unknown words, and on every word of the fixtures."""

from __future__ import annotations

import re
from pathlib import Path

import lemminflect
import pytest
from lemminflect.core.Lemmatizer import Lemmatizer

from discrepancy.read.tokens import all_lemmas

ROOT = Path(__file__).resolve().parents[1]


def _sample() -> list[str]:
    lem = Lemmatizer()
    lemminflect.getAllLemmas("warm")  # loads the tables
    known = sorted(lem._getLemmaDict())[::97] + sorted(lem._getOverridesDict())
    odd = ["", "-", "sit-in", "full-time", "U.S.", "9/11", "zzyzx", "Straße", "İstanbul", "ſhip", "'s"]
    return [v for w in known + odd for v in {w, w.capitalize(), w.upper()}]


@pytest.mark.parametrize("chunk", range(4))
def test_same_as_lemminflect_on_its_dictionary(chunk: int) -> None:
    words = _sample()[chunk::4]
    assert [all_lemmas(w) for w in words] == [lemminflect.getAllLemmas(w) for w in words]


def test_same_as_lemminflect_on_the_fixtures() -> None:
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").rglob("*.md")))
    words = sorted({w for w in re.findall(r"[^\W\d_][\w'’-]*", text)})
    assert words
    assert [all_lemmas(w) for w in words] == [lemminflect.getAllLemmas(w) for w in words]


def test_a_fresh_dictionary_each_time() -> None:
    first = all_lemmas("troops")
    first["NOUN"] = ("changed",)
    assert all_lemmas("troops")["NOUN"] != ("changed",)


def test_the_table_read_in_one_piece_is_lemminflects() -> None:
    from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec

    from discrepancy.read.lemma_table import lemma_dict, read_table

    path = Lemmatizer().lemma_lu_fn
    assert read_table(path) == LemmaLUCodec.load(path)
    assert lemma_dict(Lemmatizer()) is Lemmatizer()._getLemmaDict()  # the library's calls share it
