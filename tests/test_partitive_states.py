"""A part told by what befell it after its whole ("Eight of the climbers were admitted to hospital",
"two of the injured later died", "74 of the 97 dead have been identified") counts that state among
the whole's group; a rank ("one of the largest") or a part of things is no count."""

from __future__ import annotations

from discrepancy import extract


def _subjects(text: str) -> dict[float, str]:
    return {
        c.quantity.figure: c.subject
        for c in extract(text, published="2031-05-02")
        if c.quantity is not None and c.quantity.figure is not None
    }


def test_a_part_of_a_group_counts_its_state() -> None:
    for told in (
        "A rockfall hit the Velm pass on Sunday. Nine of the hikers were taken to hospital.",
        "A rockfall hit the Velm pass on Sunday. Nine hikers were taken to hospital.",
    ):
        assert _subjects(told)[9].startswith("quantity:injured|people|"), told


def test_a_part_of_those_rescued_that_is_hurt_counts_all_the_hurt() -> None:
    told = "A ferry sank off Velm. Nine of those rescued on Monday were rushed to hospital."
    assert _subjects(told)[9].startswith("quantity:injured|people|")


def test_a_part_of_a_fate_is_that_fates_part_not_the_toll() -> None:
    subjects = _subjects("The blast in Velm killed 14 people and injured 30. Three of the injured later died.")
    assert subjects[3].startswith("quantity:deaths|injured|")
    assert subjects[14] != subjects[3]


def test_the_dead_identified_are_bodies_and_the_whole_stays() -> None:
    for told in (
        "The storm killed 61 in Velm. 40 of the 61 dead have been identified.",
        "40 of the 61 victims in Velm have now been identified.",
    ):
        subjects = _subjects(told)
        assert subjects[40].startswith("quantity:bodies:identify|people|"), told
        assert 61 in subjects and not subjects[61].startswith("quantity:bodies"), told


def test_ranks_things_and_reduced_clauses_are_no_parts() -> None:
    for told in (
        "Velm is one of the largest towns in Dorn, and one of the oldest was destroyed.",
        "Two of the three bridges were destroyed in Velm.",
    ):
        assert 1 not in _subjects(told) and 2 not in _subjects(told), told


def test_a_part_of_them_is_a_part_of_the_count_told_before() -> None:
    for told in (
        "The blast in Velm injured 30 people. Three of them later died.",
        "The blast in Velm injured 30 people, three of whom died in hospital.",
    ):
        assert _subjects(told)[3].startswith("quantity:deaths|injured|"), told


def test_a_participle_after_the_whole_names_its_fate() -> None:
    subjects = _subjects("The blast in Velm killed 14 people. Three of the people injured in the blast later died.")
    assert subjects[3].startswith("quantity:deaths|injured|")
    told = "Nine of the hikers rescued on Monday were rushed to hospital in Velm."
    assert _subjects(told)[9].startswith("quantity:injured|people|")


def test_a_part_reads_past_the_words_that_tell_who_its_whole_is() -> None:
    # one piece of logic (`parts.past_whole`) passes a whole's place, a group joined to it and where
    # it was, with its size told or not
    for told, subject in (
        ("The ferry sank off Velm. Two of the passengers and crew on board died.", "quantity:deaths|people|"),
        (
            "The ferry sank off Velm. Two of the passengers aboard the ferry were taken to hospital.",
            "quantity:injured|",
        ),
        ("A rockfall hit Velm. Nine of the hikers in the group from Dorn were taken to hospital.", "quantity:injured|"),
    ):
        assert _subjects(told)[2 if "Two" in told else 9].startswith(subject), told
    assert _subjects("The plane crashed near Velm, killing 179 of the 181 people aboard the plane.")[179].startswith(
        "quantity:deaths|people|"
    )


def test_a_whole_said_to_be_on_board_counts_those_on_board() -> None:
    for told in (
        "The plane crashed at Velm. All but two of the 181 passengers and crew on board were killed.",
        "The plane crashed at Velm. All but two of the 181 people aboard were killed.",
    ):
        assert _subjects(told)[181].startswith("quantity:on_board|people|"), told


def test_a_whole_named_by_its_fate_with_its_size_gives_the_parts_fate() -> None:
    subjects = _subjects("Officials said 12 of the 85 people injured in the collision at Velm later died.")
    assert subjects[12].startswith("quantity:deaths|injured|")
    assert subjects[85].startswith("quantity:injured|people|")


def test_a_whole_sized_in_words_or_set_off_by_an_aside_is_read_as_in_figures() -> None:
    for told in (
        "The plane crashed at Velm. Four of the six crew were killed.",
        "The plane crashed at Velm. Four of the six crew on the flight, arriving from Dorn, were killed.",
    ):
        assert _subjects(told)[4].startswith("quantity:deaths|crew|"), told
    for told in ("Two of the three bridges were destroyed in Velm.", "One of the 2 bridges in Velm was destroyed."):
        assert not any(s.startswith("quantity:destroyed") for s in _subjects(told).values()), told


def test_a_verb_before_a_clause_of_its_own_is_the_parts() -> None:
    # "died" is the part's verb, not a participle naming the whole: the clause after "when" has its own
    assert _subjects("A storm hit Velm. Two of the climbers died when the ice wall collapsed.")[2].startswith(
        "quantity:deaths|people|"
    )
    assert not _subjects("Nine of the 14 infected people died when the fever struck Velm.")[14].startswith(
        "quantity:deaths|"
    )
