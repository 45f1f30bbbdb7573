"""Which count a place belongs to when a sentence gives several counts: a breakdown, a count with
its own extent, a count in brackets after a place, and a count of an earlier time."""

from __future__ import annotations

import datetime as dt

from discrepancy import extract

PUBLISHED = dt.date(2023, 3, 7)
# a second place elsewhere in the story, so that a count's place is kept as a part
OTHER_PLACE = " In Nantes, 9,000 people joined the march."


def _subjects(text: str) -> dict[str, str]:
    return {c.span.quote: c.subject for c in extract(text + OTHER_PLACE, published=PUBLISHED) if c.kind == "quantity"}


def test_a_breakdown_place_is_not_the_wholes() -> None:
    found = _subjects("The ministry counted 1.3 million marchers in the whole country including 65,000 in Rennes.")
    assert "in rennes" not in found["1.3 million marchers"]
    assert "in rennes" in found["65,000"]


def test_a_count_with_its_own_extent_keeps_it() -> None:
    found = _subjects("The union said 2.5 million people had marched across the country, and 250,000 in Rennes.")
    assert "in rennes" not in found["2.5 million people"]
    assert "in rennes" in found["250,000"]


def test_a_count_in_brackets_after_a_place_is_that_places() -> None:
    found = _subjects("Crowds ran from 65,000 in Rennes (police figures; 250,000 for the unions) to 12,000 in Brest.")
    assert "in rennes" in found["250,000"]


def test_a_count_told_with_then_and_a_past_perfect_is_not_of_today() -> None:
    text = "The turnout matched the strike of March 2, 2019. The police had then counted 700,000 marchers."
    claim = next(c for c in extract(text, published=PUBLISHED) if c.span.quote.startswith("700,000"))
    assert not claim.time.resolved


def test_a_place_right_before_the_verb_of_a_count_is_its_place() -> None:
    found = _subjects(
        "The storm has killed 40 people across the state. Earlier, flooding in St. Albans killed two people."
    )
    assert "in st. albans" in found["two people"]
    assert "in st. albans" not in found["40 people"]
