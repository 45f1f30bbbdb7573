"""Who a casualty count counts when a capitalised word names them.

A nation's dead are one population however an article names them ("300 Chileans", "two Chilean
nationals", "the number of Chilean deaths rose to"), a part of any whole; a sentence's full stop
never hides the noun before it; and a capitalised plural with nothing after it ("10 Marines", a
headline's "40 Pilgrims") is what its figure counts."""

from __future__ import annotations

from discrepancy import extract


def _keys(text: str) -> dict[str, str]:
    return {c.span.quote: c.subject for c in extract(text, published="2031-05-02") if c.kind == "quantity"}


def test_a_nations_dead_at_the_end_of_a_sentence() -> None:
    keys = _keys("Among the dead were more than 300 Chileans. Most had no permits.")
    assert keys["more than 300 Chileans"].split("|")[:2] == ["quantity:deaths", "chilean people"]


def test_a_nation_named_three_ways_is_one_population() -> None:
    keys = _keys(
        "The number of Chilean deaths alone had risen to “at least 250,” the ministry said. "
        "A later blast killed 40 Chileans. Two Chilean nationals were injured."
    )
    assert keys["at least 250"].split("|")[1] == "chilean people"
    assert keys["40 Chileans"].split("|")[1] == "chilean people"
    assert keys["Two Chilean nationals"].split("|")[1] == "chilean people"


def test_a_capitalised_plural_after_a_figure_is_counted() -> None:
    keys = _keys("Officials said those killed included 7 Marines, two Army soldiers and a Navy medic.")
    assert keys["7 Marines"].split("|")[:2] == ["quantity:deaths", "marine"]


def test_a_capitalised_place_before_a_noun_is_not_counted() -> None:
    keys = _keys("The gunman killed 9 Dallas teachers.")
    assert keys["9 Dallas teachers"].split("|")[1] == "teacher"
