"""The figure scan on the standard library's engine (``Lexicon.figures``) finds exactly what the
full number pattern finds on the ``regex`` module: on every sentence of the fixtures and the seeds,
on a generated corpus, and on text where they could part (a qualifier glued to its digits, marks,
symbols and letters the two engines read apart)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from discrepancy.corpus import read_corpus
from discrepancy.lexicon import load_lexicon
from discrepancy.models import Document
from discrepancy.text import sentences

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import synthetic  # noqa: E402

AWKWARD = [
    "about5,000 people marched",
    "ABOUT5 troops, more than5,000 and more  than12 dead",
    "nearly7 km; over40 people; up to5; at least10 dead, around3,000 hurt",
    "~5 km, ≈5 people, approx.5 people",
    "The G7 summit of 7 leaders, COVID-19 killed 5, the 2014-2022 war",
    "a magnitude-7.8 quake and €5 million, £3bn, 2019–2022",
    "x\u03015 dead and \u0301about 5 hurt",
    "5°C, 10² people, ſeven dead, about\u200d5, İn 5, x\x1c5, 𝟓 and 5 more",
]


def _matches(found: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in found]  # type: ignore[attr-defined]


def _texts(tmp: Path) -> list[str]:
    synthetic.generate(tmp, 60_000, seed=5)
    paths = [ROOT / "fixtures", ROOT.parent / "shared" / "corpus" / "seeds", tmp]
    return [d.text for d in read_corpus([p for p in paths if p.exists()]) if isinstance(d, Document)]


def test_figures_match_the_full_pattern(tmp_path: Path) -> None:
    lex = load_lexicon()
    texts = [*_texts(tmp_path), *AWKWARD]
    found = 0
    for text in texts:
        for start, end in [*sentences(text), (0, len(text))]:
            full = _matches(lex.number_re.finditer(text, start, end))
            assert _matches(lex.figures(text, start, end)) == full, text[start:end]
            found += len(full)
    assert found > 500


@pytest.mark.parametrize("text", ["about5,000", "more than12", "x\u03015", "5°C", "ſeven", "𝟓", "x\x1c5"])
def test_text_the_engines_may_read_apart_takes_the_full_pattern(text: str) -> None:
    assert load_lexicon().glued_re.search(text) is not None
