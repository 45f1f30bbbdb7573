"""A storm and the floods or landslides it brings are one disaster: their tolls meet ("Storm Velka
killed 3,900" and "the floods killed 11,300" are one toll told by two agencies), unless an article
counts them apart. A flood and a quake stay two."""

from __future__ import annotations

from discrepancy import extract
from discrepancy.group import group_claims
from discrepancy.lexicon import load_lexicon
from discrepancy.models import Claim


def _claim(doc: str, figure: str, occurrence: str, day: str = "2031-09-15") -> Claim:
    c = next(c for c in extract(f"The disaster killed {figure} people.", published=day, path=doc))
    return c.model_copy(update={"subject": f"quantity:deaths|people|-|{occurrence}|-|-", "document": doc})


def _tolls(claims: list[Claim]) -> list[list[str]]:
    lex = load_lexicon()
    groups = group_claims(claims, lex.hazard_occurrences, lex.hazards_brought)
    return sorted(sorted(c.document for c in v) for k, v in groups.items() if k.startswith("quantity:deaths"))


def test_a_storm_and_its_floods_are_one_toll() -> None:
    claims = [
        _claim("a", "2300", "storm:Storm Velka", "2031-09-13"),
        _claim("a", "2300", "flood", "2031-09-13"),
        _claim("b", "11300", "flood"),
        _claim("c", "3900", "storm:Storm Velka"),
    ]
    assert _tolls(claims) == [["a", "a", "b", "c"]]


def test_a_flood_and_a_quake_stay_two() -> None:
    claims = [_claim("a", "2300", "earthquake"), _claim("b", "11300", "flood")]
    assert _tolls(claims) == [["a"], ["b"]]


def test_an_article_that_counts_the_storm_and_the_floods_apart_keeps_them_apart() -> None:
    claims = [
        _claim("a", "40", "storm:Storm Velka"),
        _claim("a", "300", "flood"),
        _claim("b", "300", "flood"),
    ]
    assert _tolls(claims) == [["a"], ["a", "b"]]
