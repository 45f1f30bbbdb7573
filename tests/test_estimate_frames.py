"""A figure set "at" by a verb of estimating ("officials put the death toll at 21", "the agency
places the total at 21", "the damage was put at") is the value of the noun the verb governs; the
verb's subject says it. The verb never names what is counted, and a bare "total" takes what its
sentence counted before it."""

from __future__ import annotations

from discrepancy import extract
from discrepancy.read import Reading


def _claim(text: str, quote: str):  # type: ignore[no-untyped-def]
    return next(c for c in extract(text, published="2031-05-02", source="Daily A") if c.span.quote == quote)


def _frame(sentence: str, figure: str) -> tuple[str, str] | None:
    reading = Reading(sentence, 0, len(sentence))
    i = reading.index_at(sentence.index(figure))
    frame = reading.estimate_frame(i)
    if frame is None:
        return None
    verb, noun = frame
    return verb.lemma, sentence[reading.tokens[noun.first].start : reading.tokens[noun.head].end]


def test_the_frame_names_the_verb_and_the_noun_it_sets() -> None:
    assert _frame("Officials in Velm placed the total at 21.", "21") == ("place", "total")
    assert _frame("The office puts the number of homes destroyed at 1,200.", "1,200") == ("put", "number")
    assert _frame("Rescuers put the toll from the Velm quake on Friday at 150.", "150") == ("put", "toll")
    assert _frame("The number of dead was put at 33.", "33") == ("put", "number")
    assert _frame("Losses pegged at $5 billion hit Karsk.", "$5") == ("peg", "Losses")


def test_no_frame_without_a_verb_of_estimating_before_at() -> None:
    assert _frame("The team arrived at 21 stations.", "21") is None
    assert _frame("The toll stood at least 40.", "40") is None
    assert _frame("Officials put the toll at at least 40.", "40") is None


def test_a_bare_total_is_what_the_sentence_counted_not_the_verb() -> None:
    # before: "places" made the measure ("quantity:place")
    text = "The toll from the Velm storm has wavered, but the agency's Monday data places the total at 21."
    assert _claim(text, "21").subject.startswith("quantity:deaths|people|")


def test_the_counted_noun_after_the_container_says_what_happened() -> None:
    # before: a plain count of homes
    text = "The regional office puts the number of homes destroyed at 1,200."
    assert _claim(text, "1,200").subject.startswith("quantity:destroyed|homes|")


def test_the_subject_of_a_verb_of_setting_or_revising_speaks() -> None:
    assert _claim("The Karsk ministry set the death toll at 140 on Tuesday.", "140").speaker != "Daily A"
    assert _claim("Officials in Velm fixed the number of dead at more than 30.", "more than 30").speaker != "Daily A"
    assert _claim("The Karsk health ministry raised the toll to 55.", "55").speaker != "Daily A"
    assert _claim("Rescuers lowered their death toll from the Velm landslide to 48.", "48").speaker == "rescuers"


def test_a_time_after_set_is_no_estimate() -> None:
    text = "The Velm reporter set the scene at 9 a.m. when 12 people were hurt."
    assert _claim(text, "12 people").speaker == "Daily A"


def test_a_revised_toll_of_a_long_named_occurrence_is_its_new_level() -> None:
    # before: no claim, the phrase after "toll" ran past what a revision allowed
    text = (
        "The agency on Sunday raised its death toll from a massive landslide in Velm Karsk province to more than 670."
    )
    claim = _claim(text, "more than 670")
    assert claim.subject.startswith("quantity:deaths|") and claim.speaker == "agency"


def test_a_noun_neither_container_nor_counted_makes_no_claim() -> None:
    claims = extract("Engineers put the Velm launch at 10.", published="2031-05-02", source="Daily A")
    assert not any(c.span.quote == "10" for c in claims)
