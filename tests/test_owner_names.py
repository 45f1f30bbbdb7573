"""One owner under several names in a story (group_owners.py): spellings, a full name with a
modifier, and a surname for the one full name ending with it meet; a surname two full names end
with names neither, and an acronym never joins a full name by its initials."""

from __future__ import annotations

from discrepancy import extract
from discrepancy.group import group_claims
from discrepancy.models import Claim


def _seats(doc: str, key: str, name: str, figure: float = 54.0, measure: str = "win|seat") -> Claim:
    c = next(c for c in extract("The Velm Front won 54 seats.", published="2031-10-04", path=doc) if c.quantity)
    assert c.quantity is not None
    q = c.quantity.model_copy(update={"owner": name, "figure": figure, "low": figure, "high": figure})
    return c.model_copy(update={"subject": f"quantity:{measure}|{key}|-|-|-", "document": doc, "quantity": q})


def test_two_spellings_of_a_name_are_one_owner() -> None:
    claims = [_seats("a", "People’s", "Dorn People’s Party"), _seats("b", "Peoples", "Dorn Peoples Party")]
    assert len(group_claims(claims)) == 1


def test_a_modifier_before_a_full_name_is_no_part_of_it() -> None:
    claims = [
        _seats("a", "Movement-Velm", "Kessa Ruun Movement-Velm", 17),
        _seats("b", "Kessa", "Norra-based Kessa Ruun Movement Velm", 17),
    ]
    assert len(group_claims(claims)) == 1


def test_an_acronym_never_joins_a_full_name_by_its_initials() -> None:
    claims = [_seats("a", "League-Orre", "Velm Civic League-Orre", 75), _seats("b", "VCLO", "VCL-O", 75)]
    assert len(group_claims(claims)) == 2


def test_a_surname_is_the_one_full_name_ending_with_it() -> None:
    claims = [
        _seats("a", "Ado Brell", "Ado Brell", 64, "age|people"),
        _seats("b", "Brell", "Brell", 64, "age|people"),
    ]
    assert len(group_claims(claims)) == 1
    claims.append(_seats("c", "Omar Brell", "Omar Brell", 88, "age|people"))
    assert len(group_claims(claims)) == 3


def test_a_surname_given_another_figure_may_be_a_relative() -> None:
    # "Ado Brell, 45" in one article; "her father, Brell, 71" in another
    claims = [
        _seats("a", "Ado Brell", "Ado Brell", 45, "age|people"),
        _seats("b", "Brell", "Brell", 71, "age|people"),
    ]
    assert len(group_claims(claims)) == 2
