"""The core never imports the terminal layer or the output formats (STYLE: sqlfluff's contracts)."""

from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "src" / "discrepancy"
CORE = [
    "api.py",
    "models.py",
    "corpus.py",
    "group.py",
    "lexicon.py",
    "lexicon_compile.py",
    "text.py",
    "extract",
    "normalise",
    "rules",
    "gate.py",
    "index.py",
    "config.py",
    "fingerprint.py",
]
FORBIDDEN = ("discrepancy.cli", "discrepancy.report", "click", "rich")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rel = path.relative_to(PKG.parent).with_suffix("").parts
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(rel[: len(rel) - node.level])
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            out.add(mod)
            out.update(f"{mod}.{a.name}" for a in node.names)
    return out


def test_core_does_not_import_cli_or_report() -> None:
    files: list[Path] = []
    for part in CORE:
        p = PKG / part
        files.extend(sorted(p.rglob("*.py")) if p.is_dir() else [p])
    assert len(files) > 10
    for f in files:
        bad = sorted(i for i in _imports(f) if i.startswith(FORBIDDEN))
        assert not bad, f"{f.relative_to(PKG)} imports {bad}"
