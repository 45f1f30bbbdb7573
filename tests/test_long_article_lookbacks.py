"""What a figure takes from the figures and names before it in its article (the running total told
last, the named occurrence told last, a whole near it) is found by an index kept as the article is
read, not a pass over everything before: the same answers, in time linear in a long article."""

from __future__ import annotations

from discrepancy import extract
from discrepancy.extract.occurrence_names import Named, name_occurrence


def _named() -> Named:
    return Named(
        [
            (10, "storm", "Hurricane Alva", False),
            (200, "storm", "Hurricane Bexa", True),  # a past one, cited for comparison
            (400, "storm", "Hurricane Corin", False),
            (420, "fire", "the Dunmore Fire", False),
            (430, "storm", "Hurricane Alva", False),
        ]
    )


def test_the_name_in_the_sentence_nearest_the_figure() -> None:
    assert name_occurrence("storm", 425, (390, 500), _named()) == "storm:Hurricane Alva"
    assert name_occurrence("storm", 405, (390, 500), _named()) == "storm:Hurricane Corin"


def test_else_the_last_current_name_before_the_sentence() -> None:
    assert name_occurrence("storm", 300, (250, 350), _named()) == "storm:Hurricane Alva"  # not Bexa, a past one
    assert name_occurrence("storm", 600, (550, 650), _named()) == "storm:Hurricane Alva"
    assert name_occurrence("fire", 600, (550, 650), _named()) == "fire:the Dunmore Fire"


def test_before_any_name_the_only_one_or_none() -> None:
    assert name_occurrence("fire", 5, (0, 8), _named()) == "fire:the Dunmore Fire"  # the story's only fire
    assert name_occurrence("storm", 5, (0, 8), _named()) == "storm"  # two current storms: no name
    assert name_occurrence("flood", 5, (0, 8), Named([])) == "flood"


def test_a_container_count_takes_the_death_toll_told_last() -> None:
    text = (
        "The storm injured 40 people in Varnel, officials said. "
        "Floods killed 12 people in Dorsa on Monday. "
        "Another 30 people were injured in the hills. "
        "The final figures now stand at 15, the governor said."
    )
    claims = {c.span.quote: c.subject for c in extract(text, published="2031-03-02") if c.kind == "quantity"}
    assert claims["15"].startswith("quantity:deaths|people|")  # deaths first, though injuries came after
