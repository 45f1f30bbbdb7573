"""A count of "people" that names, by its figure, the group another article names joins that
group's subject (group_population.name_by_figure); a figure told for all people, or shared by two
groups, or one its own article tells apart from the group's, stays with all people."""

from __future__ import annotations

from discrepancy import extract
from discrepancy.group import group_claims
from discrepancy.models import Claim

PEOPLE = "quantity:injured|people|-|attack|-|-"
GUARDS = "quantity:injured|guard|Velmora|attack|-|-"


def _claim(doc: str, figure: str, subject: str, day: str = "2031-10-04") -> Claim:
    c = next(c for c in extract(f"The attack injured {figure} people.", published=day, path=doc))
    return c.model_copy(update={"subject": subject, "document": doc})


def _where(buckets: dict[str, list[Claim]], doc: str, figure: float) -> str:
    return next(k for k, cs in buckets.items() for c in cs if c.document == doc and c.quantity.figure == figure)


def test_a_count_of_people_with_a_named_group_s_figure_is_that_group_s() -> None:
    # "14 were hurt" beside another outlet's "14 Velmoran guards were hurt" and the toll of 90
    claims = [
        _claim("a", "14", PEOPLE),
        _claim("a", "90", PEOPLE),
        _claim("b", "14", GUARDS),
        _claim("c", "88", PEOPLE),
    ]
    buckets = group_claims(claims)
    assert _where(buckets, "a", 14.0) == GUARDS
    assert _where(buckets, "a", 90.0) == PEOPLE


def test_a_figure_outlets_give_for_all_people_stays_theirs() -> None:
    claims = [_claim("a", "14", PEOPLE), _claim("b", "14", GUARDS), _claim("c", "14", PEOPLE)]
    assert _where(group_claims(claims), "a", 14.0) == PEOPLE


def test_a_figure_two_groups_share_names_neither() -> None:
    teachers = "quantity:injured|teacher|-|attack|-|-"
    claims = [_claim("a", "2", PEOPLE), _claim("b", "2", GUARDS), _claim("c", "2", teachers)]
    assert _where(group_claims(claims), "a", 2.0) == PEOPLE


def test_an_article_that_gives_the_group_another_figure_tells_them_apart() -> None:
    claims = [_claim("a", "14", PEOPLE), _claim("a", "3", GUARDS), _claim("b", "14", GUARDS)]
    assert _where(group_claims(claims), "a", 14.0) == PEOPLE


def test_a_vague_figure_names_no_group() -> None:
    claims = [_claim("a", "dozens of", PEOPLE), _claim("b", "dozens of", GUARDS)]
    assert _where(group_claims(claims), "a", 24.0) == PEOPLE


def test_a_group_s_figure_beside_another_for_all_people_is_a_part() -> None:
    # "15 guards and 140 people were hurt" in one article: "15 were hurt" elsewhere is all people's
    claims = [_claim("a", "15", PEOPLE), _claim("b", "15", GUARDS), _claim("b", "140", PEOPLE)]
    assert _where(group_claims(claims), "a", 15.0) == PEOPLE


def test_an_article_that_gives_the_figure_to_people_and_to_the_group_names_the_group_twice() -> None:
    # "two people survived ... two guards were rescued" in one article: its people are the guards
    claims = [
        _claim("a", "2", PEOPLE),
        _claim("b", "2", PEOPLE),
        _claim("b", "2", GUARDS),
        _claim("c", "2", GUARDS),
    ]
    assert _where(group_claims(claims), "a", 2.0) == GUARDS
