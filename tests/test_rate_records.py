"""A record of a rate is keyed by the topic the sentence names ("the highest level since 1981" of
inflation, of the bank's rate), and "a 41-year high" is such a record (extract/records.py)."""

from __future__ import annotations

from discrepancy import extract


def _records(text: str, published: str = "2031-03-18") -> dict[str, tuple[str, str]]:
    return {
        c.span.quote: (c.subject, c.time.label())
        for c in extract(text, published=published)
        if c.event is not None and c.event.type == "record"
    }


def test_a_record_of_a_rate_is_of_its_topic() -> None:
    inflation = "event:record|patient=high inflation"
    assert _records("Dear food pushed Velm's inflation to the highest level since 1981.") == {
        "highest level since 1981": (inflation, "1981")
    }
    assert (
        _records("It was the highest rate of inflation since 1981.")["highest rate of inflation since 1981"][0]
        == inflation
    )
    rate = _records("The bank raised interest rates to 3%, hitting its highest level in 14 years.")
    assert [s for s, _ in rate.values()] == ["event:record|patient=high interest_rate"]


def test_a_record_with_a_head_of_its_own_keeps_it() -> None:
    assert _records("The quake in Velm was the deadliest since 1990.")["deadliest since 1990"][0] == (
        "event:record|patient=deadly quake"
    )


def test_years_high_is_a_record_not_a_duration() -> None:
    text = "Velm's inflation rose to 11.1% in February, reaching a 41-year high."
    claims = extract(text, published="2031-03-18")
    assert not [c for c in claims if c.quantity is not None and c.quantity.measure == "duration"]
    record = _records(text)["41-year high"]
    assert record[0] == "event:record|patient=high inflation"


def test_a_round_count_of_years_meets_the_year() -> None:
    text = "Velm's unemployment rate dropped to 3.4%, marking a 50-year low."
    (claim,) = [c for c in extract(text, published="2031-02-03") if c.event is not None]
    assert claim.time.start is not None and claim.time.end is not None
    assert claim.time.start.year <= 1977 <= claim.time.end.year  # "the lowest since 1977" elsewhere


def test_a_record_for_a_count_of_years_is_no_duration() -> None:
    text = "Velm's food price inflation climbed to 16.2% in February, the fastest rate for 45 years."
    claims = extract(text, published="2031-03-18")
    assert not [c for c in claims if c.quantity is not None and c.quantity.measure == "duration"]
    (record,) = [c for c in claims if c.event is not None and c.event.type == "record"]
    assert (
        record.time.start is not None and record.time.start.year <= 1986 <= (record.time.end or record.time.start).year
    )


def test_the_period_of_a_rate_is_no_duration() -> None:
    claims = extract("Velm's 12-month inflation rate for February was 6.5% for electricity.", published="2031-03-18")
    assert not [c for c in claims if c.quantity is not None and c.quantity.measure == "duration"]


def test_prices_that_rose_at_a_record_pace_are_a_record_of_inflation() -> None:
    rose = _records("Prices of food and drink in Velm rose at the fastest rate since 1986, the office said.")
    told = _records("Velm's food price inflation climbed to 16.2% in February, the fastest rate for 45 years.")
    assert (
        rose["fastest rate since 1986"][0]
        == told["fastest rate for 45 years"][0]
        == "event:record|patient=fast inflation"
    )
    level = _records("Velm's house prices are the highest in 20 years.")
    assert [s for s, _ in level.values()] == ["event:record|patient=high price"]
