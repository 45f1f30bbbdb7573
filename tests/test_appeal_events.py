"""A party that says it will appeal a ruling: an announced step, grouped across outlets by who appeals."""

from __future__ import annotations

from discrepancy import check, extract
from discrepancy.models import Document


def _appeals(text: str) -> list[tuple[str, str]]:
    return [
        (c.subject, c.modality) for c in extract(text, published="2031-05-22") if c.subject.startswith("event:appeal")
    ]


def test_an_announced_appeal_is_asserted_and_keyed_by_who_appeals() -> None:
    assert _appeals("Velmcorp said it will appeal the decision.") == [("event:appeal|agent=Velmcorp", "asserted")]
    assert _appeals("Velmcorp has already announced that it will appeal the fine.") == [
        ("event:appeal|agent=Velmcorp", "asserted")
    ]


def test_a_plea_for_help_is_no_appeal() -> None:
    assert _appeals("Velm police appealed for witnesses to come forward.") == []


def test_two_outlets_that_tell_one_appeal_are_one_group() -> None:
    docs = [
        Document(id="a", path="a.md", text="Velmcorp said it will appeal the ruling.", published="2031-05-22"),
        Document(id="b", path="b.md", text="Velmcorp has said it would appeal the decision.", published="2031-05-22"),
    ]
    groups = [g for g in check(docs).groups if g.subject.startswith("event:appeal")]
    assert len(groups) == 1 and len(groups[0].claims) == 2


def test_a_pronoun_after_a_speech_verb_and_a_place_it_was_said_is_the_speaker() -> None:
    assert _appeals("Velmcorp quickly posted on its blog that it will appeal the suspension order.") == [
        ("event:appeal|agent=Velmcorp", "asserted")
    ]
