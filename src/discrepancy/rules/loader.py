"""Loading rule files: ``rules/<group>/<id>.yaml``; errors name the file, the line and the key."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from ..lexicon import _SAFE_LOADER, default_rules_dir
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
        data = yaml.load(text, Loader=_SAFE_LOADER)
    except yaml.YAMLError:
        data = None  # read again below by PyYAML's own loader, whose message names the problem
    if data is None:
        try:
            yaml.compose(text)
            data = yaml.safe_load(text)
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            line = f":{mark.line + 1}" if mark is not None else ""
            raise RuleFileError(f"{path}{line}: invalid YAML: {getattr(err, 'problem', err)}") from None
    if not isinstance(data, dict):
        raise RuleFileError(f"{path}:1: a rule file must be a mapping")
    if data.get("id") != path.stem:
        raise RuleFileError(
            f"{path}:{_line_of(yaml.compose(text), ['id']) or 1}: id: must equal the file name {path.stem!r}"
        )
    try:
        return Rule.model_validate({**data, "path": str(path)})
    except ValidationError as err:
        first = err.errors()[0]
        loc = [x for x in first["loc"]]
        key = ".".join(str(x) for x in loc) or "(rule)"
        lineno = _line_of(yaml.compose(text), loc) or 1
        raise RuleFileError(f"{path}:{lineno}: {key}: {first['msg']}") from None


_DATA_FOLDERS = {"lexicon", "grammar"}  # vocabulary and sentence structure, not rules


def rule_files(rules_dir: Path) -> list[Path]:
    return sorted(p for p in rules_dir.rglob("*.yaml") if not _DATA_FOLDERS & set(p.relative_to(rules_dir).parts))


def load_rules(extra_dirs: Sequence[str | Path] = ()) -> list[Rule]:
    """The bundled rules, then each extra folder's, in the order they decide a pair (see
    :func:`_ranked`). A user's rule that makes no finding on any of its own should-flag examples
    (shadowed by a rule that decides first, or that does not fit them) is a :class:`RuleFileError`."""
    dirs = (default_rules_dir(), *(Path(d).resolve() for d in extra_dirs))
    return list(_load(dirs))


@functools.lru_cache(maxsize=8)
def _load(dirs: tuple[Path, ...]) -> tuple[Rule, ...]:
    found: list[Rule] = []
    users: list[Rule] = []
    for n, d in enumerate(dirs):
        if not d.is_dir():
            raise RuleFileError(f"{d}: rules folder not found")
        for f in rule_files(d):
            rule = load_rule_file(f)
            same = next((i for i, r in enumerate(found) if r.id == rule.id), None)
            if same is None:
                found.append(rule)
            else:
                found[same] = rule  # a rule with the same id replaces the earlier one where it stood
            if n:
                users = [u for u in users if u.id != rule.id] + [rule]
    ranked = _ranked(found)
    for rule in users:
        _check_runs(rule, ranked, dirs)
    return tuple(ranked)


def _ranked(found: list[Rule]) -> list[Rule]:
    """The order in which rules decide a pair of claims (the engine takes the first that selects
    both and can compare them): each rule's ``overrides`` dropped and the rule put in the place of
    the first of them, then by ``priority``, higher first; on a tie, in file order."""
    order = list(found)
    for rule in found:
        if not rule.overrides or not any(r is rule for r in order):
            continue
        ids = [r.id for r in order]
        unknown = [o for o in rule.overrides if o not in ids]
        if unknown:
            line = _line_in_file(Path(rule.path), ["overrides"])
            known = ", ".join(sorted(i for i in ids if i != rule.id))
            raise RuleFileError(f"{rule.path}:{line}: overrides: no rule {unknown[0]!r} to override (rules: {known})")
        gone = set(rule.overrides) | {rule.id}
        at = min(i for i, r in enumerate(order) if r.id in gone)
        at -= sum(1 for r in order[:at] if r.id in gone)
        order = [r for r in order if r.id not in gone]
        order.insert(at, rule)
    return sorted(order, key=lambda r: -r.priority)  # stable: file order on a tie


def _line_in_file(path: Path, loc: Sequence[Any]) -> int:
    try:
        return _line_of(yaml.compose(path.read_text(encoding="utf-8")), loc) or 1
    except (OSError, yaml.YAMLError):
        return 1


def _check_runs(rule: Rule, ranked: list[Rule], dirs: tuple[Path, ...]) -> None:
    """A user's rule must make a finding on at least one of its own should-flag examples with the
    rules in force; else it is an error naming the first example, saying which rule decides its
    claims first (and how to win: ``priority`` or ``overrides``), or that the rule does not fire
    even alone. A rule without should-flag examples is not checked."""
    if not rule.examples.flag:
        return
    from ..lexicon import load_lexicon
    from ..testing import example_findings

    lex = load_lexicon(dirs)

    def fires(rules: list[Rule]) -> bool:
        return any(example_findings(rule, ex, rules, lex) for ex in rule.examples.flag)

    if fires(ranked):
        return
    line = _line_in_file(Path(rule.path), ["examples", "flag", 0])
    where = f"{rule.path}:{line}: examples.flag"
    if not fires([rule]):
        raise RuleFileError(
            f"{where}: rule {rule.id!r} makes no finding on any of its should-flag examples, even alone:"
            " its applies_to or params do not fit them"
        )
    before = ranked[: ranked.index(rule)]
    first = [r.id for r in before if not fires([r, rule])] or [r.id for r in before]
    if not first:
        raise RuleFileError(f"{where}: rule {rule.id!r} makes no finding on any of its should-flag examples")
    raise RuleFileError(
        f"{where}: rule {rule.id!r} never decides its own should-flag examples: {', '.join(first)}"
        f" {'decides' if len(first) == 1 else 'decide'} those claims first; give it 'priority: {max(r.priority for r in before) + 1}'"
        f" or 'overrides: [{first[0]}]' (docs/rules.md)"
    )
