"""A count after "by" that a verb of change governs is the size of the change, not a level, even when
what changed is named at length between them ("lowered the toll from the weekend bombings by 90")."""

from __future__ import annotations

import pytest

from discrepancy import extract


def _figures(sentence: str) -> dict[float, str]:
    story = "Bombs hit three churches in the capital on Sunday. " + sentence
    return {c.quantity.figure: c.subject for c in extract(story, published="2024-03-05") if c.quantity is not None}


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        ("Officials lowered the death toll from the weekend bombings in the capital by more than 80 people.", 80),
        ("The ministry revised down the toll from Sunday's blasts by about 90 on Friday.", 90),
        ("The toll given by the police was reduced by 97 after a recount of the bodies.", 97),
    ],
)
def test_a_change_named_at_length_before_by_is_no_level(sentence: str, change: float) -> None:
    assert change not in _figures(sentence)


def test_a_level_after_by_that_no_change_governs_stays_a_claim() -> None:
    got = _figures("The attacks were carried out by 9 bombers, and the health ministry said 210 people died.")
    assert got[210].startswith("quantity:deaths|")
