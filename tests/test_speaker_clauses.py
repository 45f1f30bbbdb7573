"""Speakers read from the clause around a speech verb, classes seen on unseen news: words that use a
speech verb for something else (a toll taken, jobs added, a state reported), adverbs and modals
between a speaker and its verb, asides in commas (a relative clause, a place or a name after a role),
a verb coordinated with the one before, a place after the speaker's head, and a report's maker."""

from __future__ import annotations

import datetime as dt

from discrepancy import extract

PUBLISHED = dt.date(2024, 5, 14)


def _speaker_of(text: str, quote_start: str) -> str | None:
    claims = [c for c in extract(text, published=PUBLISHED, source="Velm Courier") if c.kind == "quantity"]
    return next(c.speaker for c in claims if c.span.quote.startswith(quote_start))


def test_a_speech_verb_used_for_a_toll_or_a_sum_names_no_speaker() -> None:
    assert _speaker_of("The landslide claimed the lives of 31 villagers.", "31") == "Velm Courier"
    assert _speaker_of("Velmian factories added 42,000 jobs in March.", "42,000") == "Velm Courier"
    text = "Some 90 miners were rescued, with a dozen of them reported to be in serious condition."
    assert _speaker_of(text, "Some 90") == "Velm Courier"


def test_adverbs_and_modals_before_the_verb_are_not_the_speaker() -> None:
    assert (
        _speaker_of("The transport board quickly announced that 14 trains were cancelled.", "14") == "transport board"
    )
    assert (
        _speaker_of("Velm's election panel has formally announced 61 percent turnout.", "61") or ""
    ).lower() == "velm's election panel"
    assert _speaker_of('"We can say that 40 houses collapsed," Mayor Ana Ruiz said.', "40") == "Ana Ruiz"


def test_an_aside_in_commas_is_skipped() -> None:
    text = "The Orvel Red Cross, which runs the field hospital, said 77 people were treated."
    assert _speaker_of(text, "77") == "Orvel Red Cross"
    text = "Inspectors, in a preliminary finding, said 3 valves had failed."
    assert (_speaker_of(text, "3") or "").lower() == "inspectors"


def test_a_name_after_a_role_is_the_speaker() -> None:
    text = "A spokeswoman for the flood agency, Mara Holt, says 12 people are still missing."
    assert _speaker_of(text, "12") == "Mara Holt"


def test_a_verb_coordinated_with_the_one_before_keeps_its_speaker() -> None:
    text = "Ivo Dann admitted the levees failed, yet noted that 2,000 soldiers were deployed."
    assert _speaker_of(text, "2,000") == "Ivo Dann"


def test_a_place_after_the_head_is_not_the_speaker() -> None:
    text = "Authorities in Upper Velm announced that 26 schools would close."
    assert _speaker_of(text, "26") == "authorities in Upper Velm"
    text = "The Flood Control Authority (FCA) in Orvel said 48 dams were full."
    assert _speaker_of(text, "48") == "Flood Control Authority"


def test_a_report_reported_by_a_body_gives_the_body() -> None:
    text = "The toll of 530, reported by the state agency Velmpress, was the highest in years."
    assert _speaker_of(text, "530") == "state agency Velmpress"
    text = "The count stands at 28, according to an evening update from Velm Gov. Ana Ruiz."
    assert _speaker_of(text, "28") == "Ana Ruiz"


def test_a_subject_told_an_outlet_is_the_speaker() -> None:
    text = "Organisers told the radio they counted 80,000 marchers."
    assert _speaker_of(text, "80,000") == "organisers"


def test_a_phrase_headed_by_no_person_or_body_names_no_speaker() -> None:
    assert _speaker_of("A rockslide claimed 12 hikers on the ridge.", "12") == "Velm Courier"
    assert _speaker_of("Heavy rain recorded overnight reached 80 millimetres.", "80") == "Velm Courier"
    assert _speaker_of("This brings the total confirmed deaths to 64.", "64") == "Velm Courier"
    assert _speaker_of("According to the figures we have, 23 percent of ballots are counted.", "23") == "Velm Courier"


def test_a_relative_clause_without_commas_gives_the_noun_before_it() -> None:
    text = "The board that oversees the dams said 4 gates had failed."
    assert _speaker_of(text, "4") == "board"


def test_a_passive_quotation_gives_its_subject() -> None:
    text = "The harbour master was quoted by the radio as saying 19 boats sank."
    assert _speaker_of(text, "19") == "harbour master"


def test_a_noun_of_one_who_does_heads_a_speaker() -> None:
    text = "Up to 9,000 homes could lose power by Friday, grid modellers warned."
    assert _speaker_of(text, "Up to 9,000") == "grid modellers"


def test_a_quotation_introduced_by_a_colon_keeps_its_speaker() -> None:
    text = (
        "Turnout had reached 30 percent by noon. The opposition's leader Ana Ruiz said:\n\n"
        "“The agency is wrong. By our own count, 23.5% of polling stations have reported. Trust us.”"
    )
    assert _speaker_of(text, "23.5%") == "Ana Ruiz"
    assert _speaker_of(text, "30 percent") == "Velm Courier"


def test_the_agent_of_a_passive_speech_verb_is_the_speaker() -> None:
    assert _speaker_of("Figures reported by local radio show 38,000 marchers in Orvel.", "38,000") == "local radio"
    assert _speaker_of("The crowd was estimated by police at 3,000.", "3,000") == "police"


def test_an_inverted_speaker_ends_before_a_second_speech_verb() -> None:
    text = "Divers found 118 survivors, said Velm National Sea Rescue Service chief Ana Ruiz told the radio."
    assert _speaker_of(text, "118") == "Ana Ruiz"


def test_a_bullet_before_a_speaker_is_not_part_of_it() -> None:
    assert _speaker_of("* Ruling party says the mine was inspected 11 times", "11") == "ruling party"


def test_a_person_is_one_speaker_however_titled_or_named() -> None:
    text = (
        "Velm Gov. Ana Ruiz said 25 people had died. Ruiz later said 26 had died. "
        "Mr Ruiz told reporters 30 people were missing. Commander Jon Ek said 5 boats sank."
    )
    speakers = {_speaker_of(text, q) for q in ("25", "26", "30")}
    assert speakers == {"Ana Ruiz"}
    assert _speaker_of(text, "5 boats") == "Jon Ek"


def test_a_body_named_in_full_keeps_its_name() -> None:
    text = "The General Election Commission said 61 percent voted. Reuters said 60 percent voted."
    assert _speaker_of(text, "61") == "General Election Commission"
    assert _speaker_of(text, "60") == "Reuters"
