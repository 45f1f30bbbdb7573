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
    other = _count("a", "count")
    q = other.quantity.model_copy(update={"figure": 45.0, "low": 45.0, "high": 45.0}) if other.quantity else None
    claims = [other.model_copy(update={"quantity": q}), _count("a", "deaths"), _count("b", "deaths")]
    assert len(group_claims(claims)) == 2


def test_a_bare_count_its_article_gives_the_measure_s_figure_is_that_measure() -> None:
    # "around 100 children were in the hold" beside "100 children on board" in one article
    claims = [
        _count("a", "count", "children"),
        _count("a", "on_board", "children"),
        _count("b", "on_board", "children"),
    ]
    assert list(group_claims(claims)) == ["quantity:on_board|children|-|-|-|-"]


def _money(doc: str, figure: float, measure: str, owner: str = "-", era: str = "-") -> Claim:
    c = next(c for c in extract("The court ordered Lund to pay $7 million.", published="2031-10-04", path=doc))
    q = c.quantity.model_copy(update={"figure": figure, "low": figure, "high": figure}) if c.quantity else None
    return c.model_copy(
        update={"subject": f"quantity:money:{measure}|-|{owner}|-|-|{era}", "document": doc, "quantity": q}
    )


def test_an_unstated_owner_is_the_one_whose_figure_the_claim_gives() -> None:
    # the story names two owners of damages: the claim with no owner gives the first one's figure
    claims = [
        _money("a", 7e6, "damages", "Lund"),
        _money("b", 1e6, "damages", "Orsa"),
        _money("c", 7e6, "damages"),
    ]
    buckets = group_claims(claims)
    assert [c.document for c in buckets["quantity:money:damages|-|Lund|-|-|-"]] == ["a", "c"]


def test_a_sum_told_of_its_year_meets_the_same_sum_told_undated() -> None:
    claims = [_money("a", 4e7, "suit"), _money("b", 4e7, "suit", era="2027")]
    buckets = group_claims(claims)
    assert list(buckets) == ["quantity:money:suit|-|-|-|-|-"]
    assert all(c.time.start is not None and c.time.start.year == 2031 for c in buckets["quantity:money:suit|-|-|-|-|-"])
