"""A size said of a thing's own name is that thing's size, as one said of a common noun is."""

from __future__ import annotations

from discrepancy import extract


def _subjects(text: str) -> dict[str, str]:
    return {c.span.quote: c.subject for c in extract(text, published="2031-05-02") if c.quantity is not None}


def test_a_size_said_of_a_name_is_keyed_by_the_name() -> None:
    one = _subjects("Built for crew and cargo, Velmstar measures 394 feet tall and has 33 engines.")
    two = _subjects("The nearly 400-foot Velmstar carried no people.")
    three = _subjects("The largest rocket ever built, the 394 feet (120 meters) tall Velmstar rose from the pad.")
    assert one["394 feet"] == "quantity:length|-|-|-|velmstar|-"
    assert two["nearly 400-foot"] == "quantity:length|-|-|-|velmstar|-"
    assert three["394 feet (120 meters)"] == "quantity:length|-|-|-|velmstar|-"


def test_a_names_head_is_the_thing_and_a_place_the_lexicon_knows_is_none() -> None:
    assert _subjects("The 1,000-metre Velm Bridge collapsed.")["1,000-metre"] == "quantity:length|-|-|-|bridge|-"
    assert _subjects("The trip to the 120-metre Kyiv took a day.")["120-metre"] == ""


def test_a_day_or_a_place_a_preposition_governs_is_no_thing_measured() -> None:
    assert _subjects("The lake Velmsee reached 5.31 meters this Sunday.")["5.31 meters"] == ""
    text = "The maximum height over the Velm River near Dorn National Airport is 200 feet."
    assert "river" not in _subjects(text)["200 feet"]
