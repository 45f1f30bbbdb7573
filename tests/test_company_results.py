"""A company's results as outlets report them: a sum per share never meets a total, what analysts
expected (the consensus) never meets the reported figure, the company's guidance is of a later
period, a year-earlier sum is of that period, and adjusted figures never meet statutory ones."""

from __future__ import annotations

from discrepancy import extract


def _subjects(text: str) -> dict[str, tuple[str, str]]:
    return {
        c.span.quote: (c.subject, c.modality)
        for c in extract(text, published="2031-05-02")
        if c.kind == "quantity" and c.quantity is not None
    }


def _subject(text: str, quote: str) -> str:
    return _subjects(text)[quote][0]


def test_a_per_share_metric_is_not_the_total() -> None:
    text = "Velmco posted net income of $4.12 billion. Its earnings per share (EPS) were $1.75."
    assert _subject(text, "$4.12 billion") != _subject(text, "$1.75")
    # told as a metric before the sum or "per share" after it: one subject
    eps = _subject("Dorn Corp said adjusted EPS came in at $1.75.", "$1.75")
    assert eps == _subject("Dorn Corp posted adjusted earnings of $1.75 per share.", "$1.75")


def test_what_analysts_expected_is_not_the_result() -> None:
    text = "Velmco reported revenue of $8.4 billion. Wall Street was looking for revenue of $7.9 billion."
    found = _subjects(text)
    assert found["$8.4 billion"][0] != found["$7.9 billion"][0]
    other = _subjects("Analysts polled by Daily A had expected sales of $7.6 billion from Velmco.")
    assert other["$7.6 billion"] == found["$7.9 billion"]  # the consensus, asserted, meets the consensus
    beat = _subject("Velmco's earnings per share of $1.75 beat estimates of $1.50.", "$1.50")
    assert beat == _subject("Analysts, on average, expected the bottom-line result to be $1.41.", "$1.41")


def test_guidance_is_not_the_reported_figure() -> None:
    text = "Velmco reported revenue of $8.4 billion and expects revenue of $9 billion next quarter."
    found = _subjects(text)
    assert found["$8.4 billion"][0] != found["$9 billion"][0]
    assert found["$9 billion"] == _subjects("Dorn Corp's revenue is expected to be $9 billion.")["$9 billion"]


def test_a_year_earlier_sum_is_of_that_period() -> None:
    text = "Velmco reported net income of $4.12 billion. Its net income was $1.3 billion a year earlier."
    assert _subject(text, "$4.12 billion") != _subject(text, "$1.3 billion")


def test_adjusted_is_not_statutory() -> None:
    text = "Velmco's GAAP net income was $4.1 billion, and its adjusted net income was $4.6 billion."
    assert _subject(text, "$4.1 billion") != _subject(text, "$4.6 billion")


def test_a_table_rows_change_and_a_margin_are_no_shares() -> None:
    def told(text: str) -> list[tuple[str, str]]:
        return [(c.span.quote, c.subject) for c in extract(text, published="2031-05-02") if c.kind == "quantity"]

    assert ("701%", "") in told("Velmco results\nGAAP net income $512 million $4.10 billion 701%\n")
    found = told("Velmco expects revenue of $9 billion, plus or minus 2%. Its gross margin was 2%.")
    assert [s for q, s in found if q == "2%"][0] == ""


def test_a_result_told_beside_an_expectation_is_the_result() -> None:
    plain = _subject("Velmco's revenue rose to $8.4 billion.", "$8.4 billion")
    assert _subject("As expected, Velmco's revenue rose to $8.4 billion.", "$8.4 billion") == plain
    beat = "Velmco beat expectations with revenue of $8.4 billion."
    assert _subject(beat, "$8.4 billion") == _subject("Velmco's revenue was $8.4 billion.", "$8.4 billion")
