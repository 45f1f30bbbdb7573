"""Two people an article names with one surname ("Ana Kovel, 22" and her uncle "Boris Kovel, 37")
are two owners: each age is keyed by first name and surname, so they never meet as one person's
two ages. A surname given after one first name keeps its short key."""

from __future__ import annotations

from discrepancy import extract


def _age_owners(text: str) -> dict[float, str]:
    return {
        c.quantity.figure: c.quantity.owner or ""
        for c in extract(text, published="2031-05-02")
        if c.quantity is not None and c.quantity.measure == "age" and c.quantity.figure is not None
    }


def test_two_people_of_one_surname_are_two_owners() -> None:
    text = (
        "Among the dead was Ana “Mei” Kovel, 22, a student from Velm. "
        "“She was our pride,” said her uncle, Boris Kovel, 37."
    )
    owners = _age_owners(text)
    assert owners[22] != owners[37]


def test_one_person_keeps_the_surname_key() -> None:
    assert _age_owners("Among the dead was Ana Kovel, 22, a student from Velm.") == {22: "Kovel"}
