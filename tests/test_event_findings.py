"""Events read like an editor reads them: measures announced (borders closed, institutions
suspended), who leads a coup, and the same words quoted from a speaker. Invented sentences only."""

from __future__ import annotations

import datetime as dt

from discrepancy import Document, check, extract


def _events(text: str, kind: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (c.event.agent, c.event.patient, c.modality)
        for c in extract(text, published="2031-05-04")
        if c.event is not None and c.event.type == kind
    ]


def _report(*texts: str):  # type: ignore[no-untyped-def]
    docs = [
        Document(id=f"d{i}", path=f"d{i}.md", source=f"Daily {i}", published=dt.date(2031, 5, 4), text=t)
        for i, t in enumerate(texts)
    ]
    return check(docs)


def test_a_closure_is_keyed_by_the_thing_closed_in_any_wording() -> None:
    for text in (
        "The officers said the borders of Tarnia are closed.",
        "The junta announced the immediate closure of the country's borders.",
        "Tarnia's land and air borders remain closed, the radio said.",
        "They said the borders had been closed until further notice.",
    ):
        assert [p for _, p, _ in _events(text, "close")] == ["borders"], text


def test_closing_what_no_list_names_is_no_closure() -> None:
    assert _events("Shares closed higher on Friday.", "close") == []
    assert _events("The shop closed its doors at noon.", "close") == []


def test_a_measure_announced_in_reported_speech_is_asserted() -> None:
    got = _events("The spokesman said all institutions in Tarnia would be suspended.", "suspend")
    assert got == [(None, "institutions", "asserted")]
    assert _events("Officials warned that aid could be suspended.", "suspend")[0][2] == "hedged"


def test_the_suspension_of_institutions_meets_its_passive() -> None:
    assert _events("The junta announced the suspension of institutions.", "suspend")[0][1] == "institutions"
    assert _events('He said "all institutions" of the republic are suspended.', "suspend")[0][1] == "institutions"


def test_a_subject_across_an_apposition_leads() -> None:
    got = _events("Later General Orin Vale, the chief of Tarnia's guard, declared himself head of the junta.", "lead")
    assert got == [("Orin Vale", "coup", "asserted")]
    assert _events("Colonel Amir Dara, leader of the coup, spoke on the radio.", "lead")[0][:2] == ("Amir Dara", "coup")


def test_two_leaders_of_one_coup_are_a_warning() -> None:
    report = _report(
        "In Tarnia, Colonel Amir Dara, leader of the coup, spoke on state radio.",
        "In Tarnia, General Orin Vale, the chief of the guard, declared himself head of the junta.",
    )
    assert [(f.rule, f.severity) for f in report.findings] == [("leader-of", "warning")]


def test_a_quotation_from_one_speaker_in_two_outlets_agrees() -> None:
    report = _report(
        '"We have taken charge of the nation until order returns," said Colonel Amir Dara in Tarnia.',
        "“We have taken charge of the nation... until order returns,” said Amir Dara in Tarnia.",
    )
    assert report.findings == []
    groups = [g for g in report.groups if g.subject.startswith("event:quote")]
    assert [(g.status, len(g.claims)) for g in groups] == [("consistent", 2)]


def test_closures_in_three_wordings_agree() -> None:
    report = _report(
        "In Tarnia, the soldiers said the borders are closed and a curfew declared.",
        "In Tarnia, the junta announced the closure of the country's borders.",
        "In Tarnia, borders had been closed, the officers said.",
    )
    groups = [g for g in report.groups if g.subject == "event:close|patient=borders"]
    assert [(g.status, len(g.claims)) for g in groups] == [("consistent", 3)]


def test_a_cause_is_keyed_by_the_occurrence_named_before_it() -> None:
    text = "Forty people died in the blast at the depot. The council blamed an air strike, while the army said it was caused by a misfired rocket."
    assert [(a, p) for a, p, _ in _events(text, "cause")] == [("explosion", "air strike"), ("explosion", "rocket")]


def test_a_party_blamed_is_no_cause() -> None:
    text = "The governor blamed the rebels for the blast at the depot."
    assert _events(text, "cause") == []
    assert [(a, p) for a, p, _ in _events(text, "blame")] == [("governor", "rebels")]


def test_two_causes_of_one_blast_are_a_warning() -> None:
    report = _report(
        "In Varnel, 40 people died in the blast at the depot. The council blamed an air strike.",
        "In Varnel, the army said the blast at the depot was caused by a misfired rocket.",
    )
    assert [(f.rule, f.severity) for f in report.findings] == [("cause-of", "warning")]
    assert "a different cause" in report.findings[0].message


def test_who_is_ahead_is_read_from_the_name_before_the_trigger() -> None:
    text = "Polls closed in the Tarnia election. Early returns showed Orin Vale was ahead, and Mara Holt, who took the lead later, thanked voters."
    assert [(a, p) for a, p, _ in _events(text, "ahead")] == [("Orin Vale", "election"), ("Mara Holt", "election")]
    assert _events("Mara Holt spoke ahead of the Tarnia election.", "ahead") == []


def test_two_leaders_of_one_count_on_one_day_are_a_warning() -> None:
    report = _report(
        "Orin Vale is currently in the lead in the Tarnia election, the state agency said.",
        "In the Tarnia election, Mara Holt, who took the lead early, kept it all night.",
    )
    assert [(f.rule, f.severity) for f in report.findings] == [("who-leads", "warning")]


def test_an_operation_of_the_armed_forces_is_a_record_of_deployment() -> None:
    subjects = [
        c.subject
        for text in (
            "It is the biggest operation by the armed forces in Tarnia in peacetime, the premier said.",
            "This was the country's largest-ever military deployment during peacetime.",
        )
        for c in extract(text, published="2031-05-04")
        if c.event is not None and c.event.type == "record"
    ]
    assert subjects == ["event:record|patient=large deployment"] * 2


def _affected(text: str) -> list[tuple[str | None, str | None, str]]:
    return _events(text, "affected")


def test_groups_a_cut_includes_or_leaves_out() -> None:
    got = _affected("The Orvane layoffs will mostly hit office workers rather than hourly warehouse workers.")
    assert got == [("included", "corporate staff", "asserted"), ("excluded", "warehouse workers", "asserted")]
    got = _affected("Orvane will show the door to staff in many teams. These include distribution workers.")
    assert got == [("included", "warehouse workers", "asserted")]
    assert _affected("The Orvane job cuts will not affect warehouse employees.")[0][:2] == (
        "excluded",
        "warehouse workers",
    )


def test_a_workforce_including_a_group_is_no_cut() -> None:
    assert _affected("The cuts are deep. Orvane has 90,000 workers, including warehouse staff.") == []
    assert _affected("Warehouse staff include pickers and packers.") == []


def test_a_ranked_record_is_its_own() -> None:
    subjects = [
        c.subject
        for c in extract("Turnout was 58%, the second-lowest since 1910.", published="2031-05-04")
        if c.event is not None and c.event.type == "record"
    ]
    assert subjects == ["event:record|patient=second low turnout"]


def test_a_day_or_a_listener_after_the_quote_is_no_speaker() -> None:
    for text in (
        '"We have taken charge of the nation," he said Tuesday in Tarnia.',
        '"We have taken charge of the nation," he told Reuters in Tarnia.',
    ):
        agents = [c.event.agent for c in extract(text, published="2031-05-04") if c.event and c.event.type == "quote"]
        assert not {"Tuesday", "Reuters"} & set(agents), text


def test_a_listed_patient_right_before_its_verb_is_closed_in_a_list_of_measures() -> None:
    got = _events(
        'They said "all institutions" had been dissolved, the vote annulled, and the borders closed.', "close"
    )
    assert [p for _, p, _ in got] == ["borders"]


def test_a_leader_named_across_an_apposition_and_as_the_leader() -> None:
    got = _events(
        "General Orin Vale, head of the palace guard that protects the king, emerged as the leader of the junta.",
        "lead",
    )
    assert got == [("Orin Vale", "coup", "asserted")]
    got = _events(
        "The officers named the head of the guard, General Amir Dara, as the leader of the transition.", "lead"
    )
    assert got == [("Amir Dara", "coup", "asserted")]


def test_a_declaration_told_in_the_passive_inside_a_since_phrase_is_dated() -> None:
    report = _report(
        "Orlesia has counted 15 confirmed cases since the declaration of the outbreak on 13 February 2031.",
        "Orlesia has counted 15 confirmed cases since the outbreak was announced on February 13, 2031.",
        "Since the outbreak was declared on 13 February 2031, Orlesia has counted 15 confirmed cases.",
    )
    groups = [g for g in report.groups if g.subject == "event:declare|patient=outbreak"]
    assert [(g.status, len(g.claims)) for g in groups] == [("consistent", 3)]
    assert {c.time.label() for c in groups[0].claims} == {"2031-02-13"}
