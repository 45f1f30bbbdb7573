"""The lexicon's load and its folding made faster (issue 10) give the same: the garbage collector is
held off while the lexicon is built and left as it was found, and a folded key is cached by its text."""

from __future__ import annotations

import gc

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrepancy import lexicon
from discrepancy.lexicon import fold


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_left_as_it_was_found(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        with lexicon._collector_paused():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
        with pytest.raises(ValueError), lexicon._collector_paused():
            raise ValueError("a malformed lexicon")
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


@given(st.text(alphabet="aBc ’'\tÉß-", max_size=12))
def test_a_cached_fold_is_the_plain_one(s: str) -> None:
    assert fold(s) == fold.__wrapped__(s) == " ".join(s.replace("’", "'").lower().split())
