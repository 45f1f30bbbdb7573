"""A toll or a population broken down by group: each part is that group's count of the measure.

"30 of those who died were Nepali nationals", "Nepalis accounted for 30 of the dead", "three other
deceased are Filipinos", "... killed 50 people. 30 of them were pilgrims", "Of the 196 residents,
175 are Nepalis", "out of the 176 Nepali workers in the block, 46 have died": the group's own count
(deaths of Nepali people, Nepali residents), never the whole's, and a count of residents never a
count of the dead."""

from __future__ import annotations

from discrepancy import extract
from discrepancy.group import group_claims
from discrepancy.models import Claim


def _keys(text: str) -> dict[str, str]:
    return {c.span.quote: c.subject for c in extract(text, published="2031-05-02") if c.kind == "quantity"}


def _key(text: str, starts: str) -> list[str]:
    return next(k for q, k in _keys(text).items() if q.startswith(starts)).split("|")


def test_a_part_of_those_who_died_is_its_nations_dead() -> None:
    text = "A fire in Velm killed 50 workers. Thirty of those who died were identified as Nepali nationals."
    assert _key(text, "Thirty")[:2] == ["quantity:deaths", "nepali people"]


def test_a_part_of_those_killed_is_its_groups_dead() -> None:
    text = "A fire in Velm killed 50 workers. Twelve of those killed were children."
    assert _key(text, "Twelve")[:2] == ["quantity:deaths", "children"]


def test_a_part_of_the_dead_told_by_a_plural_demonym() -> None:
    assert _key("A fire in Velm killed 50 workers. 30 of the dead were Indians.", "30")[:2] == [
        "quantity:deaths",
        "indian people",
    ]
    assert _key("A fire in Velm killed 50 workers. 30 of the dead are Nepalis.", "30")[:2] == [
        "quantity:deaths",
        "nepali people",
    ]


def test_a_group_that_accounted_for_part_of_the_dead() -> None:
    text = "A fire in Velm killed 50 workers. Nepalis accounted for 30 of the dead."
    assert _key(text, "30")[:2] == ["quantity:deaths", "nepali people"]


def test_other_deceased_of_a_nation_are_its_dead_not_an_addition() -> None:
    text = "A fire in Velm killed 50 workers. Three other deceased are Filipinos."
    key = _key(text, "Three")
    assert key[:2] == ["quantity:deaths", "filipino people"]
    assert key[4] == "-"  # no "one update": others than those named, not more dead


def test_a_part_of_them_after_a_toll_in_the_sentence_before() -> None:
    text = "A fire in Velm killed 50 people. 30 of them were pilgrims."
    assert _key(text, "30")[:2] == ["quantity:deaths", "pilgrim"]
    text = "A blast in Velm killed 50 people. 30 were children."
    assert _key(text, "30")[:2] == ["quantity:deaths", "children"]


def test_a_fate_after_a_toll_is_no_group() -> None:
    keys = _keys("A blast in Velm killed 50 people. 30 were wounded.")
    assert all("wounded" not in k for k in keys.values())
    assert _key("Medics said 40 people were killed and more than 30 were wounded due to the blast.", "more than 30")[
        :2
    ] == ["quantity:injured", "people"]


def test_foreign_nationals_are_foreigners() -> None:
    text = "A fire in Velm killed 50 workers, 30 of whom were foreign nationals."
    assert _key(text, "30")[:2] == ["quantity:deaths", "foreigner"]


def test_a_part_of_residents_is_a_count_of_residents() -> None:
    keys = _keys("Of the 196 residents, 175 are Nepalis, 11 Filipinos and the rest from Velm.")
    assert keys["175 are Nepalis"].split("|")[:2] == ["quantity:population", "nepali people"]
    assert keys["11 Filipinos"].split("|")[:2] == ["quantity:population", "filipino people"]
    keys = _keys("The hostel housed 196 workers; 175 are Nepalis and 11 others are Filipinos.")
    assert keys["175 are Nepalis"].split("|")[:2] == ["quantity:house", "nepali people"]
    assert keys["11 others are Filipinos"].split("|")[:2] == ["quantity:house", "filipino people"]


def test_a_part_of_a_group_counted_by_its_size_is_that_groups() -> None:
    text = "Figures show that out of the 176 Nepali workers who lived in the block, 46 have died."
    assert _key(text, "46")[:2] == ["quantity:deaths", "nepali people"]  # the nation's dead, as outlets count them
    # compared as that group's dead, where a part of a group of no named people is not compared
    assert _keys("Of the 16 Velmish citizens, 7 died.")["7"].split("|")[:2] == ["quantity:deaths", "velmish people"]


def test_a_route_names_no_nation() -> None:
    keys = _keys("A plane carrying 181 people from Thailand to South Korea crashed in Velm.")
    assert keys["181 people"].split("|")[1] == "people"


def _claim(doc: str, text: str, quote: str) -> Claim:
    c = next(c for c in extract(text, published="2031-05-02", path=doc) if c.span.quote.startswith(quote))
    return c.model_copy(update={"document": doc})


def test_a_nations_dead_never_meet_the_toll_nor_its_residents() -> None:
    claims = [
        _claim("a", "A fire in Velm killed 49 people.", "49"),
        _claim("b", "A fire in Velm killed 50 workers. 40 of the dead were Nepalis.", "40"),
        _claim("c", "A fire in Velm killed 46 Nepalis.", "46"),
        _claim("d", "Of the 196 residents, 175 are Nepalis.", "175"),
    ]
    groups = group_claims(claims)
    together = next(g for g in groups.values() if any(c.document == "b" for c in g))
    assert {c.document for c in together} == {"b", "c"}


def test_the_remains_flown_home_are_bodies_not_the_toll() -> None:
    text = "A plane carrying the mortal remains of the 45 Nepalis who died in the fire left Velm."
    assert _key(text, "45")[:2] == ["quantity:bodies", "nepali people"]


def test_a_part_of_the_victims_is_of_the_toll_told_before() -> None:
    assert _key("A fire in Velm killed 50 people. 30 of the victims were Nepalis.", "30")[:2] == [
        "quantity:deaths",
        "nepali people",
    ]
    keys = _keys("Velm police said 12 people were arrested. Two of the victims were children.")
    assert all("children" not in k for k in keys.values())  # the victims are not those arrested


def test_a_part_of_a_whole_told_with_its_size_keeps_the_whole() -> None:
    keys = _keys("Nepalis made up 30 of the 50 dead in Velm.")
    assert keys["30"].split("|")[:2] == ["quantity:deaths", "nepali people"]
    assert keys["50 dead"].split("|")[:2] == ["quantity:deaths", "people"]
    keys = _keys("In Velm, 30 of the 50 dead were Nepalis.")
    assert keys["50 dead"].split("|")[:2] == ["quantity:deaths", "people"]


def test_a_condition_after_a_casualty_noun_is_no_group() -> None:
    keys = _keys("The train crash in Velm injured 40 people; one injured is critical.")
    assert keys["one injured"].split("|")[:2] == ["quantity:injured", "people (critical)"]


def test_a_role_is_named_alike_however_the_part_is_told() -> None:
    told = [
        ("A fire in Velm killed 50 people. 12 of those who died were firefighters.", "12"),
        ("A fire in Velm killed 50 people. 12 firefighters were among the dead.", "12"),
        ("A fire in Velm killed 50 people. Firefighters accounted for 12 of the deaths.", "12"),
        ("A fire in Velm killed 50 people. Of the dead, 12 were firefighters.", "12"),
    ]
    assert {tuple(_key(text, quote)[:2]) for text, quote in told} == {("quantity:deaths", "firefighters")}


def test_a_part_by_age_is_a_band_not_a_count() -> None:
    keys = _keys("A fire in Velm killed 50 people. 12 of the dead were under 18.")
    assert keys["12 of the dead were under 18"].split("|")[:2] == ["quantity:deaths", "people (under 18)"]
    keys = _keys("The blast in Velm killed 20 children under the age of 10.")
    assert keys["20 children under the age of 10"].split("|")[:2] == ["quantity:deaths", "children (under 10)"]
    keys = _keys("The dead in Velm included 12 people over 60.")
    assert list(keys) == ["12 people over 60"]  # "over 60" is their age, no toll above 60
    keys = _keys("The fire in Velm killed 20 people over two days.")
    assert keys["20 people"].split("|")[1] == "people"
