"""A fresh toll of an undated article, placed at its story's first day, may be from any later day:
against another outlet's toll it is flagged only when successive updates cannot explain the two."""

from __future__ import annotations

from discrepancy import check
from discrepancy.models import Document

_DATED = Document(
    id="a",
    path="a.md",
    source="Daily A",
    published="2031-07-11",
    text="The mudslide in Kestrelby has killed 61 people, officials said.",
)


def _report(undated_text: str) -> list:
    docs = [
        _DATED,
        Document(id="b", path="b.md", source="Daily B", text=undated_text),
    ]
    return [f for f in check(docs).findings if f.rule == "running-total-pace"]


def test_close_tolls_of_an_undated_article_are_updates() -> None:
    assert _report("The mudslide in Kestrelby has killed 57 people, officials said.") == []


def test_far_tolls_say_the_time_is_inferred() -> None:
    found = _report("The mudslide in Kestrelby has killed 19 people, officials said.")
    assert len(found) == 1
    assert "too far apart for successive updates" in found[0].message
    assert "inferred" in found[0].message
    assert "undated article placed at 2031-07-11" in found[0].arithmetic


def test_a_lower_toll_told_as_revised_down_is_flagged() -> None:
    found = _report("Officials lowered the toll of the mudslide in Kestrelby to 58 people.")
    assert [f.severity for f in found] == ["warning"]
    assert "a toll revised down" in found[0].message


def test_a_toll_told_as_risen_is_a_later_update_however_far() -> None:
    assert _report("The death toll from the mudslide in Kestrelby has risen to 190, officials said.") == []


def test_a_toll_told_as_risen_still_meets_a_revision_down() -> None:
    docs_text = "The death toll from the mudslide in Kestrelby has risen to 190, officials said."
    found = [
        f
        for f in check(
            [
                Document(
                    id="a",
                    path="a.md",
                    source="Daily A",
                    published="2031-07-11",
                    text="The toll from the mudslide in Kestrelby was revised down to 61.",
                ),
                Document(id="b", path="b.md", source="Daily B", text=docs_text),
            ]
        ).findings
        if f.rule == "running-total-pace"
    ]
    assert len(found) == 1


def test_a_lower_undated_toll_told_as_risen_is_still_far() -> None:
    assert len(_report("The death toll from the mudslide in Kestrelby has risen to 19, officials said.")) == 1


def _two_undated(lower: str, higher: str) -> list:
    docs = [
        _DATED,
        Document(id="b", path="b.md", source="Daily B", text=lower),
        Document(id="c", path="c.md", source="Daily C", text=higher),
    ]
    return [f for f in check(docs).findings if f.rule == "running-total-pace"]


def test_a_headline_toll_told_as_rising_beside_another_undated_toll_is_later() -> None:
    lower = "The mudslide in Kestrelby has killed 60 people, officials said."
    higher = "Kestrelby mudslide: death toll rises to 130\n\nThe death toll from the mudslide in Kestrelby has risen to 130, officials said."
    assert _two_undated(lower, higher) == []


def test_a_toll_told_as_lowered_with_the_noun_first_is_a_revision_down() -> None:
    found = _report("Death toll from the mudslide in Kestrelby lowered to 58, officials said.")
    assert [f.severity for f in found] == ["warning"]
    assert "a toll revised down" in found[0].message


def test_a_lower_toll_of_an_article_placed_after_the_higher_one_fell() -> None:
    import datetime as dt

    from discrepancy import extract
    from discrepancy.lexicon import load_lexicon
    from discrepancy.models import TimeRef
    from discrepancy.rules.kinds import running_total
    from discrepancy.rules.loader import load_rules

    text = "The mudslide in Kestrelby has injured {n} people, officials said."
    (early,) = extract(text.format(n=85), published="2031-07-11", source="Daily A", path="a.md")
    (late,) = extract(text.format(n=66), published="2031-07-12", source="Daily B", path="b.md")
    day = dt.date(2031, 7, 12)
    placed = late.model_copy(
        update={
            "time_inferred": True,
            "time": TimeRef(start=day, end=day, granularity="day", expression="publication date"),
        }
    )
    (rule,) = [r for r in load_rules() if r.id == "running-total-pace"]
    out = running_total.compare(early, placed, rule.params, load_lexicon())
    assert out is not None and out.conflict and out.severity == "warning", out
