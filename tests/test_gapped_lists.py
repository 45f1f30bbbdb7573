"""A list of owned counts with the verb and noun left out after the first ("Velm won 208 seats, Ora
151 and Dal 121", "the Velm Party will receive 208 seats, Ora — 151, Dal — 121"): each figure counts
the seats of the name right before it."""

from __future__ import annotations

from discrepancy import extract


def _by_figure(text: str) -> dict[float, str]:
    claims = extract(text, published="2031-01-02")
    return {c.quantity.figure: c.subject for c in claims if c.kind == "quantity" and c.quantity}


def test_a_list_with_commas_gives_each_name_its_seats() -> None:
    got = _by_figure("In the Velmish election, the Velm Party won 208 seats, Ora 151 and Dal 121.")
    assert "|Ora|" in got[151] and "|Dal|" in got[121]
    assert got[151].split("|")[:2] == got[208].split("|")[:2]


def test_a_list_with_dashes() -> None:
    got = _by_figure("The Velm Party will receive 208 seats, the Ora Party — 151, and Dal — 121.")
    assert "|Ora|" in got[151] and "|Dal|" in got[121]


def test_no_list_of_a_toll_by_names() -> None:
    assert 5 not in _by_figure("The fire in Velm killed 12 people, Ora 5.")


def test_seats_garnered_are_seats_won() -> None:
    garnered = _by_figure("The Velm Party garnered 208 seats in the new parliament.")[208]
    assert garnered == _by_figure("The Velm Party won 208 seats in the new parliament.")[208]
