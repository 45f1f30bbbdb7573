"""'Pounds' after a figure is money (sterling) unless the words after it make it a weight."""

from discrepancy import extract


def _units(sentence: str) -> list[tuple[str | None, float | None]]:
    return [(c.quantity.unit, c.quantity.low) for c in extract(sentence, published="2031-03-01") if c.quantity]


def test_millions_of_pounds_are_sterling() -> None:
    assert _units("Velmor Rovers agreed a fee of 88 million pounds for the winger.") == [("GBP", 88_000_000.0)]


def test_a_fee_in_pounds_meets_the_same_fee_with_the_sign() -> None:
    written = extract("Velmor Rovers agreed a fee of 88 million pounds for the winger.", published="2031-03-01")
    signed = extract("Velmor Rovers agreed a fee of £88m for the winger.", published="2031-03-01")
    assert [c.subject for c in written if c.quantity] == [c.subject for c in signed if c.quantity]


def test_pounds_of_something_are_a_weight() -> None:
    assert _units("Customs officers seized 300 pounds of cocaine at the port.")[0][0] == "metric_ton"


def test_a_named_countrys_pounds_stay_that_countrys() -> None:
    assert _units("The ministry set aside 12 million Egyptian pounds for repairs.") == [("EGP", 12_000_000.0)]
