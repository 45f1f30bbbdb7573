"""Every grammar entry (rules/grammar/*.yaml) is documented, used by its module, and its examples hold."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import regex as re
import yaml

from discrepancy.grammar import GrammarError, Section, grammar_dir, section

SRC = Path(__file__).resolve().parents[1] / "src" / "discrepancy"
FILES = sorted(grammar_dir().glob("*.yaml"))
ENTRIES = [
    pytest.param(path.stem, key, entry, id=f"{path.stem}:{key}")
    for path in FILES
    for key, entry in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items()
]


def _file(name: str) -> dict[str, Any]:
    return yaml.safe_load((grammar_dir() / f"{name}.yaml").read_text(encoding="utf-8")) or {}


def _module_source(name: str) -> str:
    """The source of the module that reads grammar section ``name``."""
    owners = [p for p in SRC.rglob("*.py") if f'section("{name}")' in p.read_text(encoding="utf-8")]
    assert len(owners) == 1, f"grammar/{name}.yaml must be read by exactly one module: {owners}"
    return owners[0].read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "key", "entry"), ENTRIES)
def test_entry(name: str, key: str, entry: dict[str, Any]) -> None:
    assert entry.get("doc") and "TODO" not in entry["doc"], f"{name}:{key} needs a doc"
    kind = "re" if "regex" in entry else "words"
    in_patterns = kind == "words" and any(f"{{{{{key}}}}}" in str(e.get("regex", "")) for e in _file(name).values())
    assert in_patterns or f'G.{kind}("{key}")' in _module_source(name), f"{name}:{key} is not used by its module"
    if kind == "words":
        assert entry["words"], f"{name}:{key} lists no words"
        return
    use = entry.get("use", "search")
    assert use in ("search", "match", "fullmatch"), f"{name}:{key}: use is search, match or fullmatch"
    apply = getattr(section(name).re(key), use)
    assert entry.get("match") and entry.get("no_match"), f"{name}:{key} needs match and no_match examples"
    for text in entry["match"]:
        assert apply(text), f"{name}:{key} must {use} {text!r}"
    for text in entry["no_match"]:
        assert not apply(text), f"{name}:{key} must not {use} {text!r}"


def test_errors_name_the_file_and_key(tmp_path: Path) -> None:
    bad = Section(tmp_path / "x.yaml", {"a": {"doc": "d", "regex": "("}, "b": {"doc": "d", "words": [True]}})
    with pytest.raises(GrammarError, match=r"x\.yaml: a: invalid regex"):
        bad.re("a")
    with pytest.raises(GrammarError, match=r"x\.yaml: b: `words` must be a list of text"):
        bad.words("b")
    with pytest.raises(GrammarError, match=r"x\.yaml: c: no entry"):
        bad.re("c")


def test_a_pattern_takes_a_word_list_of_its_file() -> None:
    g = Section(
        Path("x.yaml"),
        {"nouns": {"doc": "d", "words": ["gunman", "gun"]}, "a": {"doc": "d", "regex": r"\bthe ({{nouns}})\b"}},
    )
    assert g.re("a").search("the gunman fled").group(1) == "gunman"  # the longest word first
    assert g.re("a").search("the gun.").group(1) == "gun"
    assert not g.re("a").search("the gunmen")
    with pytest.raises(GrammarError, match=r"x\.yaml: b: \{\{verbs\}\} names no word list of this file"):
        Section(Path("x.yaml"), {"b": {"doc": "d", "regex": "{{verbs}}"}}).re("b")


def test_every_module_section_has_a_file() -> None:
    names = {m for p in SRC.rglob("*.py") for m in re.findall(r'section\("(\w+)"\)', p.read_text(encoding="utf-8"))}
    assert names == {p.stem for p in FILES}
