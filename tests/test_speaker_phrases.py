"""Speaker phrases that are not a speaker, classes seen on unseen news: a day word or an adverb after
the speaker, a verb of saying with a pronoun inside the phrase, a title chain before a name, a
relative clause ("the staff the firm reported"), and a report named instead of the body that made it."""

from __future__ import annotations

import datetime as dt

from discrepancy import extract

PUBLISHED = dt.date(2024, 5, 14)


def _speakers(text: str) -> dict[str, str | None]:
    return {c.span.quote: c.speaker for c in extract(text, published=PUBLISHED) if c.kind == "quantity"}


def _speaker_of(text: str, quote_start: str) -> str | None:
    found = _speakers(text)
    return next(s for q, s in found.items() if q.startswith(quote_start))


def test_a_day_word_after_the_speaker_is_not_part_of_it() -> None:
    text = "The flood left 412 people dead in the valley, according to the Velmian state broadcaster Tuesday."
    assert _speaker_of(text, "412") == "velmian state broadcaster"


def test_an_adverb_after_the_speaker_is_not_part_of_it() -> None:
    text = "The navy initially reported that 12 sailors were missing."
    assert _speaker_of(text, "12") == "navy"


def test_a_verb_of_saying_and_a_pronoun_are_not_part_of_the_speaker() -> None:
    text = "Velmia's Labour Ministry said it had counted 640,000 strikers nationwide."
    assert (_speaker_of(text, "640,000") or "").lower() == "velmia's labour ministry"


def test_a_title_chain_before_a_name_keeps_the_name() -> None:
    text = "Regional Director General Relief Operations Omar Tasik said 38 villagers were missing."
    assert _speaker_of(text, "38") == "Omar Tasik"
    text = "The firm employs 9,000 staff, Chief Operating Officer Lena Brandt said."
    assert _speaker_of(text, "9,000") == "Lena Brandt"


def test_a_relative_clause_gives_its_own_subject_as_the_speaker() -> None:
    text = "The cuts hit 4% of the 220,000 permanent and seasonal staff the retailer reported as of June."
    assert _speaker_of(text, "220,000") == "retailer"


def test_a_speech_word_after_a_preposition_is_no_speaker() -> None:
    text = "The number of confirmed victims climbed to 96 on Friday."
    assert _speaker_of(text, "96") != "number of"


def test_a_place_stricken_by_the_disaster_is_not_a_speaker() -> None:
    text = "Worst-hit Orvel reported 31 deaths on Monday."
    assert _speaker_of(text, "31") != "Worst-hit Orvel"


def test_a_report_noun_gives_the_body_that_made_it() -> None:
    text = "The ruling party won 61 percent of the vote, according to the official count of ballots published late on Sunday by the national electoral board."
    assert _speaker_of(text, "61 percent") == "national electoral board"
    text = "The storm killed 27 people, citing the newest figures from lifeguards on the beach."
    assert (_speaker_of(text, "27") or "").startswith("lifeguards")


def test_a_long_name_is_kept_whole_and_a_title_is_no_name() -> None:
    text = "The quake had a magnitude of 6.1, according to the Velmian National Seismic Survey."
    assert _speaker_of(text, "6.1") == "Velmian National Seismic Survey"
    text = "The firm will cut 1,200 jobs, Velmco Chief Executive Officer said."
    assert _speaker_of(text, "1,200") != "Officer"


def test_a_participle_phrase_after_the_head_describes_the_speaker() -> None:
    # the head noun speaks, never a name or a noun inside the phrase that describes it
    assert _speaker_of("Firefighters battling the Dorn Fire said it had burned 7,000 acres.", "7,000") == "firefighters"
    assert _speaker_of("Officials investigating the crash said 12 people were killed.", "12") == "officials"
    text = "Doctors treating the wounded at Velm General Hospital said 25 people were in critical condition."
    assert _speaker_of(text, "25") == "doctors"
    assert _speaker_of("Rescuers digging through the rubble said 40 bodies had been found.", "40") == "rescuers"


def test_a_phrase_without_a_participle_keeps_its_name() -> None:
    assert _speaker_of("The Velm Fire Department said 5 firefighters were hurt.", "5") == "Velm Fire Department"


def test_a_relative_clause_of_saying_speaks_for_the_noun_it_follows() -> None:
    text = "State media reported 12 dead, a figure disputed by opposition groups, who said at least 40 had died."
    assert _speaker_of(text, "at least 40") == "opposition groups"
    assert (
        _speaker_of("The Velm Red Cross, which said 300 homes were destroyed, appealed for aid.", "300")
        == "Velm Red Cross"
    )


def test_a_report_named_by_its_maker_is_the_makers() -> None:
    text = "The government says 1,200 people have died; the Velm Red Cross's estimate is closer to 3,000."
    assert _speaker_of(text, "3,000") == "Velm Red Cross"
    assert _speaker_of("The ministry's count showed 450 deaths.", "450") == "ministry"
    assert _speaker_of("According to the ministry's latest tally, 3,000 people have died.", "3,000") == "ministry"
    assert _speaker_of("Velmia's death toll stands at 40.", "40") != "Velmia"
