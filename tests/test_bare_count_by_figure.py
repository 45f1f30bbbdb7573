"""A bare count ("a total of 120 seats") that leaves its measure unstated joins, by its figure, the
one key with a stated measure that other articles give that figure, when its occurrence is left
unstated on both sides (group_unstated.by_unstated_figure). Every sentence here is invented."""

from __future__ import annotations

from documents import document, group_subject

from discrepancy import check

A = document(
    "a.md",
    "Daily A",
    "2031-05-02",
    "The Orla Party won 35 seats in the Velm assembly election on Sunday. A majority needs 61 seats, officials said.",
)
B = document(
    "b.md",
    "Daily B",
    "2031-05-02",
    "The Velm Party won 40 seats in the Velm assembly election on Sunday. The assembly holds 120 seats.",
)
C = document(
    "c.md",
    "Daily C",
    "2031-05-02",
    "Officials counted the ballots for a total of 120 seats in the Velm assembly election on Sunday.",
)


def _subject_of(report, path: str, quote: str) -> str:  # type: ignore[no-untyped-def]
    return next(c.subject for c in report.claims if c.span.path == path and c.span.quote == quote)


def test_a_bare_count_joins_the_measured_key_others_give_its_figure() -> None:
    report = check([A, B, C])
    assert _subject_of(report, "c.md", "120 seats").startswith("quantity:count|")  # read as a bare count
    assert group_subject(report, "c.md", "120 seats") is not None
    assert group_subject(report, "c.md", "120 seats") == group_subject(report, "b.md", "120 seats")


def test_a_figure_no_measured_key_is_given_stays_apart() -> None:
    other = document(
        "c.md",
        "Daily C",
        "2031-05-02",
        "Officials counted the ballots for a total of 118 seats in the Velm assembly election on Sunday.",
    )
    report = check([A, B, other])
    assert group_subject(report, "c.md", "118 seats") is None  # in no group of two: not with "holds 120 seats"
