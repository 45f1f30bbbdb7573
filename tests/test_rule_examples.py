"""Every rule's own should-flag and should-pass examples, one test case each."""

from __future__ import annotations

import pytest

from discrepancy.rules.loader import load_rules
from discrepancy.testing import rule_example_cases, run_example

CASES = list(rule_example_cases())


def test_every_rule_has_examples() -> None:
    for rule in load_rules():
        assert rule.examples.flag, f"{rule.path}: no should-flag example"
        assert rule.examples.pass_, f"{rule.path}: no should-pass example"


@pytest.mark.parametrize(("case_id", "rule", "example", "expect"), CASES, ids=[c[0] for c in CASES])
def test_rule_example(case_id: str, rule, example, expect: str) -> None:
    findings = run_example(rule, example)
    if expect == "flag":
        assert findings, f"{case_id}: expected a finding by {rule.id}, got none"
    else:
        assert not findings, f"{case_id}: expected no finding, got: {[f.message for f in findings]}"
