"""A sum handed over names its recipient after it as often as before it: "awarded $4 million to
the Velm family" is the Velms' award, as "awarded the Velms $4 million" is."""

from __future__ import annotations

import pytest

from discrepancy import extract


def _money(text: str) -> dict[str, str]:
    return {
        c.span.quote: c.subject
        for c in extract(text, published="2031-03-02")
        if c.quantity is not None and c.quantity.measure == "money"
    }


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("A jury awarded $4 million to the Velm family.", "money:award|-|Velm"),
        ("The court ordered the firm to pay $4 million in damages to Orla Velm.", "money:award|-|Velm"),
        ("Jurors awarded $4 million to the parents of one pupil.", "money:award|-|parents"),
        ("The insurer was told to pay $9 million to the eight families.", "money:award|-|families"),
        ("The panel granted $2 million in punitive damages to the plaintiffs.", "money:punitive_damages|-|plaintiffs"),
    ],
)
def test_the_recipient_after_the_sum_keys_it(text: str, key: str) -> None:
    assert [k.removeprefix("quantity:")[: len(key)] for k in _money(text).values()] == [key]


def test_the_same_award_told_both_ways_meets() -> None:
    after = _money("A jury awarded $4 million to Orla Velm.")
    before = _money("A jury awarded Orla Velm $4 million.")
    assert list(after.values()) == list(before.values())


@pytest.mark.parametrize(
    "text",
    ["The firm agreed to pay $2 million to cover its legal costs.", "The council paid $2 million to repair roads."],
)
def test_a_purpose_after_to_is_no_recipient(text: str) -> None:
    assert list(_money(text).values()) == [""]
