"""A part that is the object of the verb before it ("the crash killed 179 of the 181 people on
board", "rescuers saved 12 of the 40 crew"): the part counts that verb's state among the whole's
group, and the whole keeps where it was ("on board") rather than a bare count of people."""

from __future__ import annotations

from discrepancy import extract


def _counts(text: str) -> dict[float, str]:
    claims = extract(text, published="2031-01-02")
    return {c.quantity.figure: c.subject for c in claims if c.kind == "quantity" and c.quantity}


def test_the_part_killed_is_a_toll() -> None:
    got = _counts("The jet crashed at Velm, killing 179 of the 181 passengers and crew on board.")
    told = _counts("The jet crashed at Velm and 179 people were killed.")
    assert got[179] == told[179]


def test_the_part_rescued_counts_the_whole_group() -> None:
    got = _counts("Rescuers at Velm saved 12 of the 40 crew.")
    assert got[12].startswith("quantity:rescued|crew")


def test_a_negated_verb_says_nothing_of_the_part() -> None:
    assert 3 not in _counts("The crash at Velm did not kill 3 of the 10 passengers.")


def test_the_whole_on_board_stays_on_board() -> None:
    whole = _counts("None of the 181 people on board the Velm Air jet survived the crash.")[181]
    assert whole == _counts("The Velm Air jet crashed with 181 people on board.")[181]
