""" "One" after a determiner, before a relative, "of" or a full stop, stands for a person named
elsewhere ("their loved one who was killed"): no count. Before its noun it is a numeral."""

from __future__ import annotations

from discrepancy import extract


def _deaths(text: str) -> list[float]:
    return [
        c.quantity.figure
        for c in extract(text, published="2031-05-02")
        if c.quantity is not None and c.quantity.measure == "deaths" and c.quantity.figure is not None
    ]


def test_one_standing_for_someone_is_no_count() -> None:
    assert _deaths("Mourners carried the coffin of their loved one who was killed in the blast.") == []
    assert _deaths("Each one of the guards who were killed in the blast was named.") == []
    assert _deaths("Villagers mourned a loved one. Nobody else was killed in the blast.") == []


def test_one_before_its_noun_or_after_a_verb_is_a_count() -> None:
    assert _deaths("The blast killed one and wounded 12.") == [1]
    assert _deaths("One person was killed in the blast.") == [1]
