"""A people that "accounted for" or "made up" a number of deaths counts its own share of the toll,
never the whole. Invented sentences; failed before the change."""

from __future__ import annotations

from documents import document

from discrepancy.extract.document import extract_document
from discrepancy.lexicon import load_lexicon


def _populations(text: str) -> dict[float, str]:
    doc = document("a.md", "Daily A", "2031-06-25", text)
    return {
        c.quantity.figure: c.subject.split("|")[1]
        for c in extract_document(doc, load_lexicon())
        if c.quantity is not None and c.subject.startswith("quantity:deaths")
    }


def test_a_people_that_accounted_for_deaths_is_their_share() -> None:
    text = "The heat has killed more than 1,100 pilgrims. Diplomats said Egyptians accounted for 658 deaths."
    assert _populations(text)[658.0] == "egyptian people"


def test_a_people_that_made_up_deaths_is_their_share() -> None:
    assert _populations("The storm killed 90 people. Jordanians made up about 40 deaths.")[40.0] == "jordanian people"


def test_a_cause_that_accounted_for_deaths_names_no_people() -> None:
    assert _populations("The heat accounted for 658 deaths, officials said.")[658.0] == "people"
