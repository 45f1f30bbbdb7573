"""The bundled fixtures: each folder scored against its expected.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest

from discrepancy import check
from discrepancy.testing import score

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EXPECTED = sorted(FIXTURES.glob("*.expected.yaml"))


def test_fixtures_exist() -> None:
    assert len(EXPECTED) >= 4, "fixtures/ should hold several topics with expectations"


@pytest.mark.parametrize("expected", EXPECTED, ids=[p.name.split(".")[0] for p in EXPECTED])
def test_fixture(expected: Path) -> None:
    corpus = expected.with_name(expected.name.split(".")[0])
    report = check([corpus])
    result = score(expected, report, corpus)
    assert result.ok, "\n".join(result.lines)
