"""An employer's headcount: one measure however it is written, owned by the employer, and its last
reported figure taken as its current one."""

from __future__ import annotations

import pytest
from documents import document

from discrepancy import check, extract

PUB = "2031-01-05"


def _counts(text: str) -> list[tuple[str, str, float | None]]:
    return [
        (c.span.quote, c.subject, c.quantity.low)
        for c in extract(text, published=PUB)
        if c.kind == "quantity" and c.quantity is not None
    ]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Brightmart employs more than 400,000 people worldwide.", 400_000),
        ("The retailer, which employs about 400,000 globally, will cut staff.", 400_000),
        ("Brightmart has more than 400,000 workers, including drivers.", 400_000),
        ("Brightmart has 400,000 employees.", 400_000),
        ("The cuts are 2% of its total workforce of 400,000.", 400_000),
        ("The cuts are 2% of the 400,000 full-time workers the company reported last month.", 400_000),
        ("Brightmart's 400,000-person workforce is its largest ever.", 400_000),
    ],
)
def test_the_ways_of_writing_a_headcount_are_one_measure(text: str, figure: float) -> None:
    [subject] = [s for _, s, low in _counts(text) if low == figure]
    assert subject.startswith("quantity:employed|workers|")


def test_a_workforce_of_a_part_is_kept_apart() -> None:
    [(_, subject, _)] = _counts("Brightmart's 90,000-person corporate workforce is shrinking.")
    assert subject.startswith("quantity:employed|corporate workers|")


@pytest.mark.parametrize(
    "text",
    [
        "Brightmart layoffs: 18,000 employees, the chief executive confirms.",
        "Brightmart will lay off 18,000 employees.",
        "Some 5,000 workers marched to the depot.",
    ],
)
def test_workers_the_employer_is_not_said_to_have_are_no_headcount(text: str) -> None:
    assert not [s for _, s, _ in _counts(text) if s.startswith("quantity:employed")]


def test_a_last_reported_headcount_is_the_current_one() -> None:
    # in January, the count the company reported as of September 30 is its headcount now, and more
    # than 1.6 million the next day cannot be true with it
    a = document(
        "a.md",
        "Daily A",
        "2031-01-04",
        "Brightmart's cuts are 2% of the 1.544 million workers the company reported as of Sept. 30, 2030.",
    )
    b = document(
        "b.md", "Daily B", "2031-01-05", "Brightmart, which employs more than 1.6 million globally, will cut staff."
    )
    report = check([a, b])
    [group] = [g for g in report.groups if g.subject.startswith("quantity:employed|workers")]
    assert len(group.claims) == 2 and all(c.time.start and c.time.start.year == 2031 for c in group.claims)
    assert group.status == "conflict"
