from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seeds() -> Path:
    path = SHARED / "corpus" / "seeds"
    if not path.is_dir():
        pytest.skip(f"the shared seed corpus is not beside the project ({path} missing)")
    return path
