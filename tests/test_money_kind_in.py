"""What a sum is, named by a bare noun phrase of "in" right after it, any noun ("$12 million in legal
fees", "$3 million in back pay"): the same sum as "legal fees of $12 million"; a phrase with an
article or a name after "in" ("in the first quarter", "in Osland") says when or where, not what."""

from __future__ import annotations

from discrepancy import extract


def _subject(text: str) -> str:
    (claim,) = [c for c in extract(text, published="2031-01-02") if c.kind == "quantity"]
    return claim.subject


def test_a_sum_in_fees_meets_fees_of_a_sum() -> None:
    a = _subject("Judge Orlan added $12.4 million in legal fees on Monday.")
    b = _subject("Judge Orlan set legal fees of $12.4 million on Monday.")
    assert a == b and a.startswith("quantity:money:fee")


def test_a_possessive_before_the_kind_is_not_the_kind() -> None:
    fees = _subject("The court ordered $2 million in lawyers' fees.")
    assert fees == _subject("The court ordered $2 million in fees.") and fees.startswith("quantity:money:fee")


def test_any_noun_names_the_kind_and_kinds_stay_apart() -> None:
    pay = _subject("The tribunal ordered $3 million in back pay for the drivers.")
    fees = _subject("The tribunal ordered $3 million in legal fees for the drivers.")
    assert pay.startswith("quantity:money:pay") and pay != fees
    # a phrase of when or where names no kind
    assert _subject("Brontex reported $5 million in the first quarter.") == ""
    assert _subject("Brontex lost $40 million in Osland last year.") == ""
