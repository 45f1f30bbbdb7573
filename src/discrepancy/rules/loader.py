"""Loading rule files: ``rules/<group>/<id>.yaml``; errors name the file, the line and the key."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from ..lexicon import default_rules_dir
from .schema import Rule


class RuleFileError(Exception):
    """A rule file is invalid. ``str()`` is one line: path:line: key: problem."""


def _line_of(node: yaml.Node | None, loc: Sequence[Any]) -> int | None:
    """The line (1-based) of the YAML node at a pydantic error location."""
    if node is None:
        return None
    line = node.start_mark.line + 1
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if k.value == key or (key == "pass_" and k.value == "pass"):
                    node, line = v, k.start_mark.line + 1
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def load_rule_file(path: Path) -> Rule:
    text = path.read_text(encoding="utf-8")
    try:
        node = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise RuleFileError(f"{path}{line}: invalid YAML: {getattr(err, 'problem', err)}") from None
    if not isinstance(data, dict):
        raise RuleFileError(f"{path}:1: a rule file must be a mapping")
    if data.get("id") != path.stem:
        raise RuleFileError(f"{path}:{_line_of(node, ['id']) or 1}: id: must equal the file name {path.stem!r}")
    try:
        return Rule.model_validate({**data, "path": str(path)})
    except ValidationError as err:
        first = err.errors()[0]
        loc = [x for x in first["loc"]]
        key = ".".join(str(x) for x in loc) or "(rule)"
        lineno = _line_of(node, loc) or 1
        raise RuleFileError(f"{path}:{lineno}: {key}: {first['msg']}") from None


_DATA_FOLDERS = {"lexicon", "grammar"}  # vocabulary and sentence structure, not rules


def rule_files(rules_dir: Path) -> list[Path]:
    return sorted(p for p in rules_dir.rglob("*.yaml") if not _DATA_FOLDERS & set(p.relative_to(rules_dir).parts))


def load_rules(extra_dirs: Sequence[str | Path] = ()) -> list[Rule]:
    """The bundled rules, then each extra folder's; a rule with the same id overrides."""
    dirs = (default_rules_dir(), *(Path(d).resolve() for d in extra_dirs))
    return list(_load(dirs))


@functools.lru_cache(maxsize=8)
def _load(dirs: tuple[Path, ...]) -> tuple[Rule, ...]:
    rules: dict[str, Rule] = {}
    for d in dirs:
        if not d.is_dir():
            raise RuleFileError(f"{d}: rules folder not found")
        for f in rule_files(d):
            rule = load_rule_file(f)
            rules[rule.id] = rule
    return tuple(rules.values())
