"""An area named after a figure is that figure's, never the next figure's in the next part of the
sentence. Invented sentences; the first test failed before the change."""

from __future__ import annotations

from discrepancy import extract


def _subjects(text: str) -> dict[str, str]:
    return {c.span.quote: c.subject for c in extract(text, published="2031-07-20") if c.kind == "quantity"}


def test_the_province_after_the_first_toll_is_not_the_second_tolls() -> None:
    got = _subjects("The quake killed 300 people in Velm province and 120 in the city of Orvel.")
    assert "in velm" not in got["120"]


def test_an_area_opening_the_part_of_the_figure_is_its_own() -> None:
    got = _subjects("Fighting in the province of Varta has killed 2,000 people.")
    assert "|in varta|" in got["2,000 people"]


def test_a_place_owning_the_toll_is_the_counts_place() -> None:
    got = _subjects(
        "Storm Velma killed 200 people across the region. Dorn's death toll rose to 104. Karsk's toll stood at 20."
    )
    assert "|in dorn|" in got["104"] and "|in karsk|" in got["20"]


def test_a_place_set_before_a_toll_with_with_is_its_place() -> None:
    got = _subjects(
        "Storm Velma killed 200 people across the region. Dorn, with at least 116 dead, was hit hardest. "
        "In Karsk, 20 people died."
    )
    assert "|in dorn|" in got["at least 116 dead"]
