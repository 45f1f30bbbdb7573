"""Figures misread from the words around them: a speaker taken for what is counted, a state
word before a clause of its own, a wire dateline's day, a negated state. Every sentence here is
invented."""

from __future__ import annotations

from discrepancy import check, extract
from discrepancy.models import Document


def _claims(text: str, quote: str) -> list[tuple[str, str]]:
    """(measure, modality) of the quantity claims whose span is exactly ``quote``."""
    return [
        (c.subject.split("|")[0], c.modality)
        for c in extract(text, published="2031-05-12")
        if c.kind == "quantity" and c.span.quote == quote
    ]


def test_who_says_there_were_a_figure_is_not_what_it_counts() -> None:
    text = "Some survivors said there were 600 people on the Velm ferry, while others said there were about 350."
    assert ("quantity:rescued", "asserted") not in _claims(text, "about 350")


def test_a_figure_after_there_were_keeps_its_place_on_board() -> None:
    text = "A Kelva radio station cited accounts of those rescued that there were 600 people on the ship."
    assert _claims(text, "600 people") == [("quantity:on_board", "asserted")]


def test_killing_all_on_board_is_still_a_toll() -> None:
    text = "The crash near Velm killed all five people on board."
    assert ("quantity:deaths", "asserted") in _claims(text, "five people")


def test_a_wire_datelines_day_is_no_count() -> None:
    text = "KARSK, Oct. 29 (Daily A) -- The death toll from the storm in Velm rose to 43, the governor said."
    claims = [c.span.quote for c in extract(text, published="2031-10-30") if c.kind == "quantity"]
    assert claims == ["43"]


def test_a_negated_state_after_a_figure_is_no_count_of_it() -> None:
    text = "There are 30 hikers who have not been evacuated from the slopes of Mount Velm, rescuers said."
    assert _claims(text, "30 hikers") == [("quantity:evacuated", "negated")]
    text = "The crash near Velm killed 12 passengers who had not been vaccinated."
    assert _claims(text, "12 passengers")[0][1] == "asserted"


def test_a_fear_told_past_an_aside_is_hedged() -> None:
    text = "Survivors were found off Velm, but hundreds more, including children, may have drowned."
    assert [m for _, m in _claims(text, "hundreds")] in ([], ["hedged"])
    assert all(m == "hedged" for _, m in _claims(text, "hundreds more"))


def _containment_findings(dated: str, undated: str) -> list:
    docs = [
        Document(id="a", path="a.md", source="Daily A", published="2031-07-11", text=dated),
        Document(id="b", path="b.md", source="Daily B", text=undated),
    ]
    return [f for f in check(docs).findings if "containment" in f.subject]


def test_an_undated_containment_is_of_an_unknown_day() -> None:
    dated = "The wildfire near Velm has burned 2,000 acres and is now 70% contained, officials said."
    undated = "The wildfire near Velm, which has burned 2,000 acres, is 85% contained, officials said."
    assert _containment_findings(dated, undated) == []


def test_containment_told_the_same_day_still_meets() -> None:
    docs = [
        Document(id=i, path=f"{i}.md", source=f"Daily {i}", published="2031-07-11", text=t)
        for i, t in (
            ("A", "The wildfire near Velm has burned 2,000 acres and is now 70% contained, officials said."),
            ("B", "The wildfire near Velm, which has burned 2,000 acres, is 85% contained, officials said."),
        )
    ]
    assert [f for f in check(docs).findings if "containment" in f.subject]


def test_those_a_picture_shows_are_no_count() -> None:
    text = "Aerial photos released by the Velm coastguard are blurry, but show dozens of people on board the boat."
    assert _claims(text, "dozens of people") == []
    assert _claims("The Velm ferry was carrying 400 people when it sank.", "400 people") == [
        ("quantity:on_board", "asserted")
    ]


def _date_findings(dated: str, undated: str) -> list:
    docs = [
        Document(id="a", path="a.md", source="Daily A", published="2031-07-11", text=dated),
        Document(id="b", path="b.md", source="Daily B", text=undated),
    ]
    return [f for f in check(docs).findings if f.rule == "occurrence-date"]


def test_last_week_in_an_undated_article_is_only_its_placing() -> None:
    dated = "The wildfire near Velm started on July 8, officials said. It has burned 2,000 acres."
    undated = "The wildfire near Velm, which started last week, has burned 2,000 acres, officials said."
    assert _date_findings(dated, undated) == []


def test_a_weekday_in_an_undated_article_still_meets_a_date() -> None:
    dated = "The wildfire near Velm started on July 8, officials said. It has burned 2,000 acres."
    undated = "The wildfire near Velm, which started on Monday, has burned 2,000 acres, officials said."
    assert _date_findings(dated, undated)


def test_a_municipality_is_a_place_of_its_own_count() -> None:
    text = "The agency reported 43 deaths in Velm and five in the neighbouring municipality of Karsk Bay."
    subjects = {c.span.quote: c.subject for c in extract(text, published="2031-05-12") if c.kind == "quantity"}
    assert subjects["five"].split("|")[4] == "in karsk bay"
