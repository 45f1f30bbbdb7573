"""Lexicon files validated against a schema (issue 11): unknown keys and files are errors naming
file:line; `discrepancy rules` lists what is in force and where each comes from."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from discrepancy.cli import main
from discrepancy.lexicon import default_rules_dir

ROOT = Path(__file__).resolve().parents[1]
CROWDS = str(ROOT / "fixtures" / "crowds")


def _user_lexicon(tmp: Path, name: str, text: str) -> Path:
    (tmp / "lexicon").mkdir(exist_ok=True)
    f = tmp / "lexicon" / name
    f.write_text(text, encoding="utf-8")
    return f


@pytest.mark.parametrize(
    ("name", "text", "where", "key"),
    [
        # a typo in a key: it used to be accepted and do nothing
        ("families.yaml", "# my families\nverbz:\n  slay: deaths\n", 2, "verbz: unknown key"),
        ("measures.yaml", "states:\n  deaths:\n    near: [perished]\nunitz:\n  leagues: {unit: league}\n", 4, "unitz"),
        # inside an event type
        ("events.yaml", "types:\n  attack:\n    verbs: [raid]\n    verbz: [storm]\n", 4, "types.attack.verbz"),
    ],
)
def test_unknown_key_is_an_error_naming_file_and_line(
    tmp_path: Path, name: str, text: str, where: int, key: str
) -> None:
    f = _user_lexicon(tmp_path, name, text)
    r = CliRunner().invoke(main, ["check", CROWDS, "--rules", str(tmp_path)])
    assert r.exit_code == 2, r.output
    assert f"{f}:{where}: " in r.stderr and key in r.stderr and "unknown key" in r.stderr
    assert "allowed:" in r.stderr  # says what would have been right
    assert len(r.stderr.strip().splitlines()) == 1


def test_unknown_lexicon_file_is_an_error(tmp_path: Path) -> None:
    f = _user_lexicon(tmp_path, "colours.yaml", "colours: [red, green]\n")
    r = CliRunner().invoke(main, ["check", CROWDS, "--rules", str(tmp_path)])
    assert r.exit_code == 2 and f"{f}:1: not a lexicon file" in r.stderr and "measures.yaml" in r.stderr


def test_wrong_kind_of_value_is_an_error(tmp_path: Path) -> None:
    f = _user_lexicon(tmp_path, "speakers.yaml", "speech_verbs:\n  claimed: true\n")
    r = CliRunner().invoke(main, ["check", CROWDS, "--rules", str(tmp_path)])
    assert r.exit_code == 2 and f"{f}:1: speech_verbs:" in r.stderr


def test_a_valid_user_lexicon_is_accepted(tmp_path: Path) -> None:
    _user_lexicon(tmp_path, "families.yaml", "verbs:\n  slay: deaths\n")
    assert CliRunner().invoke(main, ["check", CROWDS, "--rules", str(tmp_path)]).exit_code == 1


def test_rules_lists_what_is_in_force_and_where_from(tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["rules"])
    assert r.exit_code == 0, r.output
    out = r.stdout
    for heading in ("Rules (", "Measures (", "Families (", "Event types ("):
        assert heading in out
    bundled = default_rules_dir()  # the repository's rules/, or the installed package's copy
    assert f"count-interval-conflict    interval_overlap, error: {bundled / 'quantity'}" in out
    assert "deaths" in out and str(bundled / "lexicon" / "measures.yaml") in out
    assert "overthrow" in out and str(bundled / "lexicon" / "events.yaml") in out
    # a user folder: its rule overrides the bundled one, its family is added, each says where from
    (tmp_path / "quantity").mkdir()
    shutil.copy(bundled / "quantity" / "count-interval-conflict.yaml", tmp_path / "quantity")
    _user_lexicon(tmp_path, "families.yaml", "nouns:\n  sailor: crew\n  deckhand: crew\n")
    out = CliRunner().invoke(main, ["rules", "--rules", str(tmp_path)]).stdout
    assert f"count-interval-conflict    interval_overlap, error: {tmp_path / 'quantity'}" in out
    assert "crew (nouns)" in out and str(tmp_path / "lexicon" / "families.yaml") in out
    # a bad file is named here too
    bad = tmp_path / "bad"
    bad.mkdir()
    _user_lexicon(bad, "families.yaml", "nounz: {}\n")
    r = CliRunner().invoke(main, ["rules", "--rules", str(bad)])
    assert r.exit_code == 2 and "families.yaml:1: nounz: unknown key" in r.stderr
