"""Who a count is: a part of a toll named by nation, by home town or by kin, the whole of a
part ("nine of the 14 infected people died"), labels in a list ("wards 3 and 4"), a count in a
headline's run of counts, and figures that count nothing (a fraction of a person, all valid votes)."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract


def _subjects(
    sentence: str, lead: str = "A bus crashed near Arusha on Monday, killing 31 people. "
) -> dict[float, str]:
    return {
        c.quantity.figure: c.subject
        for c in extract(lead + sentence, published="2024-03-05")
        if c.quantity is not None and c.subject is not None
    }


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("One Dutch national was among those killed.", 1),
        ("Two Japanese had minor injuries.", 2),
        ("Three Chinese were hurt, the embassy said.", 3),
        ("One Oslo resident was also injured.", 1),
        ("Doctors tested one of the dead and four of his kin.", 4),
    ],
)
def test_a_part_named_by_nation_home_or_kin_is_its_own_population(sentence: str, figure: float) -> None:
    subject = _subjects(sentence)[figure]
    assert "|people|" not in subject


def test_the_whole_of_a_part_is_no_count_of_what_the_part_did() -> None:
    got = _subjects("Nine of the 14 infected people died when the fever first struck in 2018.")
    assert not got[14].startswith("quantity:deaths|")


def test_the_whole_of_a_part_named_by_its_own_noun_keeps_its_measure() -> None:
    got = _subjects("Only 3 of the 26 survivors could walk.")
    assert got[26].startswith("quantity:rescued|")  # survivors are those rescued


def test_the_state_after_the_next_figure_of_a_headline_run_is_that_figures() -> None:
    got = _subjects("Blast at depot injuring 400 people 12 confirmed dead", lead="")
    assert got[400].startswith("quantity:injured|")
    assert got[12].startswith("quantity:deaths|")


def test_labels_in_a_list_count_nothing() -> None:
    got = _subjects("The district declared wards 3, 4 and 5 containment zones, and 20 people were tested.")
    assert 3 not in got
    assert got[20]


def test_a_count_with_a_fraction_counts_nothing() -> None:
    got = _subjects("Results were in with 98.96 of votes tallied, and Ruiz had 1.2 million votes.", lead="")
    assert 98.96 not in got
    assert 1_200_000 in got


def test_all_valid_votes_are_not_one_candidates_votes() -> None:
    got = _subjects("The count covered 117,305,567 valid votes; Ruiz had 57,200,000 votes.", lead="")
    assert got[117_305_567].split("|")[1] != got[57_200_000].split("|")[1]


def test_a_share_of_voting_machines_counted_is_how_far_the_count_has_got() -> None:
    got = _subjects("Ruiz led with 99.1% of voting machines counted, the court said.", lead="")
    assert "count_progress" in got[99.1]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The train had nine coaches, and only the last two coaches stayed on the track.", 2),
        ("The remaining 12 passengers were rescued by boat.", 12),
        ("Six leading cars were crushed in the tunnel.", 6),
    ],
)
def test_a_part_picked_by_its_place_in_the_group_is_never_the_whole(sentence: str, figure: float) -> None:
    subject = _subjects(sentence)[figure]
    assert subject.split("|")[1].split()[0] in ("last", "remaining", "leading")


def test_the_first_count_of_a_running_toll_is_that_toll() -> None:
    got = _subjects("A day later the first six deaths were reported.", lead="An outbreak was declared on Friday. ")
    assert got[6].startswith("quantity:deaths|people|")


@pytest.mark.parametrize(
    "sentence",
    [
        "Among them, 12 were schoolchildren.",
        "Of them, 12 were schoolchildren, the governor said.",
        "Among those, 12 were schoolchildren.",
        "Among them were 12 schoolchildren.",
        "Among the dead, 12 were schoolchildren.",
    ],
)
def test_a_sentence_opening_on_the_toll_before_counts_its_parts(sentence: str) -> None:
    # "them" stands for the count told just before: its parts share its fate, not its size
    assert _subjects(sentence)[12].startswith("quantity:deaths|students")


def test_among_a_group_no_word_counts_leaves_each_part_its_own_fate() -> None:
    got = _subjects("Among the 60 on the bus, 20 pilgrims and two drivers lost their lives.")
    assert got[20].startswith("quantity:deaths|pilgrim")


def test_a_pronoun_for_a_count_of_no_fate_opens_no_breakdown() -> None:
    got = _subjects("Among them, 12 were schoolchildren.", lead="Some 900 workers marched in Arusha. ")
    assert not got.get(12, "").startswith("quantity:protesters|")


def test_a_count_that_names_its_own_noun_is_no_part_of_the_opening_group() -> None:
    got = _subjects("Of the dead, 12 were schoolchildren, out of 40 deaths in the region.")
    assert got[40].startswith("quantity:deaths|people|")


def test_a_breakdown_is_of_the_day_of_the_count_it_breaks_down() -> None:
    # the article is of May 6; the count it breaks down is told as of May 3, and so are its parts
    text = (
        "The pilgrimage began on April 27 and by May 3, the toll included 41 people from Velmora. "
        "Among them, 30 were unregistered pilgrims out of the total 141 deaths from Velmora."
    )
    days = {c.span.quote: c.time.start for c in extract(text, published="2031-05-06") if c.quantity is not None}
    assert days["141 deaths"] == dt.date(2031, 5, 3), days
    assert days["41 people"] == dt.date(2031, 5, 3), days
