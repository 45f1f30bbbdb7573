"""A toll named as the subject of a verb of change owns the figure after the verb, however long the
subject runs ("the death count in the ... has increased to 57"), before any state word after it."""

from __future__ import annotations

import pytest

from discrepancy import extract


def _measures(text: str) -> dict[str, str]:
    return {
        c.span.quote: c.quantity.measure
        for c in extract(text, published="2030-05-08")
        if c.quantity is not None and c.quantity.measure
    }


@pytest.mark.parametrize(
    "text",
    [
        "The death count from the blast at a fuel depot in the northern port city of Varna has increased to 57 and has left 30 injured.",
        "The death toll from the blast on Monday (May 6) night at the depot in the port has risen to 57, with 30 injured.",
    ],
)
def test_the_toll_owns_its_figure(text: str) -> None:
    measures = _measures(text)
    assert measures.get("57") == "deaths" and measures.get("30 injured") == "injured", measures
