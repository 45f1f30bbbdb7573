""" "in 10 years" after a superlative is a span back from publication that a record holds over, not
a day to come; a future "in two years" keeps pointing ahead. Every sentence here is invented."""

from __future__ import annotations

from documents import document

from discrepancy import check, extract


def _claims(text: str) -> list[tuple[str, str, str]]:
    return [(c.span.quote, c.subject, str(c.time.start)) for c in extract(text, published="2031-08-27") if c.subject]


def test_a_record_over_a_count_of_years_holds_since_that_many_years_back() -> None:
    got = _claims("The blast made it the deadliest day for Velm troops in 10 years, officials said.")
    records = [(q, t) for q, s, t in got if s.startswith("event:record")]
    # ten years counted down from ten and a half: 2021, or 2020 at the earliest
    assert records == [("deadliest day for Velm troops in 10 years", "2020-01-01")], got
    assert not any(t.startswith("2041") for _, _, t in got), got


def test_a_record_in_decades_dates_nothing_to_come() -> None:
    got = _claims("It was one of the worst floods to hit the Orvel valley in two decades.")
    assert not any(t.startswith("205") for _, _, t in got), got


def test_a_future_count_of_years_still_points_ahead() -> None:
    text = "Work on the Velm bridge will be finished in two years, the ministry said."
    got = [c for c in extract(text, published="2031-08-27") if c.kind == "date"]
    assert [str(c.time.start) for c in got] == ["2033-01-01"], got


def test_a_toll_told_after_a_past_year_occurrence_is_of_that_occurrence() -> None:
    text = (
        "A strong quake struck western Velm on Saturday, killing at least 300 people.\n\n"
        "In June 2030, a powerful earthquake struck a remote region of eastern Velm, flattening homes. "
        "The quake killed at least 900 people and left thousands homeless."
    )
    subjects = {c.span.quote: c.subject for c in extract(text, published="2031-10-07") if c.kind == "quantity"}
    assert subjects["at least 300 people"] != subjects["at least 900 people"], subjects


def test_a_record_in_a_count_of_years_meets_one_since_the_year_before() -> None:
    # a count of years is rounded down: "in 24 years" in 2031 may reach back into 2006
    a = document("a.md", "Daily A", "2031-08-27", "Velm's jobless rate rose to 14 percent, the highest in 24 years.")
    b = document("b.md", "Daily B", "2031-08-27", "Velm's jobless rate rose to 14 percent, its highest since 2006.")
    report = check([a, b])
    assert not [f for f in report.findings if f.claim.subject.startswith("event:record")], report.findings
    assert any(g.subject.startswith("event:record") and g.compared for g in report.groups), report.groups
