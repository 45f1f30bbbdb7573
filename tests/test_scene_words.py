"""Words a disaster story uses for its scene: where the people were (on the boat, at the bowling alley),
who they were (climbers, hikers) and the mountain's top (peak, summit, crater). Each names one subject
however an outlet words it. Every sentence here is invented."""

from __future__ import annotations

from discrepancy import extract


def _subjects(text: str, quote: str) -> list[str]:
    """The subjects of the quantity claims whose span is exactly ``quote``."""
    return [c.subject for c in extract(text, published="2031-05-12") if c.kind == "quantity" and c.span.quote == quote]


def test_people_on_the_boat_are_those_on_board_not_the_rescued() -> None:
    text = "Survivors rescued off Kelva said there were 600 people on the boat when it sank."
    assert [s.split("|")[0] for s in _subjects(text, "600 people")] == ["quantity:on_board"]
    text = "The ferry sank off Kelva; rescuers saved 90, and there were 300 people on the vessel."
    assert [s.split("|")[0] for s in _subjects(text, "300 people")] == ["quantity:on_board"]


def test_climbers_and_hikers_are_the_people_a_toll_counts() -> None:
    climbers = _subjects(
        "Rescuers said 14 climbers were still missing after the eruption of Mount Velm.", "14 climbers"
    )
    hikers = _subjects("Rescuers said 14 hikers were still missing after the eruption of Mount Velm.", "14 hikers")
    people = _subjects("Rescuers said 14 people were still missing after the eruption of Mount Velm.", "14 people")
    assert climbers == hikers == people != []


def test_peak_summit_and_crater_anchor_one_distance() -> None:
    keys = {
        word: _subjects(f"Residents must stay out of an area within 4 km of the {word} of Mount Velm.", "4 km")
        for word in ("peak", "summit", "crater")
    }
    assert keys["peak"] == keys["summit"] == keys["crater"] != []
    assert _subjects("Residents must stay out of an area within 4 km of the harbour of Velm.", "4 km") != keys["peak"]


def test_a_count_at_one_site_of_an_attack_is_that_sites() -> None:
    text = "Police said seven people died from gunshot wounds at the bowling alley and eight were killed at the bar."
    alley, bar = _subjects(text, "seven people"), _subjects(text, "eight")
    whole = _subjects("Police said the gunman killed 15 people.", "15 people")
    assert alley and bar and whole
    assert len({alley[0], bar[0], whole[0]}) == 3


def test_a_count_at_two_sites_joined_by_and_is_the_whole() -> None:
    whole = _subjects("Police said the gunman killed 15 people.", "15 people")
    text = "Police said the gunman killed 15 people and wounded 9 at a bowling alley and bar in Velm."
    assert _subjects(text, "15 people") == whole
    text = "Police said the gunman killed 15 people at a restaurant and a bowling alley in Velm."
    assert _subjects(text, "15 people") == whole


def test_found_alive_are_the_rescued_not_the_dead_beside_them() -> None:
    text = "Officials said three were found alive and 11 were found dead after the eruption of Mount Velm."
    assert [s.split("|")[0] for s in _subjects(text, "three")] == ["quantity:rescued"]
    assert [s.split("|")[0] for s in _subjects(text, "11")] == ["quantity:deaths"]


def test_a_volcano_and_a_named_mount_are_one_mountain_for_its_height() -> None:
    volcano = _subjects("Ash rose from the 2,891-metre volcano on Sunday.", "2,891-metre")
    mount = _subjects(
        "Ash rose from the 2,891-metre (about 9,500 ft) Mount Velm on Sunday.", "2,891-metre (about 9,500 ft)"
    )
    mountain = _subjects("Climbers were on the 2,891-metre mountain when it erupted.", "2,891-metre")
    assert volcano == mount == mountain != [""]
    assert volcano != []


def test_a_second_fires_containment_is_not_the_first_fires() -> None:
    text = "The fire near Velm has been 85% contained. A second fire, known as Kelva Ridge, is 60% contained."
    first, second = _subjects(text, "85%"), _subjects(text, "60%")
    assert first and second and first != second
