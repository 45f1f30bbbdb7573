"""A count of bodies keeps apart by the verb it is the subject of ("88 bodies were identified",
"78 bodies were handed over", "26 bodies were recovered": brought out, which lags their finding),
but a verb that says only that the bodies were found keeps them bodies, as "the bodies of 26 people
were found" does; a place the reading layer took as the verb's particle ("identified in Dorn") is
no part of the key."""

from __future__ import annotations

from discrepancy import extract


def _subject(text: str) -> str:
    (claim,) = [c for c in extract(text, published="2031-01-02") if c.kind == "quantity"]
    return claim.subject


def test_bodies_found_meet_the_bodies_of() -> None:
    told = _subject("After the fire near Velm, the charred bodies of 26 people were found.")
    assert _subject("After the fire near Velm, 26 charred bodies were found in the forest.") == told
    assert _subject("After the fire near Velm, 26 bodies were discovered near the road.") == told
    assert told.startswith("quantity:bodies|")


def test_bodies_otherwise_treated_stay_apart() -> None:
    assert _subject("After the fire near Velm, 26 bodies were recovered.").startswith("quantity:bodies:recover|")
    assert _subject("After the fire near Velm, 26 bodies were handed over to families.").startswith(
        "quantity:bodies:hand_over|"
    )
    assert _subject("After the fire near Velm, 26 bodies have been identified in Dorn.").startswith(
        "quantity:bodies:identify|"
    )
