"""Subjects by unification (group.py): a part one claim leaves unstated is filled from its story
when the story gives that part a single value, and stays apart when it gives several."""

from __future__ import annotations

from discrepancy import extract
from discrepancy.group import group_claims
from discrepancy.models import Claim

BASE = "quantity:deaths|people|-|{occ}|{anchor}|-"


def _claim(doc: str, figure: str, occ: str = "flood", anchor: str = "-") -> Claim:
    c = next(c for c in extract(f"The flood killed {figure} people.", published="2031-10-04", path=doc))
    return c.model_copy(update={"subject": BASE.format(occ=occ, anchor=anchor), "document": doc})


def test_a_place_the_story_gives_alone_is_its_scope() -> None:
    buckets = group_claims([_claim("a", "40", anchor="in brevik"), _claim("b", "40")])
    assert list(buckets) == [BASE.format(occ="flood", anchor="-")]


def test_a_place_given_beside_the_whole_is_a_part() -> None:
    claims = [_claim("a", "60"), _claim("a", "40", anchor="in brevik"), _claim("b", "60")]
    assert len(group_claims(claims)) == 2


def test_several_places_are_parts() -> None:
    claims = [_claim("a", "40", anchor="in brevik"), _claim("b", "20", anchor="in lunmark"), _claim("c", "60")]
    assert len(group_claims(claims)) == 3


def test_names_of_one_occurrence_meet_when_no_article_names_two() -> None:
    claims = [_claim("a", "120", occ="earthquake:Varnel Quake"), _claim("b", "120", occ="earthquake:Great Quake")]
    claims.append(_claim("c", "120", occ="earthquake"))
    assert list(group_claims(claims)) == [BASE.format(occ="earthquake", anchor="-")]


def test_an_article_naming_two_occurrences_keeps_them_apart() -> None:
    claims = [
        _claim("a", "120", occ="earthquake:Varnel Quake"),
        _claim("a", "17000", occ="earthquake:Great Quake"),
        _claim("b", "120", occ="earthquake:Varnel Quake"),
    ]
    assert len(group_claims(claims)) == 2


def _count(doc: str, measure: str, noun: str = "people") -> Claim:
    c = _claim(doc, "120")
    return c.model_copy(update={"subject": f"quantity:{measure}|{noun}|-|-|-|-"})


def test_a_bare_count_meets_the_one_measure_its_story_gives_that_noun() -> None:
    # "120,000 Armenians" in one article, "home to 120,000 Armenians" in another
    buckets = group_claims([_count("a", "count", "armenian"), _count("b", "population", "armenian")])
    assert list(buckets) == ["quantity:population|armenian|-|-|-|-"]


def test_a_bare_count_stays_apart_when_the_story_gives_its_noun_several_measures() -> None:
    claims = [_count("a", "count"), _count("b", "deaths"), _count("c", "injured")]
    assert len(group_claims(claims)) == 3


def test_a_bare_count_stays_apart_from_a_measure_its_own_article_gives() -> None:
    claims = [_count("a", "count"), _count("a", "deaths"), _count("b", "deaths")]
    assert len(group_claims(claims)) == 2
