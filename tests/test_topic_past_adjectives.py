"""A sum qualifies its topic across adjectives ("a $5.4 billion direct financial loss" is a loss).
Invented sentences; the first test failed before the change."""

from __future__ import annotations

from discrepancy import extract


def _subject(text: str, quote: str) -> str:
    return next(c.subject for c in extract(text, published="2031-07-20") if c.span.quote == quote)


def test_a_sum_before_adjectives_and_its_topic_is_of_that_topic() -> None:
    assert _subject("The outage caused a $5.4 billion direct financial loss.", "$5.4 billion").startswith(
        "quantity:money:loss|"
    )


def test_a_noun_between_stops_the_reading() -> None:
    assert _subject("The firm paid $3 million for the land loss.", "$3 million") == ""
