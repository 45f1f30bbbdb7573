"""A ransom is one sum however outlets name it: "a ransom payment", "a ransomware payment", "paid
in bitcoin as ransom" (the coin is how it was paid, the kind follows it)."""

from __future__ import annotations

from discrepancy import extract


def test_a_ransom_is_one_kind_of_sum_however_named() -> None:
    subjects = {
        next(c.subject for c in extract(text, published="2031-03-02") if c.quantity is not None)
        for text in (
            "Velmcare paid a $22 million ransom, its chief said.",
            "Velmcare authorized a $22 million ransom payment.",
            "Velmcare made a $22 million ransomware payment.",
            "Velmcare sent around $22 million in bitcoin as ransom.",
            "Its chief confirmed that $22 million in bitcoin was paid as ransom.",
        )
    }
    assert subjects == {"quantity:money:ransom|-|-|-|-|-"}
