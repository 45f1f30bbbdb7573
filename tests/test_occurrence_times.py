"""One occurrence's date or time meets whatever words an outlet tells it with: a timeline entry,
a cleft, the killing of its doer, a coup told as power seized, a strike told as a walk-off, a
declared emergency, a date that picks out one election. Every sentence here is invented."""

from __future__ import annotations

import datetime as dt

from discrepancy import extract
from discrepancy.extract.dates import find_dates


def _dates(text: str, published: str = "2031-04-10") -> dict[str, tuple[str, str]]:
    """Each date claim's quote -> (subject, modality)."""
    return {c.span.quote: (c.subject, c.modality) for c in extract(text, published=published) if c.kind == "date"}


def _subject(text: str, quote: str, published: str = "2031-04-10") -> str:
    return _dates(text, published)[quote][0]


def test_a_timeline_entry_times_the_clause_after_its_colon() -> None:
    text = "Timeline of the day:\n\n2:14 p.m.: The gunman crashed his truck outside the clinic.\n"
    assert _subject(text, "2:14 p.m.") == "date:crash"


def test_a_timeline_entry_may_name_its_weekday_and_its_time_zone() -> None:
    text = "Timeline of the siege\n- Monday 2pm (local time): Siege at the Velm mall begins with a blast\n"
    got = _dates(text, "2031-03-12")["2pm"]
    assert got[0] == "date:begin/siege", got


def test_a_name_written_with_digits_is_passed_over_to_the_subject() -> None:
    # "the Velm7 hotel": the tokens cut the name at its digits, yet the subject is the attack
    text = "The attack on the Velm7 hotel began shortly after 3pm on Tuesday with a blast, police said."
    assert _subject(text, "shortly after 3pm") == "date:begin/attack"  # the quote holds its bound


def test_a_toll_of_an_occurrence_dates_the_toll_not_the_occurrence() -> None:
    # the date of a verb whose subject is the toll of a coup is the toll's, whatever words stand
    # between the toll and the coup (a preposition, a date, a name)
    for link in ("from", "as a result of"):
        text = f"The death toll {link} Velm's 1 February coup rose past 900 on Wednesday, an official said."
        got = _dates(text, "2031-08-18")
        assert got["1 February coup"][0] == "date:coup", got
        assert got.get("on Wednesday", ("",))[0] != "date:coup", got


def test_a_state_declared_in_the_complement_is_the_declaration_of_that_state() -> None:
    for text in (
        "The agency on Wednesday declared the fever surge in Velm a global public health emergency.",
        "The agency on Wednesday declared the fever surge in Velm was now a global public health emergency.",
    ):
        assert _subject(text, "on Wednesday") == "date:declare emergency", text
    # a complement that names no state, or a state told in another clause, is no such declaration
    other = "The agency on Wednesday declared the fever vaccine safe, and the emergency ended."
    assert _dates(other).get("on Wednesday", ("",))[0] != "date:declare emergency"


def test_the_killing_of_the_doer_is_one_act_however_it_is_told() -> None:
    timeline = "Timeline:\n\nAbout 3:05 p.m.: Tactical officers entered the room and fatally shot the gunman.\n"
    cleft = "A report confirms it was just after 4pm that the attacker was killed."
    assert _subject(timeline, "About 3:05 p.m.") == _subject(cleft, "just after 4pm") == "date:attackers killed"


def test_power_seized_is_a_coup_not_a_place_seized() -> None:
    text = (
        "Soldiers said they had seized power in the small coastal nation of Velmora early Wednesday, "
        "overturning the results of a disputed vote."
    )
    claims = extract(text, published="2031-04-10")
    assert not any(c.event is not None and c.event.type == "annex" for c in claims)
    assert _subject(text, "Wednesday") == "date:coup"


def test_a_walk_off_is_the_start_of_the_strike_whatever_the_when_clause_after_it() -> None:
    text = "Orvel workers first walked off the job on September 15, when their previous contract expired."
    assert _subject(text, "September 15") == "date:begin/strike"


def test_a_declared_emergency_is_keyed_by_what_was_declared() -> None:
    passive = "On 17 November, a state of emergency was declared, closing all schools."
    active = "The cabinet of Velmora declared an emergency on Friday."
    assert _subject(passive, "17 November") == _subject(active, "on Friday") == "date:declare emergency"


def test_a_date_before_an_election_word_is_asserted_whatever_the_clause_hopes() -> None:
    text = "The minister said he would not resign and hoped that a November 1 general election would be held in calm."
    assert _dates(text)["November 1 general election"] == ("date:election", "asserted")


def test_a_date_that_picks_out_an_election_dates_it() -> None:
    text = "The soldiers also said they were cancelling the results of an election on Saturday, won by Vale."
    assert _subject(text, "election on Saturday") == "date:election"
    weekend = "Hours after Vale was declared the winner of last weekend's vote, the soldiers appeared on air."
    assert _subject(weekend, "last weekend's vote") == "date:election"


def test_bombers_who_blew_themselves_up_date_the_explosion() -> None:
    text = "Two suicide bombers blew themselves up in a crowd of peace marchers in the capital Velmar on Oct. 10."
    assert _subject(text, "Oct. 10", "2031-10-20") == "date:explosion"


def test_a_toll_raised_late_sunday_is_no_date_of_the_blasts() -> None:
    text = "The Velmar cabinet raised the toll in the Orvel blasts from 95 to at least 97 late Sunday."
    assert _subject(text, "Sunday") != "date:explosion"


def _durations(text: str) -> list[str]:
    return [c.subject for c in extract(text, published="2031-04-10") if c.subject.startswith("quantity:duration")]


def test_the_time_between_two_blasts_is_one_measure_however_told() -> None:
    apart = _durations("The bombing, two explosions 15 minutes apart, struck near the Orvel shrine.")
    later = _durations("In the Orvel attack, one bomber detonated his vest, then another struck 20 minutes later.")
    assert apart and apart == later and "interval" in apart[0]


def test_the_length_of_a_recording_is_keyed_by_the_recording() -> None:
    stream = _durations("The live stream lasted for 16 minutes and is still shared.")
    video = _durations("He posted a 17-minute video of it on a forum.")
    assert stream and stream == video and "recording" in stream[0]


def test_a_departure_is_one_act_whether_it_took_off_or_departed() -> None:
    took_off = "The plane took off from Orvel, Velmora, shortly after 2 a.m. local time and was carrying 90 people."
    departed = "The jet departed Orvel at 9:00 AM (0000 GMT)."
    assert _subject(took_off, "shortly after 2 a.m.") == _subject(departed, "9:00 AM") == "date:departure"


def test_a_structure_that_gives_way_is_its_collapse() -> None:
    text = "As the two dams exploded on Tuesday after the storm, the city was split in two."
    assert _subject(text, "on Tuesday", "2031-04-20") == "date:collapse"


def test_a_weekday_of_this_week_is_that_week_s_day() -> None:
    text = "Velmora's offices close on Thursday and Friday this week so staff can help, and Monday next week too."
    days = {d.time.expression: d.time.start for d in find_dates(text, 0, len(text), dt.date(2031, 4, 7))}
    assert days["on Thursday"] == dt.date(2031, 4, 10) and days["Friday"] == dt.date(2031, 4, 11)
    assert days["Monday"] == dt.date(2031, 4, 14)
