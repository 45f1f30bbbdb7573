"""A noun that names an act ("the derailment of 38 wagons", "6,000 flight cancellations") counts
what the verb would ("38 wagons derailed", "cancelled 6,000 flights"), with no list of such nouns.
Invented sentences; each test failed before the change it guards."""

from __future__ import annotations

from documents import document

from discrepancy.extract.document import extract_document
from discrepancy.lexicon import load_lexicon


def _subjects(text: str) -> dict[float, str]:
    doc = document("a.md", "Daily A", "2031-07-20", text)
    return {
        c.quantity.figure: c.subject.split("|", 2)[0] + "|" + c.subject.split("|", 2)[1]
        for c in extract_document(doc, load_lexicon())
        if c.quantity is not None and c.quantity.figure is not None and c.subject
    }


def test_an_act_s_noun_before_of_counts_what_the_verb_does() -> None:
    told = _subjects("Inspectors studied the derailment of 38 wagons near Velm.")
    assert told[38.0] == _subjects("Thirty-eight wagons derailed near Velm.")[38.0]


def test_a_qualifier_after_of_keeps_the_act() -> None:
    told = _subjects("The outage forced the cancellation of over 4,000 flights.")
    assert told[4000.0] == _subjects("Kestrel Air cancelled 4,000 flights.")[4000.0]


def test_a_plural_act_counts_the_word_before_it() -> None:
    told = _subjects("Kestrel Air reported more than 6,000 flight cancellations.")
    assert told[6000.0] == _subjects("Kestrel Air cancelled 6,000 flights.")[6000.0]


def test_a_qualifier_after_a_verb_is_no_particle() -> None:
    told = _subjects("Kestrel Air had to cancel over 6,000 flights.")
    assert told[6000.0] == _subjects("Kestrel Air had to cancel 6,000 flights.")[6000.0]


def test_a_body_or_a_gathering_is_no_act() -> None:
    assert _subjects("Velm, a town with a population of 4,700, was evacuated.").get(4700.0, "").split("|")[0] != (
        "quantity:populate"
    )
    assert "demonstrate" not in _subjects("A demonstration of 5,000 people filled the square.").get(5000.0, "")


def test_a_compound_english_does_not_know_counts_as_its_last_part() -> None:
    told = _subjects("Inspectors studied the derailment of 38 railcars near Velm.")
    assert told[38.0] == _subjects("Thirty-eight rail cars derailed near Velm.")[38.0]
