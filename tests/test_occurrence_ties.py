"""One occurrence named by two kinds in one article, for every count of one population.

An article that gives one figure for "the attack" and "the blasts" names one occurrence twice; its
other counts of the same people for the two kinds on that day are a part and its whole (or a
revision) of that occurrence, so the kinds are one subject for those counts too. A tie among
soldiers says nothing of civilians' counts, which stay apart when the article gives them two figures.
"""

from __future__ import annotations

from discrepancy import extract
from discrepancy.group import group_claims
from discrepancy.models import Claim


def _claim(doc: str, figure: str, subject: str) -> Claim:
    c = next(c for c in extract(f"The flood killed {figure} people.", published="2031-10-04", path=doc))
    return c.model_copy(update={"subject": subject, "document": doc})


def _keys(claims: list[Claim]) -> set[str]:
    return {k for k in group_claims(claims) if k.startswith("quantity:injured")}


def test_a_tie_in_the_toll_joins_the_kinds_for_the_injured() -> None:
    claims = [
        _claim("a", "61", "quantity:deaths|people|-|attack|-|-"),
        _claim("a", "61", "quantity:deaths|people|-|explosion|-|-"),
        _claim("a", "140", "quantity:injured|people|-|attack|-|-"),
        _claim("a", "35", "quantity:injured|people|-|explosion|-|-"),
        _claim("b", "140", "quantity:injured|people|-|explosion|-|-"),
    ]
    assert len(_keys(claims)) == 1


def test_a_tie_among_soldiers_leaves_the_civilians_apart() -> None:
    claims = [
        _claim("a", "9", "quantity:deaths|troops|-|attack|-|-"),
        _claim("a", "9", "quantity:deaths|troops|-|explosion|-|-"),
        _claim("a", "14", "quantity:injured|people|-|attack|-|-"),
        _claim("a", "150", "quantity:injured|people|-|explosion|-|-"),
        _claim("b", "150", "quantity:injured|people|-|explosion|-|-"),
    ]
    assert len(_keys(claims)) == 2


def test_no_tie_leaves_two_figures_apart() -> None:
    claims = [
        _claim("a", "61", "quantity:deaths|people|-|attack|-|-"),
        _claim("a", "40", "quantity:deaths|people|-|explosion|-|-"),
        _claim("a", "140", "quantity:injured|people|-|attack|-|-"),
        _claim("a", "35", "quantity:injured|people|-|explosion|-|-"),
        _claim("b", "140", "quantity:injured|people|-|explosion|-|-"),
    ]
    assert len(_keys(claims)) == 2


def _subject(text: str, quote: str) -> str:
    return next(c.subject for c in extract(text, published="2031-05-02") if c.span.quote == quote)


def test_heavily_wounded_are_a_part_of_the_wounded() -> None:
    subject = _subject("A doctor at the Orvel hospital said 14 people were heavily wounded.", "14 people")
    assert subject.split("|")[1] == "people (serious)"


def test_a_social_conflict_is_a_protest() -> None:
    text = "Since the start of the social conflict, 2.1 million demonstrators marched across Velmora, the union said."
    assert _subject(text, "2.1 million demonstrators").split("|")[3] == "protest"
