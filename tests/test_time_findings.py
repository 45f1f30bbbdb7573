"""When things happened: the act a time belongs to, approximate clock times, and the findings an
editor expects from them. Every sentence here is invented."""

from __future__ import annotations

from documents import document

from discrepancy import check, extract


def _subjects(text: str, published: str = "2031-04-10") -> dict[str, str]:
    """Each date claim's quote -> its subject."""
    return {c.span.quote: c.subject for c in extract(text, published=published) if c.kind == "date"}


def test_a_when_clause_after_a_time_names_the_act_it_times() -> None:
    got = _subjects("Footage caught the moment at 2:14 a.m. Thursday when the freighter Orla struck a pier.")
    assert got["2:14 a.m."] == "date:crash"


def test_a_recording_verb_gives_its_time_to_what_it_recorded() -> None:
    assert _subjects("The recorder logged the collision at 2:15 a.m.")["2:15 a.m."] == "date:crash"


def test_a_verb_of_impact_is_a_crash_whatever_its_doer() -> None:
    assert _subjects("The tanker lost power and rammed the pier at 2:12 a.m.")["2:12 a.m."] == "date:crash"
    assert _subjects("Nine coaches derailed near Orvel at 8 PM, officials said.")["8 PM"] == "date:crash"


def test_a_party_that_strikes_attacks_and_a_quake_that_strikes_is_the_quake() -> None:
    assert _subjects("Russia struck the port at 3 a.m.")["3 a.m."] != "date:crash"
    assert _subjects("The quake struck at 11.10 p.m.")["11.10 p.m."] == "date:earthquake"


def test_a_subject_that_names_an_act_keys_its_time_with_its_ordinal() -> None:
    a = _subjects("The first call to the fire service from Orvel came at 19:05 local time.")
    b = _subjects("The first call from the Orvel area to firefighters came at 7.05pm on Friday.")
    assert a["19:05"] == b["7.05pm"] == "date:first call"
    assert _subjects("At 2:10 a.m., several alarms went off aboard the ship.")["2:10 a.m."] == "date:alarm"


def test_an_approximate_clock_time_quotes_its_qualifier() -> None:
    claims = [c for c in extract("The crash occurred around 8pm near the station.", published="2031-06-07")]
    clock = next(c for c in claims if c.time.clock is not None)
    assert clock.span.quote == "around 8pm" and clock.time.clock == 20 * 60


def test_a_time_named_by_the_lexicon_is_a_sure_key() -> None:
    (clock,) = [c for c in extract("The recorder logged the collision at 2:15 a.m.") if c.kind == "date"]
    assert clock.confidence == 1.0


def _times_flagged(a: str, b: str) -> bool:
    report = check(
        [
            document("a.md", "Harbour Post", "2031-04-10", f"Orla crash\n\n{a}"),
            document("b.md", "Coast Daily", "2031-04-12", f"Orla crash\n\n{b}"),
        ]
    )
    return any(f.rule == "occurrence-date" for f in report.findings)


def test_one_minute_apart_to_the_minute_is_a_finding() -> None:
    assert _times_flagged(
        "Footage caught the moment at 2:14 a.m. Thursday when the Orla struck the Varnel bridge.",
        "The recorder of the Orla logged the collision with the Varnel bridge at 2:15 a.m.",
    )


def test_about_a_minute_meets_the_next_minute_but_not_two_on() -> None:
    alarms = "At 2:10 a.m., several alarms went off aboard the Orla near Varnel."
    assert not _times_flagged(alarms, "Trouble began at about 2:11 a.m. when alarms sounded aboard the Orla.")
    assert _times_flagged(alarms, "Trouble began at about 2:12 a.m. when alarms sounded aboard the Orla.")


def test_around_an_hour_meets_around_the_same_hour() -> None:
    assert not _times_flagged(
        "The derailment of the Orla express occurred around 8pm near Orvel station.",
        "Nine coaches of the Orla express derailed near Orvel at around 8 PM, the railway said.",
    )


def test_a_date_dates_the_act_noun_its_phrase_hangs_from() -> None:
    got = _subjects("Homes flooded after heavy rains from a cold front (ORLA) on Tuesday night.", "2031-11-03")
    assert got["on Tuesday"] == "date:rain"
    assert _subjects("Should no one win half the votes, a June 8 run-off will follow.")["June 8"] == "date:run-off"


def test_a_relative_clause_s_act_is_the_phrase_it_qualifies() -> None:
    assert _subjects("Floods followed the torrential rains that began Monday night.", "2031-11-03")["Monday"] == (
        "date:rain"
    )


def test_a_date_joined_to_another_is_of_the_same_act() -> None:
    got = _subjects("Heavy rains from a cold front (ORLA) on Tuesday night and early Wednesday hit the coast.")
    assert got["on Tuesday"] == got["Wednesday"] == "date:rain"


def test_a_declared_occurrence_is_keyed_by_the_declaration_whoever_declared_it() -> None:
    a = _subjects("On 12 May, the health ministry of Velm declared an outbreak of cholera.", "2031-05-19")
    b = _subjects("Velm declared a cholera outbreak last Monday after two cases.", "2031-05-19")
    c = _subjects(
        "The government confirmed the outbreak of the cholera strain on 12th May, 2031 in Orvel.", "2031-06-01"
    )
    assert a["12 May"] == b["last Monday"] == c["12th May, 2031"] == "date:declare epidemic"


def test_rains_begun_on_one_night_and_told_on_the_next_are_a_finding() -> None:
    report = check(
        [
            document(
                "a.md",
                "Harbour Post",
                "2031-11-02",
                "Velm floods\n\nHeavy rains that began Monday night left the Velm coast flooded.",
            ),
            document(
                "b.md",
                "Coast Daily",
                "2031-11-03",
                "Velm floods\n\nThe Velm floods, set off by rains from a cold front (ORLA) on Tuesday night and early "
                "Wednesday, hit the coast.",
            ),
        ]
    )
    assert any(f.rule == "occurrence-date" and f.severity == "warning" for f in report.findings)


def test_a_schedule_to_come_is_asserted_and_a_possibility_is_not() -> None:
    def modality(text: str) -> str:
        return next(c.modality for c in extract(text, published="2031-05-26") if c.subject == "date:run-off")

    assert modality("The two leaders of Velm will meet in a run-off election on June 8.") == "asserted"
    assert modality("A run-off could be held on June 8.") == "hedged"


def test_words_that_name_an_act_only_as_a_subject_or_a_vessel_do_not_misfire() -> None:
    assert _subjects("The UN issued a call for calm on Monday.")["on Monday"] != "date:call"
    assert _subjects("Doctors raised the alarm on Monday.")["on Monday"] != "date:alarm"
    assert _subjects("The toll of the crash rose to 40 on Tuesday.")["on Tuesday"] != "date:crash"
    assert _subjects("Azerbaijan struck the town at 3 a.m.")["3 a.m."] != "date:crash"
    assert _subjects("Storm Orla hit the coast at 3 a.m.")["3 a.m."] != "date:crash"
    assert _subjects("The Orla struck a pier at 3 a.m.")["3 a.m."] == "date:crash"


def test_a_lead_before_an_act_is_a_duration_keyed_by_the_act() -> None:
    text = "The first call to firefighters came at 19:05 local time - several hours before the blaze spread."
    (lead,) = [c for c in extract(text, published="2031-06-07") if c.kind == "quantity"]
    assert lead.span.quote == "several hours before" and lead.subject == "quantity:duration|-|-|-|before first call|-"
    assert lead.quantity is not None and (lead.quantity.low, lead.quantity.high) == (3.0, 9.0)
    assert not [
        c
        for c in extract("Officials said on Monday, two days after the vote, that turnout was high.")
        if c.kind == "quantity" and "before" in c.subject
    ]


def test_leads_that_cannot_both_be_true_are_a_finding() -> None:
    def flagged(b: str) -> bool:
        report = check(
            [
                document(
                    "a.md",
                    "Harbour Post",
                    "2031-06-07",
                    "Orvel fire\n\nThe first call from Orvel came at 19:05, about four hours before the blaze spread.",
                ),
                document("b.md", "Coast Daily", "2031-06-07", f"Orvel fire\n\nThe first call from Orvel came at {b}."),
            ]
        )
        # what the lead is before is not in its key: a warning at most
        return any("duration" in f.subject and f.severity == "warning" for f in report.findings)

    assert not flagged("7.05pm, several hours before the fire spread")
    assert flagged("7.05pm, about two hours before the fire spread")


def test_an_occurrence_inside_an_open_question_is_dated_not_denied() -> None:
    text = "It is not yet clear what caused the explosion on Monday evening near Orvel."
    (date,) = [c for c in extract(text, published="2031-09-27") if c.kind == "date"]
    assert date.subject == "date:explosion" and date.modality == "asserted"
    (denied,) = [
        c
        for c in extract("Officials said there was no explosion on Monday.", published="2031-09-27")
        if c.kind == "date"
    ]
    assert denied.modality == "negated"


def test_a_generic_word_stands_for_the_one_occurrence_its_article_names() -> None:
    text = "A tragic incident occurred in Orvel on Monday. The explosion at a fuel depot killed 70 people."
    assert "date:explosion" in _subjects(text, "2031-09-29").values()
    two = "A tragic incident occurred in Orvel on Monday. An explosion and an earthquake hit the town."
    assert "date:explosion" not in _subjects(two, "2031-09-29").values()


def test_statements_recur_and_a_speech_verb_with_its_preposition_is_still_speech() -> None:
    assert (
        _subjects("Velmco's chief wrote in a memo to employees on Wednesday that plants will close.")["on Wednesday"]
        == _subjects("Velmco's chief said in a note on Wednesday that plants will close.")["on Wednesday"]
    )
    assert not _times_flagged("Velmco said on Wednesday that it will close two plants.", "Velmco said on Thursday.")


def test_an_announced_occurrence_is_its_declaration() -> None:
    a = _subjects("On 27 July, soldiers in Velm announced a coup on national TV.", "2031-07-30")
    b = _subjects("Soldiers took over the radio and announced a successful coup operation in Velm on Wednesday night.")
    assert a["27 July"] == b["on Wednesday"] == "date:declare coup"
