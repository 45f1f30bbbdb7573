"""A rate ("40,000 barrels a day") is compared per year and never with a total."""

from discrepancy import extract


def _figures(text: str) -> list[tuple[str, float]]:
    return [(c.subject, c.quantity.figure) for c in extract(text, published="2024-03-14") if c.quantity]


def test_a_rate_is_kept_apart_from_a_total_and_compared_per_year() -> None:
    (daily,) = _figures("The field pumps 40,000 barrels a day.")
    (weekly,) = _figures("The field pumps 280,000 barrels a week.")
    (total,) = _figures("The field pumps 40,000 barrels.")
    assert daily[0] == weekly[0] != total[0]
    assert daily[1] == 40_000 * 365
    assert weekly[1] == 280_000 * 52


def test_a_year_ago_is_no_rate() -> None:
    (claim,) = _figures("The field pumped 40,000 barrels a year ago.")
    assert "per year" not in claim[0]
