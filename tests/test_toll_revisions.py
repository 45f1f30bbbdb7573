"""A revision's size is never the toll, and one occurrence named two ways in one article is one.

"81 dead, less by more than 25 than the previous toll" gives the size of a revision beside the toll:
it meets other revisions of the story only, never the toll itself. An article that gives one figure
for "the blasts" and "the attack" (a bombing) names one occurrence twice; one that gives two
different figures for two kinds (a quake's dead and its tsunami's) keeps them apart."""

from __future__ import annotations

from discrepancy import check, extract
from discrepancy.group import group_claims
from discrepancy.models import Claim, Document


def _keys(text: str) -> dict[str, str]:
    return {c.span.quote: c.subject for c in extract(text, published="2031-05-02") if c.kind == "quantity"}


def test_less_by_a_figure_is_a_revision_and_the_new_toll_is_not() -> None:
    keys = _keys("The mine blast killed 81 people, which is less by more than 25 from the previous toll.")
    assert keys["more than 25"].split("|")[4] == "during one revision"
    assert keys["81 people"].split("|")[4] == "-"


def test_an_agent_after_by_is_no_revision() -> None:
    keys = _keys("The village was attacked by 200 fighters, who killed 14 people.")
    assert all("revision" not in k for k in keys.values())


def test_a_revision_never_meets_the_toll() -> None:
    docs = [
        Document(
            id="a",
            path="a.md",
            text="The mine blast killed 81 people, which is less by more than 25 from the previous toll.",
            published="2031-05-02",
        ),
        Document(
            id="b",
            path="b.md",
            text="The mine blast killed 81 people, officials said.",
            published="2031-05-02",
        ),
    ]
    assert not [f for f in check(docs).findings if f.severity in ("error", "warning")]


def _claim(doc: str, figure: str, kind: str) -> Claim:
    c = next(c for c in extract(f"The flood killed {figure} people.", published="2031-10-04", path=doc))
    return c.model_copy(update={"subject": f"quantity:deaths|people|-|{kind}|-|-", "document": doc})


def test_two_kinds_one_article_gives_one_figure_for_are_one_occurrence() -> None:
    claims = [_claim("a", "36", "crash"), _claim("a", "36", "wildfire"), _claim("b", "57", "crash")]
    assert len(group_claims(claims)) == 1


def test_two_kinds_one_article_gives_two_figures_for_stay_apart() -> None:
    claims = [_claim("a", "300", "earthquake"), _claim("a", "20", "wildfire"), _claim("b", "310", "earthquake")]
    assert len(group_claims(claims)) == 2


def test_raising_the_previous_toll_leaves_the_new_toll_the_toll() -> None:
    # "raising the previous toll of 40" tells what the figure replaced: the figure is the new
    # toll, not an increment ("raising the toll to 48" after a figure still makes it one)
    keys = _keys("The toll from the Varnel blast now stands at 44, the governor said, raising the previous toll of 40.")
    assert keys["44"].split("|")[4] == "-"
    keys = _keys("Four more bodies were found on Monday, raising the toll to 48.")
    assert "one update" in keys["Four more bodies"].split("|")[4]


def test_a_verb_after_and_is_no_second_group() -> None:
    # a headline's present tense: "injures" takes an object, it is not a group counted with "people"
    keys = _keys("A car bomb in Tolvara kills 35 people and injures more than 40 others.")
    assert keys["35 people"].split("|")[1] == "people"
    keys = _keys("The army sent 900 soldiers and police officers to Tolvara.")
    assert keys["900 soldiers"].split("|")[1] == "troops and officer"


def test_an_article_s_second_occurrence_keeps_only_itself_apart() -> None:
    # article a counts the crackdown's dead (700) beside an earlier attack's (11): those two stay
    # apart, but "the protests" of article b are the crackdown (the most counted) in other words
    claims = [_claim("a", "700", "coup"), _claim("c", "720", "coup"), _claim("a", "11", "attack")]
    groups = group_claims([*claims, _claim("b", "164", "protest")])
    assert sorted(len(v) for v in groups.values()) == [1, 3]
    assert any({c.quantity.figure for c in v if c.quantity} == {700, 720, 164} for v in groups.values())
