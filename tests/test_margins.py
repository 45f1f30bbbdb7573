"""A figure compared with another level or an expectation right after it ("$3 billion above what
analysts expected") is a margin, not a level: never compared. Invented sentences; the first test
failed before the change."""

from __future__ import annotations

from discrepancy import extract


def _subjects(text: str) -> dict[str, str]:
    return {c.span.quote: c.subject for c in extract(text, published="2031-08-24") if c.kind == "quantity"}


def test_a_sum_above_the_expected_is_a_margin() -> None:
    got = _subjects("Velm Chips forecast revenue of $16 billion, some $3 billion above what analysts expected.")
    assert got["some $3 billion"] == ""
    assert got["$16 billion"].startswith("quantity:money:revenue")


def test_a_sum_with_its_topic_after_stays_a_level() -> None:
    got = _subjects("Velm Chips reported $3 billion in revenue, above what analysts expected.")
    assert got["$3 billion"].startswith("quantity:money:revenue")


def test_a_limit_meets_limits_never_the_level() -> None:
    got = _subjects("The Velm helicopter flew at 300 feet, well above the permitted 200 feet for helicopters there.")
    assert got["300 feet"].startswith("quantity:altitude|") and "|helicopter|" in got["300 feet"]
    assert "|limit|" in got["200 feet"]


def test_an_altitude_takes_the_thing_its_sentence_names_after_it() -> None:
    got = _subjects("Travelling at an altitude of about 400 feet, the Velm plane suddenly lost height.")
    assert "|plane|" in got["about 400 feet"]
