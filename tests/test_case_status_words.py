"""Words for "confirmed" before a count of cases ("17 laboratory-confirmed cases", "13 positive
cases", "lab-confirmed") are one status: they meet "17 confirmed cases" and stay apart from
probable and suspected ones."""

from __future__ import annotations

from discrepancy import extract


def _populations(text: str) -> list[tuple[str, str]]:
    return [
        (c.span.quote, c.subject.split("|")[1])
        for c in extract(text, published="2031-03-28", path="a.md")
        if c.subject.startswith("quantity:cases")
    ]


def test_other_words_for_confirmed_are_confirmed() -> None:
    found = _populations(
        "The Velm ministry reported 17 laboratory-confirmed cases, 13 positive cases in Orsk, 4 lab-confirmed"
        " cases in Karsk and 20 probable cases."
    )
    assert found == [
        ("17 laboratory-confirmed cases", "confirmed cases"),
        ("13 positive cases", "confirmed cases"),
        ("4 lab-confirmed cases", "confirmed cases"),
        ("20 probable cases", "probable cases"),
    ]
