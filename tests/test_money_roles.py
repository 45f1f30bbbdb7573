"""A sum of money is keyed by its kind and by who receives it: one party's award never meets the
other's, a sum sued for never meets a sum awarded, a cap never meets the sum it limits."""

from __future__ import annotations

import pytest

from discrepancy import check, extract
from discrepancy.models import Document


def _subjects(text: str) -> dict[str, str]:
    """quote -> subject key of each money claim."""
    return {
        c.span.quote: c.subject
        for c in extract(text, published="2031-03-02")
        if c.kind == "quantity" and c.quantity is not None and c.quantity.measure == "money"
    }


@pytest.mark.parametrize(
    ("text", "quote", "key"),
    [
        ("The jury awarded Orla Brandt $4 million in damages.", "$4 million", "money:award|-|Brandt"),
        ("Brandt was awarded $4 million on Tuesday.", "$4 million", "money:award|-|Brandt"),
        ("The panel ordered Kessler to pay Brandt $1 million.", "$1 million", "money:award|-|Brandt"),
        ("Brandt’s total award is now $4 million.", "$4 million", "money:award|-|Brandt"),
        ("The court granted Brandt $2 million in punitive damages.", "$2 million", "money:punitive_damages|-|Brandt"),
        ("The ruling left Kessler owing Brandt $3 million.", "$3 million", "money:owed|-|Brandt"),
        ("Regulators fined Norvia $9 million over the spill.", "$9 million", "money:fine|-|Norvia"),
        ("Brandt sued the weekly for libel for $20 million.", "$20 million", "money:suit|"),
        ("Kessler countersued her for $30 million.", "$30 million", "money:countersuit|"),
        ("State law caps punitive damages at $250,000.", "$250,000", "money:punitive_damages limit|"),
    ],
)
def test_a_sum_is_keyed_by_its_kind_and_recipient(text: str, quote: str, key: str) -> None:
    subjects = _subjects(text)
    assert subjects.get(quote, "").startswith("quantity:" + key), subjects


def test_a_reduced_award_is_the_named_partys_award_as_it_now_stands() -> None:
    subjects = _subjects("Jurors awarded Brandt $9 million in damages, which the judge reduced to $6 million.")
    assert subjects["$9 million"].startswith("quantity:money:award|-|Brandt"), subjects
    assert subjects["$6 million"].startswith("quantity:money:award|-|Brandt"), subjects
    limited = _subjects("The judge will reduce the $5 million punitive award to $250,000.")
    assert limited["$250,000"].startswith("quantity:money:punitive_damages limit|"), limited


def test_the_kind_after_the_sum_wins_over_the_one_before() -> None:
    subjects = _subjects("Jurors gave Brandt $3 million in compensatory damages and $2 million in punitive damages.")
    assert subjects["$3 million"].startswith("quantity:money:compensatory_damages|-|Brandt"), subjects
    assert subjects["$2 million"].startswith("quantity:money:punitive_damages|-|Brandt"), subjects


def test_a_bare_award_to_a_pronoun_is_not_compared() -> None:
    assert _subjects("The jury awarded her $2 million in damages.") == {"$2 million": ""}


def test_two_parties_awards_never_meet() -> None:
    docs = [
        Document(
            id="a",
            path="a.md",
            source="Wire A",
            published="2031-03-02",
            text="The jury awarded Brandt $4 million. It awarded Kessler $1 million.",
        ),
        Document(
            id="b",
            path="b.md",
            source="Wire B",
            published="2031-03-02",
            text="Kessler was awarded $1 million, and Brandt won $4 million.",
        ),
    ]
    report = check(docs)
    assert not [f for f in report.findings if "money" in f.message], [f.message for f in report.findings]
    subjects = {c.subject for c in report.claims if c.subject}
    assert len([s for s in subjects if "money:award" in s]) == 2, subjects


def test_a_grade_of_pay_is_its_own_kind() -> None:
    """A new hire's pay and the top of the scale are two sums, each with its own rise."""
    subjects = _subjects("New hires will start at $19 an hour, and the starting wage rises to $22 per hour in 2032.")
    assert subjects["$22 per hour"].startswith("quantity:money:starting_wage|"), subjects
    top = _subjects("The top wage rate will climb to $41 an hour.")
    assert top["$41 an hour"].startswith("quantity:money:top_wage|"), top
