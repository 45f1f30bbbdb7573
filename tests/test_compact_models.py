"""Claims once read share their sets of given fields and intern their repeated strings
(compact.py): what each model holds, validates and serialises is what it was, and no model sees
another's change."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path

import discrepancy
from discrepancy.compact import compact_all
from discrepancy.models import Claim, QuantityValue, Span


def _claim(n: int, subject: str = "troops|owner=Ruritania") -> Claim:
    return compact_all([_built(n, subject)])[0]


def _built(n: int, subject: str) -> Claim:
    span = Span(path="a.md", start=n, end=n + 5, line=1, column=n + 1, quote="9,000", sentence="It sent 9,000 troops.")
    value = QuantityValue(low=9000, high=9000, figure=9000, measure="troops")
    return Claim(
        id=f"c{n}",
        kind="quantity",
        subject=subject,
        subject_label="troops",
        quantity=value,
        source="Daily Wire",
        speaker="Daily Wire",
        document="a",
        span=span,
        extractor="quantity",
    )


def test_models_given_the_same_fields_share_one_set() -> None:
    a, b = _claim(1), _claim(2)
    assert a.model_fields_set is b.model_fields_set
    assert a.span.model_fields_set is b.span.model_fields_set
    assert a.quantity is not None and b.quantity is not None
    assert a.quantity.model_fields_set is b.quantity.model_fields_set
    assert "story" not in a.model_fields_set


def test_repeated_strings_are_one_string() -> None:
    a = _claim(1, "".join(["troops|owner=", "Ruritania"]))  # equal strings built apart
    b = _claim(2, "".join(["troops|", "owner=Ruritania"]))
    assert a.subject is b.subject


def test_an_assignment_changes_only_its_own_model() -> None:
    a, b = _claim(1), _claim(2)
    a.story = "s1"
    assert a.story == "s1" and "story" in a.model_fields_set
    b.story = "s2"
    assert a.model_fields_set is b.model_fields_set  # given the same fields again
    c = _claim(3)
    assert "story" not in c.model_fields_set
    assert a.model_dump(exclude_unset=True)["story"] == "s1"
    assert "story" not in c.model_dump(exclude_unset=True)


def test_copies_and_pickles_keep_the_fields_given() -> None:
    a = _claim(1)
    moved = a.model_copy(update={"headline": True})
    assert moved.headline and "headline" in moved.model_fields_set and "headline" not in a.model_fields_set
    deep = a.model_copy(update={"confidence": 0.5}, deep=True)
    assert deep.confidence == 0.5 and "confidence" in deep.model_fields_set
    for other in (copy.copy(a), copy.deepcopy(a), pickle.loads(pickle.dumps(a))):
        assert other == a and other.model_fields_set == a.model_fields_set
        other.story = "s2"
        assert "story" not in a.model_fields_set


def test_extracted_claims_share_their_sets() -> None:
    claims = discrepancy.extract("Police said 40 people were hurt. Medics said 45 people were hurt.", "2031-05-04")
    assert len(claims) == 2
    assert claims[0].model_fields_set is claims[1].model_fields_set
    assert claims[0].span.model_fields_set is claims[1].span.model_fields_set


def test_checked_claims_share_their_sets(tmp_path: Path) -> None:
    for name, figure in (("a", 40), ("b", 45)):
        text = (
            f"---\nsource: {name} wire\npublished: 2031-05-04\n---\nPolice said {figure} people were hurt in Vellmar."
        )
        (tmp_path / f"{name}.md").write_text(text, encoding="utf-8")
    for jobs in (1, 2):
        claims = discrepancy.check([tmp_path], jobs=jobs).claims
        assert len(claims) == 2 and claims[0].model_fields_set is claims[1].model_fields_set
        assert claims[0].story is not None and "story" in claims[0].model_fields_set
