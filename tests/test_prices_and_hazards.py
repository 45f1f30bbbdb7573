"""Wordings of a price per unit, of a glued "B" for billions, of a volcano's eruption and of the
bodies found, each read as the same fact as its commoner wording."""

from __future__ import annotations

from discrepancy import extract


def _quantities(text: str) -> list[tuple[str, float, str]]:
    return [
        (c.subject, c.quantity.figure, c.span.quote)
        for c in extract(text, published="2031-03-02")
        if c.quantity is not None
    ]


def test_per_share_is_a_share() -> None:
    subjects = {s for s, _, _ in _quantities("Velm Corp will pay $41 per share. Orlo paid $41 a share.")}
    assert len(subjects) == 1 and "share" in subjects.pop()


def test_the_price_per_share_is_not_the_share_price() -> None:
    # an offer per share and the price shares trade at are two facts, told side by side
    found = _quantities("Velm Corp will pay $41 per share. Orlo shares closed at $35.20 on Friday.")
    assert len({s for s, _, _ in found}) == 2, found


def test_a_glued_b_after_a_currency_is_billions() -> None:
    found = _quantities("Velm Corp completed its $12.4B purchase of Orlo Games on Friday.")
    assert [f for _, f, _ in found] == [12_400_000_000.0], found


def test_an_eruption_is_the_hazard_of_its_toll() -> None:
    found = _quantities("The eruption of Mount Velm killed nine hikers on Sunday.")
    assert found and "eruption" in found[0][0], found


def test_the_bodies_of_hikers_are_bodies_found() -> None:
    found = _quantities("The bodies of nine hikers were recovered from Mount Velm after the eruption.")
    assert found and found[0][0].startswith("quantity:bodies|"), found
