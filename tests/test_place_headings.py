"""A toll broken down by place: under headings that name places, and a country's part of a whole.

An article that breaks a toll down under headings ("Velmland", "North Karsk" on lines of their own)
counts each passage's figures for its heading's place, never for the whole; and a country given a
count below the whole the article gives near it ("killed at least 116 ... 25 have died in Georgia")
is a part, as a town or a state so told is."""

from __future__ import annotations

from discrepancy import extract

_BREAKDOWN = (
    "The death toll from Storm Dorn had risen to at least 24 by Friday. Seven of the deaths were in Velmland "
    "and 11 in North Karsk, with six in Orvel.\n"
    "Here is a breakdown:\n"
    "Velmland\n"
    "Seven deaths have been confirmed. One person died on a highway in Tarn.\n"
    "North Karsk\n"
    "Officials have reported 11 storm-related fatalities.\n"
    "Orvel\n"
    "Six people died.\n"
)


def _anchors(text: str) -> dict[str, str]:
    return {
        c.span.quote: c.subject.split("|")[4] for c in extract(text, published="2031-05-02") if c.kind == "quantity"
    }


def test_a_count_under_a_place_heading_is_that_places() -> None:
    anchors = _anchors(_BREAKDOWN)
    assert anchors["Seven deaths"] == "in velmland"
    assert anchors["11 storm-related fatalities"] == "in north karsk"
    assert anchors["Six people"] == "in orvel"
    assert anchors["at least 24"] == "-"  # the whole, told before any heading
    assert anchors["One person"] == "in tarn"  # a place of its own


def test_one_heading_or_a_heading_never_used_as_a_place_names_no_part() -> None:
    one = "Storm Dorn killed at least 24 people, seven of them in Velmland and 11 in Orvel.\nVelmland\nNine people died.\n"
    assert _anchors(one)["Nine people"] == "-"
    unused = "Storm Dorn killed at least 24 people.\nLatest News\nNine people died.\nWeather Desk\nFour died.\n"
    assert _anchors(unused)["Nine people"] == "-"


def test_a_countrys_count_below_the_whole_is_a_part() -> None:
    anchors = _anchors(
        "Storm Dorn killed at least 116 people across the region. In North Karsk, 46 people have died. "
        "At least 25 people have died in Georgia, a spokesperson said."
    )
    assert anchors["at least 116 people"] == "-"
    assert anchors["At least 25 people"] == "in georgia"


def test_a_countrys_count_that_is_the_whole_stays_the_whole() -> None:
    anchors = _anchors("Storm Dorn killed at least 116 people in Georgia on Friday. Officials said 116 had died.")
    assert anchors["at least 116 people"] == "-"


def test_a_vague_count_in_a_country_is_no_part() -> None:
    anchors = _anchors("Dozens were killed in Moldova military raids. Officials said at least 200 people died.")
    assert anchors["Dozens"] == "-"
