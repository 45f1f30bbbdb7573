"""An acronym an article defines for an owner ("the Velm Reform Movement (VRM)") names the owner that
other outlets call by the acronym alone; initials are never guessed from an undefined name (our own
sentences)."""

from __future__ import annotations

from pathlib import Path

from discrepancy import check
from discrepancy.extract.acronyms import defined_acronyms
from discrepancy.lexicon import load_lexicon

FULL = "The final results put independents backed by the Velm Reform Movement{} in the lead with 93 of 264 seats."
SHORT = "The VRM led the tally with 101 seats, the election commission said."


def _write(folder: Path, name: str, source: str, body: str) -> None:
    (folder / name).write_text(f"---\nsource: {source}\npublished: 2031-02-12\n---\n{body}\n", encoding="utf-8")


def _flagged(folder: Path) -> bool:
    return any(f.rule == "count-interval-conflict" for f in check([str(folder)]).findings)


def test_a_defined_acronym_names_the_same_owner(tmp_path: Path) -> None:
    _write(tmp_path, "a.md", "Daily A", FULL.format(" (VRM)"))
    _write(tmp_path, "b.md", "Daily B", SHORT)
    assert _flagged(tmp_path)


def test_initials_are_never_guessed(tmp_path: Path) -> None:
    _write(tmp_path, "a.md", "Daily A", FULL.format(""))
    _write(tmp_path, "b.md", "Daily B", SHORT)
    assert not _flagged(tmp_path)


def test_only_initials_in_order_define_an_acronym() -> None:
    lex = load_lexicon()
    text = "Imran Khan's Pakistan Tehreek-e-Insaf (PTI) and the Velm League-Nord (VLN) met the Orra Party (XYZ)."
    got = defined_acronyms(text, 0, lex)
    assert sorted(got.values()) == ["PTI", "VLN"]


def test_an_acronym_in_capitals_never_joins_a_name_spelled_alike(tmp_path: Path) -> None:
    full = "Independents backed by the Valley Ecology League Movement (VELM) won 93 of 264 seats in the election."
    _write(tmp_path, "a.md", "Daily A", full)
    _write(tmp_path, "b.md", "Daily B", "Velm won 101 seats in the election, the commission said.")
    assert not _flagged(tmp_path)


def test_two_names_of_one_owner_key_keep_their_own_acronyms() -> None:
    lex = load_lexicon()
    text = "The Velm National Congress (VNC) and the National Orra Alliance (NOA) met."
    assert defined_acronyms(text, 0, lex) == {"Velm National Congress": "VNC", "National Orra Alliance": "NOA"}
