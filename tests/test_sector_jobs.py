"""Jobs an industry added are that industry's, never the economy's payrolls (rules/grammar/rates.yaml
sectors, sector_subject)."""

from __future__ import annotations

from discrepancy import extract

PAYROLLS = "quantity:jobs:payrolls|jobs|-|-|-|-"


def _keys(text: str) -> dict[str, str]:
    return {c.span.quote: c.subject for c in extract(text, published="2031-02-07") if c.quantity is not None}


def test_an_industrys_jobs_are_its_own() -> None:
    keys = _keys("In Velm, hotels added 14,800 jobs in January, while employers added 410,000 jobs in all.")
    assert keys["410,000 jobs"] == PAYROLLS
    assert keys["14,800 jobs"] == "quantity:jobs:payrolls|jobs|-|-|in hotels|-"


def test_a_part_of_an_industry_and_a_list_told_respectively() -> None:
    assert _keys("Even residential construction added 5,500 jobs.")["5,500 jobs"].endswith(
        "|in residential construction|-"
    )
    keys = _keys(
        "Bakeries and health care were the two biggest gainers, adding 9,600 jobs and 5,200 jobs, respectively."
    )
    assert keys["9,600 jobs"] != PAYROLLS and keys["5,200 jobs"] != PAYROLLS


def test_the_economy_is_no_industry() -> None:
    assert _keys("The economy added 410,000 jobs in January.")["410,000 jobs"] == PAYROLLS
