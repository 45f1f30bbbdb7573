"""A place that an article gives the same figure as its whole is the story's place, not a part:
"killed 84 people in Velmland" beside "the toll of 84" meets the other outlets' 83. A place given
another figure beside the whole ("211 dead, 207 of them in Karsk") is a part and stays apart; a
period ("20 killed in 2029") is no place and does not hide one."""

from __future__ import annotations

from discrepancy import extract
from discrepancy.group import group_claims
from discrepancy.models import Claim

WHOLE = "quantity:deaths|people|-|attack|-|-"
PLACE = "quantity:deaths|people|-|attack|in velmland|-"
PERIOD = "quantity:deaths|people|-|attack|during 2029|-"


def _claim(doc: str, figure: str, subject: str) -> Claim:
    c = next(c for c in extract(f"The attack killed {figure} people.", published="2031-01-04", path=doc))
    return c.model_copy(update={"subject": subject, "document": doc})


def _deaths(claims: list[Claim]) -> dict[str, list[str]]:
    return {k: sorted(c.document for c in v) for k, v in group_claims(claims).items() if k.startswith("quantity:")}


def test_a_place_given_the_whole_figure_is_the_storys() -> None:
    claims = [
        _claim("a", "84", PLACE),
        _claim("a", "84", WHOLE),
        _claim("b", "83", WHOLE),
        _claim("c", "20", PERIOD),
    ]
    assert _deaths(claims) == {WHOLE: ["a", "a", "b"], PERIOD: ["c"]}


def test_a_place_given_another_figure_is_a_part() -> None:
    claims = [_claim("a", "207", PLACE), _claim("a", "211", WHOLE), _claim("b", "211", WHOLE)]
    assert _deaths(claims) == {WHOLE: ["a", "b"], PLACE: ["a"]}
