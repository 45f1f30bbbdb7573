"""A count picked out by its place ("its rearmost two coaches derailed", "the last three bodies") is a
part, never the whole; "X earlier said N" is an earlier update."""

from __future__ import annotations

from discrepancy import extract


def _claims(text: str) -> list[tuple[str, str]]:
    return [(c.subject, c.time.label()) for c in extract(text, published="2031-12-19") if c.kind == "quantity"]


def test_the_rearmost_coaches_are_a_part() -> None:
    (found,) = _claims("The train's rearmost two coaches derailed near Velm, the railway said.")
    assert found[0].split("|")[1].startswith("rearmost"), found


def test_all_coaches_are_compared() -> None:
    assert _claims("Twenty-one coaches derailed near Velm, the railway said.")[0][0].startswith("quantity:derail")


def test_what_officials_earlier_said_is_an_earlier_update() -> None:
    (found,) = _claims("Officials earlier said 30 people had died in the Velm blast.")
    assert found[1] != "2031-12-19", found


def test_a_count_told_beside_others_of_another_day_is_a_part() -> None:
    found = _claims("The bodies of two hikers were found on Monday and others on Tuesday, the Velm agency said.")
    assert [s for s, _ in found] == [""], found


def test_a_count_beside_others_of_another_fate_stays() -> None:
    assert _claims("Two hikers were killed and others injured near Velm.")[0][0].startswith("quantity:deaths")
