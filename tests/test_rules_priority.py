"""A user's rule can decide before a bundled one (``priority:``, ``overrides:``, or the same id), and a
user's rule that never decides its own should-flag examples is an error naming its file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import discrepancy
from discrepancy.cli import main
from discrepancy.rules.loader import RuleFileError, load_rules

# Two papers a day apart on one army's troops: the bundled count-interval-conflict selects the pair
ARTICLES = [
    ("one.md", "Paper One", "2024-05-01", "Russia has massed 40,000 troops at the border."),
    ("two.md", "Paper Two", "2024-05-02", "Russia has massed 55,000 troops at the border."),
]


def _rule(rule_id: str, extra: str = "", measures: str = "[troops]") -> str:
    return f"""id: {rule_id}
kind: interval_overlap
description: Troop counts of one army within a week must fit together, strictly.
applies_to:
  kind: quantity
  measures: {measures}
params:
  window_days: 7
  round_tolerance: 0.0
  about_tolerance: 0.05
  open_span: null
  nearly_span: 0.1
  figure_severity: error
  far_factor: 2
severity: error
{extra}message: "{{subject}}: {{a_who}} says {{a_quote!r}}, {{b_who}} says {{b_quote!r}}"
examples:
  flag:
    - name: two-counts
      articles:
        - {{source: {ARTICLES[0][1]}, published: {ARTICLES[0][2]}, text: "{ARTICLES[0][3]}"}}
        - {{source: {ARTICLES[1][1]}, published: {ARTICLES[1][2]}, text: "{ARTICLES[1][3]}"}}
"""


def _folder(tmp_path: Path, name: str, text: str) -> Path:
    rules = tmp_path / "myrules"
    (rules / "quantity").mkdir(parents=True, exist_ok=True)
    (rules / "quantity" / f"{name}.yaml").write_text(text, encoding="utf-8")
    return rules


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, source, date, text in ARTICLES:
        (corpus / name).write_text(f"---\nsource: {source}\npublished: {date}\n---\n{text}\n", encoding="utf-8")
    return corpus


def _rules_of(report: discrepancy.Report) -> set[str]:
    return {f.rule for f in report.findings}


def test_the_bundled_rule_decides_the_pair_by_default(tmp_path: Path) -> None:
    assert _rules_of(discrepancy.check(_corpus(tmp_path))) == {"count-interval-conflict"}


def test_a_user_rule_with_priority_decides_before_the_bundled_one(tmp_path: Path) -> None:
    rules = _folder(tmp_path, "troop-count", _rule("troop-count", "priority: 1\n"))
    assert [r.id for r in load_rules([rules])][0] == "troop-count"
    report = discrepancy.check(_corpus(tmp_path), rules=[rules])
    assert _rules_of(report) == {"troop-count"}
    # the bundled rule still decides what the user's rule does not select
    assert "count-interval-conflict" in [r.id for r in load_rules([rules])]


def test_a_user_rule_overriding_a_bundled_id_takes_its_place(tmp_path: Path) -> None:
    rules = _folder(tmp_path, "strict-counts", _rule("strict-counts", "overrides: [count-interval-conflict]\n"))
    ids = [r.id for r in load_rules([rules])]
    bundled = [r.id for r in load_rules()]
    assert "count-interval-conflict" not in ids
    assert ids.index("strict-counts") == bundled.index("count-interval-conflict")
    assert _rules_of(discrepancy.check(_corpus(tmp_path), rules=[rules])) == {"strict-counts"}


def test_a_user_rule_with_a_bundled_id_replaces_it(tmp_path: Path) -> None:
    rules = _folder(tmp_path, "count-interval-conflict", _rule("count-interval-conflict", measures="[troops]"))
    (rule,) = [r for r in load_rules([rules]) if r.id == "count-interval-conflict"]
    assert rule.path.startswith(str(rules.resolve())) and rule.applies_to.measures == ["troops"]
    assert [r.id for r in load_rules([rules])] == [r.id for r in load_rules()]  # in the bundled one's place


def test_a_shadowed_user_rule_is_an_error_naming_file_line_and_the_rule_first(tmp_path: Path) -> None:
    rules = _folder(tmp_path, "troop-count", _rule("troop-count"))
    path = rules.resolve() / "quantity" / "troop-count.yaml"
    with pytest.raises(RuleFileError) as err:
        load_rules([rules])
    message = str(err.value)
    line = next(i for i, t in enumerate(path.read_text().splitlines(), 1) if "- name: two-counts" in t)
    assert message.startswith(f"{path}:{line}: examples.flag: "), message
    assert "count-interval-conflict decides those claims first" in message
    assert "priority: 1" in message and "overrides: [count-interval-conflict]" in message
    # the command line: one line, exit 2
    r = CliRunner().invoke(main, ["check", str(_corpus(tmp_path)), "--rules", str(rules)])
    assert r.exit_code == 2, r.output
    assert f"troop-count.yaml:{line}: examples.flag" in r.stderr


def test_a_user_rule_that_never_fires_even_alone_is_an_error(tmp_path: Path) -> None:
    text = _rule("troop-count", "priority: 5\n", measures="[rainfall]")  # selects nothing in its examples
    rules = _folder(tmp_path, "troop-count", text)
    with pytest.raises(RuleFileError, match=r"troop-count\.yaml:\d+: examples\.flag: .*even alone"):
        load_rules([rules])


def test_overriding_an_unknown_id_is_an_error_with_its_line(tmp_path: Path) -> None:
    rules = _folder(tmp_path, "strict-counts", _rule("strict-counts", "overrides: [count-interval-confict]\n"))
    with pytest.raises(RuleFileError, match=r"strict-counts\.yaml:16: overrides: no rule 'count-interval-confict'"):
        load_rules([rules])


def test_rules_lists_the_order_in_force_with_priority(tmp_path: Path) -> None:
    rules = _folder(tmp_path, "troop-count", _rule("troop-count", "priority: 1\n"))
    out = CliRunner().invoke(main, ["rules", "--rules", str(rules)]).stdout
    listed = [line.split()[0] for line in out.split("\n\n")[0].splitlines()[1:]]
    assert listed[0] == "troop-count" and "priority 1" in out


def test_json_report_names_the_user_rule(tmp_path: Path) -> None:
    rules = _folder(tmp_path, "troop-count", _rule("troop-count", "priority: 1\n"))
    r = CliRunner().invoke(
        main, ["check", str(_corpus(tmp_path)), "--rules", str(rules), "--format", "json", "--fail-on", "warning"]
    )
    assert r.exit_code == 1, r.stderr
    assert {f["rule"] for f in json.loads(r.stdout)["findings"]} == {"troop-count"}
