"""What a casualty count counts, and of which occurrence.

A toll's composition is not its scope ("the number of dead, mostly guards, reached 40" counts people);
a noun in a complement of the toll ("the toll from a blast targeting guards") is not who is counted;
"martyrs" are the dead; "no-one" is no figure; "opened fire" tells no fire; the wounded told right
after an armed force's dead ("9 soldiers were killed and 14 wounded") are that force's; and the
words outlets use for one bombing ("the blast", "the attack") are one occurrence even when one
article revises the toll between them on two days."""

from __future__ import annotations

from discrepancy import extract
from discrepancy.group import group_claims
from discrepancy.models import Claim


def _keys(text: str) -> dict[str, str]:
    return {c.span.quote: c.subject for c in extract(text, published="2031-05-02") if c.kind == "quantity"}


def test_a_noun_in_the_tolls_complement_is_not_who_is_counted() -> None:
    keys = _keys("The toll from a market blast targeting police in eastern Velmora has risen to 41, medics said.")
    assert keys["41"].split("|")[:2] == ["quantity:deaths", "people"]


def test_a_tolls_composition_is_not_its_scope() -> None:
    keys = _keys("By evening the number of dead, mostly guards, had reached 40.")
    assert keys["40"].split("|")[:2] == ["quantity:deaths", "people"]


def test_a_toll_among_a_group_is_that_groups() -> None:
    keys = _keys("The death toll among police officers rose to 9.")
    assert keys["9"].split("|")[:2] == ["quantity:deaths", "police"]


def test_martyrs_are_the_dead() -> None:
    keys = _keys("Velm police said the number of martyrs stood at 52.")
    assert keys["52"].split("|")[:2] == ["quantity:deaths", "people"]


def test_no_one_is_no_figure() -> None:
    assert _keys("No-one has claimed the bombing.") == {}


def test_opened_fire_tells_no_fire() -> None:
    keys = _keys("A gunman opened fire in a Velm market, killing 12 people.")
    assert "|fire|" not in keys["12 people"], keys


def test_the_wounded_after_a_forces_dead_are_that_forces() -> None:
    keys = _keys("Officials said 9 U.S. soldiers were killed and 14 wounded.")
    assert keys["9 U.S. soldiers"].split("|")[:3] == ["quantity:deaths", "troops", "United States"]
    assert keys["14 wounded"].split("|")[:3] == ["quantity:injured", "troops", "United States"]


def test_the_wounded_after_civilian_dead_stay_all_the_wounded() -> None:
    keys = _keys("At least 30 villagers were killed and 70 wounded.")
    assert keys["70 wounded"].split("|")[1] == "people"


def _claim(doc: str, figure: str, kind: str, day: str, anchor: str = "-") -> Claim:
    c = next(c for c in extract(f"The flood killed {figure} people.", published=day, path=doc))
    return c.model_copy(update={"subject": f"quantity:deaths|people|-|{kind}|{anchor}|-", "document": doc})


def test_a_toll_revised_between_two_kinds_on_two_days_is_one_occurrence() -> None:
    claims = [
        _claim("a", "101", "attack", "2031-02-01"),
        _claim("a", "84", "explosion", "2031-02-04"),
        _claim("b", "88", "attack", "2031-01-31"),
    ]
    assert len(group_claims(claims)) == 1


def test_two_kinds_counted_apart_on_one_day_stay_apart() -> None:
    claims = [
        _claim("a", "700", "protest", "2031-02-01"),
        _claim("a", "11", "attack", "2031-02-01"),
        _claim("b", "690", "protest", "2031-02-01"),
    ]
    assert len(group_claims(claims)) == 2


def test_a_part_follows_the_kinds_its_whole_joins() -> None:
    claims = [
        _claim("a", "84", "attack", "2031-02-01"),
        _claim("b", "84", "explosion", "2031-02-01"),
        _claim("b", "84", "attack", "2031-02-01", "in velmora"),
        _claim("c", "83", "explosion", "2031-02-01"),
    ]
    assert len({k.split("|")[3] for k in group_claims(claims)}) == 1


def test_a_date_told_of_a_noun_is_not_the_tolls() -> None:
    keys = _keys("Blasts at the grave of a commander killed by a drone strike in 2027 killed at least 60 people.")
    assert keys["at least 60 people"].split("|")[4:] == ["-", "-"]


def test_a_date_told_of_a_noun_in_the_sentence_before_is_not_the_tolls() -> None:
    text = "Crowds mourned a commander slain in an airstrike in 2027. The attack, which wounded 240, was condemned."
    assert _keys(text)["240"].split("|")[4:] == ["-", "-"]


def test_a_passive_with_its_date_is_the_tolls() -> None:
    keys = _keys("In Velm, 73 people were killed by a blast in 2027.")
    assert keys["73 people"].split("|")[4] == "during 2027"


def test_the_injured_still_in_hospital_are_in_hospital() -> None:
    keys = _keys("Doctors said 31 injured people remain hospitalised in Velm.")
    assert keys["31 injured"].split("|")[0] == "quantity:in_hospital"
    keys = _keys("Some 12 injured workers remain in hospital.")
    assert keys["Some 12 injured"].split("|")[0] == "quantity:in_hospital"


def _owned(doc: str, figure: str, owner: str) -> Claim:
    c = next(c for c in extract(f"The flood killed {figure} people.", published="2031-02-01", path=doc))
    return c.model_copy(update={"subject": f"quantity:deaths|troops|{owner}|attack|-|-", "document": doc})


def test_one_figure_for_a_group_with_and_without_its_owner_is_one_count() -> None:
    claims = [_owned("a", "12", "-"), _owned("a", "12", "United States"), _owned("b", "13", "United States")]
    assert len(group_claims(claims)) == 1


def test_two_figures_for_a_group_with_and_without_its_owner_stay_apart() -> None:
    claims = [_owned("a", "40", "-"), _owned("a", "12", "United States"), _owned("b", "13", "United States")]
    assert len(group_claims(claims)) == 2


def test_some_of_whom_in_a_condition_are_a_part() -> None:
    keys = _keys("Doctors said 40 people were being treated, six of whom were in critical condition.")
    assert keys["six"].split("|")[:2] == ["quantity:in_hospital", "people (critical)"]


def test_a_toll_announced_as_a_figure_is_the_toll() -> None:
    keys = _keys("The minister said “the number of martyrs… has been announced as 61 so far.”")
    assert keys["61"].split("|")[:2] == ["quantity:deaths", "people"]


def test_a_group_joined_to_a_casualty_count_shares_its_state() -> None:
    keys = _keys("The gunman killed 14 pupils and three janitors.")
    assert keys["three janitors"].split("|")[:2] == ["quantity:deaths", "janitor"]


def test_more_after_another_fate_are_others_not_an_addition() -> None:
    keys = _keys("The blast killed 9 soldiers and wounded 22 more.")
    assert keys["22"].split("|")[:5] == ["quantity:injured", "troops", "-", "explosion", "-"]
    keys = _keys("Divers found 20 bodies on Monday and eight more were found later.")
    assert "one update" in keys["eight more"]


def test_a_headline_that_kills_soldiers_counts_their_dead() -> None:
    # headlines tell in the present: "kills" is "killed", for an armed force's count as for people's
    keys = _keys("Blast at Velm market kills 13 service members and dozens of civilians")
    assert keys["13 service members"].split("|")[:2] == ["quantity:deaths", "troops"]
    assert _keys("Floods kill 40 soldiers in Velm")["40 soldiers"].split("|")[:2] == ["quantity:deaths", "troops"]


def test_an_age_that_ends_a_list_of_names_counts_no_one() -> None:
    # "and John Reed, 28." is Reed's age, as "John Reed, 28, a teacher" is; "in Orvel, 28." is a count
    keys = _keys("So far three victims have been named: Ana Ruiz, Lea Marek and John Reed, 28.")
    assert keys["28"].startswith("quantity:age|") and keys["three victims"].startswith("quantity:name|")
    assert _keys("The toll in Velm rose to 12, and in Orvel, 28.")["28"].startswith("quantity:deaths|")
