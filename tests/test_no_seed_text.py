"""Nothing in code, rules or fixtures names a seed outlet or copies a seed sentence."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _project_text() -> str:
    parts = []
    for folder in ("src", "rules", "fixtures"):
        for p in sorted((ROOT / folder).rglob("*")):
            if p.is_file() and p.suffix in {".py", ".yaml", ".md", ".txt", ".jsonl"}:
                parts.append(p.read_text(encoding="utf-8"))
    return "\n".join(parts)


def test_no_seed_outlet_or_sentence(seeds: Path) -> None:
    project = _project_text()
    lowered = " ".join(project.lower().split())
    for article in sorted(seeds.glob("*.md")):
        text = article.read_text(encoding="utf-8")
        meta = yaml.safe_load(text.split("---")[1])
        outlet = str(meta["source"]).split("(")[0].strip()
        # as a name: "The National" the outlet, not "the National Weather Service"
        as_name = re.compile(rf"\b{re.escape(outlet)}\b(?!\s+[A-Z])")
        assert not as_name.search(project), f"{outlet!r} (a seed outlet) appears in the project"
        body = text.split("---", 2)[2]
        for sentence in re.split(r"(?<=[.!?])\s+", body):
            words = sentence.split()
            # any run of 9 consecutive words of a seed sentence would be a copy
            for i in range(0, max(0, len(words) - 8)):
                run = " ".join(words[i : i + 9]).lower()
                assert run not in lowered, f"seed text copied into the project: {run!r} ({article.name})"
