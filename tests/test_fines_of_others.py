"""A fine named with the party it was imposed on after its amount ("a €746m penalty doled out to
Velmcorp", "which was levied on Velmcorp", "a €746m Velmcorp fine") or before it in brackets
("exceeds those of Dorncorp (€1.1bn") is that party's: another party's fine, told beside the
one an article is about, never meets it. Every sentence here is invented."""

from __future__ import annotations

from discrepancy import check, extract
from discrepancy.models import Document


def _owners(text: str) -> list[str]:
    return [
        c.subject.split("|")[2]
        for c in extract(text, published="2031-05-22")
        if c.kind == "quantity" and c.subject.startswith("quantity:money:fine")
    ]


def test_the_party_named_after_a_fine_owns_it() -> None:
    assert _owners("The fine eclipses a €746m privacy penalty previously doled out to Velmcorp.com.") == ["Velmcorp"]
    assert _owners("It beat the record fine of €746 million, which was levied on Velmcorp in 2029.") == ["Velmcorp"]
    assert _owners("It overtook the €746m Velmcorp fine.") == ["Velmcorp"]
    assert _owners("The fine exceeds those of Dorncorp (€1.1bn for anti-competitive practices).") == ["Dorncorp"]


def test_a_regulators_fine_names_no_party() -> None:
    assert _owners("Karsk was hit with a record €1.2bn GDPR fine.") == ["-"]


def test_two_parties_fines_do_not_meet() -> None:
    docs = [
        Document(id=i, path=f"{i}.md", source=f"Daily {i}", published="2031-05-22", text=t)
        for i, t in (
            ("A", "The regulator fined Karsk €1.2 billion on Monday. The fine exceeds those of Dorncorp (€1.1bn)."),
            ("B", "Karsk was fined €1.2 billion. It eclipses a €746m penalty previously doled out to Velmcorp."),
        )
    ]
    assert [f for f in check(docs).findings if "fine" in f.subject] == []
