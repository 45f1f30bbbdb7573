"""Findings as an editor reads them: every outlet's own pair of estimates, counts to the unit,
stories joined by a dateline or by the same count of the same day, undated articles placed the
same whatever their order. Articles invented, in our own words."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

from documents import document

from discrepancy import check
from discrepancy.extract import extract_document
from discrepancy.lexicon import load_lexicon
from discrepancy.stories import cluster

# one paper's organisers' and police counts of one march, the speaker followed by an acronym
VELM_BOTH_COUNTS = document(
    "a.md",
    "Harbour Post",
    "2031-07-02",
    "March in Velm\n\nThe Velm Workers Front (VWF) said 480,000 people joined the march on Tuesday, "
    "while police put the crowd at 160,000.",
)
ORVEL_1170 = document(
    "a.md", "Harbour Post", "2031-06-04", "Rail crash in Orvel\n\n1,170 people were injured in the crash."
)


def _pairs(report) -> set[tuple[str, str]]:
    return {
        (f.claim.span.path, o.span.path) for f in report.findings if f.severity != "info" for o in f.conflicts_with
    } | {(o.span.path, f.claim.span.path) for f in report.findings if f.severity != "info" for o in f.conflicts_with}


def _quotes(report) -> set[frozenset[str]]:
    return {
        frozenset((f.claim.span.quote, o.span.quote)) | {f.claim.span.path}
        for f in report.findings
        if f.severity != "info"
        for o in f.conflicts_with
        if o.span.path == f.claim.span.path
    }


def test_each_outlet_gives_both_counts_each_pair_is_flagged() -> None:
    # two papers each print the organisers' and the police's count of one march
    a = VELM_BOTH_COUNTS
    b = document(
        "b.md",
        "Coast Daily",
        "2031-07-02",
        "Velm march\n\nOrganisers said 480,000 people marched in Velm on Tuesday. "
        "Police said 160,000 people took part in the march in Velm.",
    )
    report = check([a, b])
    own = _quotes(report)
    assert any("a.md" in pair for pair in own), own  # Harbour Post's own two counts
    assert any("b.md" in pair for pair in own), own  # and Coast Daily's


def test_acronym_between_speaker_and_verb_keeps_the_speaker() -> None:
    a = VELM_BOTH_COUNTS
    speakers = {c.span.quote: c.speaker for c in extract_document(a, load_lexicon()) if c.quantity is not None}
    assert speakers["480,000 people"] == "Velm Workers Front"


def test_counts_to_the_unit_that_differ_on_one_day_disagree() -> None:
    a = ORVEL_1170
    b = document("b.md", "Coast Daily", "2031-06-04", "Orvel crash\n\n1,175 people were injured in the crash in Orvel.")
    assert ("a.md", "b.md") in _pairs(check([a, b]))


def test_a_round_count_still_meets_the_figure_it_rounds() -> None:
    a = ORVEL_1170
    b = document("b.md", "Coast Daily", "2031-06-04", "Orvel crash\n\n1,174 people were injured in the crash in Orvel.")
    assert not _pairs(check([a, b]))


def test_a_dateline_in_capitals_names_the_story() -> None:
    lex = load_lexicon()
    a = document(
        "a.md", "Harbour Post", "2031-09-20", "Shelling in Tavrenko\n\nFighting went on in Tavrenko, officials said."
    )
    b = document("b.md", "Coast Daily", "2031-09-27", "Depot blast kills 20\n\nTAVRENKO\n\nA fuel depot blew up.")
    stories = cluster([a, b], lex)
    assert len(stories) == 1


def test_undated_articles_join_the_same_stories_in_any_order() -> None:
    lex = load_lexicon()
    dated = document(
        "d.md", "Harbour Post", "2031-07-05", "Marten wins in Selvia\n\nIlse Marten won the vote in Selvia."
    )
    one = document(
        "u1.md", "Coast Daily", None, "Selvia results\n\nIn Selvia, the Pardo party of Marten took most seats."
    )
    two = document(
        "u2.md", "Plain Times", None, "Pardo and Vantrel\n\nThe Pardo party and Vantrel split the north, Selvia said."
    )
    first = {frozenset(s.documents) for s in cluster([dated, one, two], lex)}
    second = {frozenset(s.documents) for s in cluster([two, one, dated], lex)}
    assert first == second
    assert frozenset({"d.md", "u1.md", "u2.md"}) in first  # u2 shares two names with u1, in its story


def test_one_stray_name_of_an_undated_page_draws_nothing_in() -> None:
    lex = load_lexicon()
    dated = document(
        "d.md", "Harbour Post", "2031-11-02", "Floods in Tarvos\n\nRain flooded Tarvos and Melk on Friday."
    )
    page = document(
        "u1.md", "Coast Daily", None, "Tarvos floods\n\nIn Tarvos and Melk the water rose. Read also: Dorvalo."
    )
    other = document("u2.md", "Plain Times", None, "Dorvalo crush\n\nA crowd crush in a square left many hurt.")
    stories = {frozenset(s.documents) for s in cluster([dated, page, other], lex)}
    assert frozenset({"d.md", "u1.md"}) in stories and frozenset({"u2.md"}) in stories


def test_undated_articles_left_over_join_one_another() -> None:
    lex = load_lexicon()
    dated = document(
        "d.md", "Harbour Post", "2031-07-05", "Marten wins in Selvia\n\nIlse Marten won the vote in Selvia."
    )
    one = document("u1.md", "Coast Daily", None, "Crush in Dorvalo\n\nIn Dorvalo, the Vantrel square filled at night.")
    two = document("u2.md", "Plain Times", None, "Dorvalo mourns\n\nThe Vantrel square in Dorvalo was closed.")
    stories = {frozenset(s.documents) for s in cluster([dated, one, two], lex)}
    assert stories == {frozenset({"d.md"}), frozenset({"u1.md", "u2.md"})}


def test_the_same_count_of_the_same_day_joins_an_article_with_no_shared_name() -> None:
    lex = load_lexicon()
    a = document(
        "a.md",
        "Harbour Post",
        "2031-07-02",
        "Velm march\n\nOrganisers said 480,000 people joined the march in Velm on July 1.",
    )
    b = document(
        "b.md",
        "Coast Daily",
        "2031-07-02",
        "Crowds on July 1\n\nOrganisers said 480,000 people joined the march on July 1.",
    )
    claims = {d.id: extract_document(d, lex) for d in (a, b)}
    assert len(cluster([a, b], lex, claims)) == 1


def test_a_story_is_named_the_same_whatever_the_hash_seed(tmp_path) -> None:
    # two headline names that tie: the name must not follow the order of a set
    for name, source in (("a.md", "Harbour Post"), ("b.md", "Coast Daily")):
        (tmp_path / name).write_text(
            f"---\nsource: {source}\npublished: 2031-03-02\n---\nVarnel and Korsk talks\n\n"
            "Envoys of Varnel and Korsk met on Monday, officials said.\n",
            encoding="utf-8",
        )
    names = set()
    for seed in ("1", "2", "3", "4", "5"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-m", "discrepancy", "check", str(tmp_path), "--format", "json"],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        ).stdout
        names.add(json.loads(out)["stories"][0]["name"])
    assert len(names) == 1, names


def test_a_caption_printed_twice_gives_way_to_the_body() -> None:
    # a page prints the photo caption above and below the picture; the finding quotes the body
    caption = (
        "The Velm Workers Front said 480,000 people joined the march on Tuesday, while police put the crowd at "
        "160,000. Photo: HP"
    )
    body = "Organisers of the Velm Workers Front said 480,000 people joined the annual march on Tuesday"
    text = f"March in Velm\n\n{caption}\n{caption}\n\n{body}, while police put the crowd at 160,000 at the peak."
    report = check([document("a.md", "Harbour Post", "2031-07-02", text)])
    flagged = [f for f in report.findings if f.severity != "info"]
    assert flagged
    at = text.index(body)
    assert any(at <= c.span.start < at + len(body) for f in flagged for c in (f.claim, *f.conflicts_with))


def test_patients_still_in_hospital_are_not_the_injured_total() -> None:
    a = document("a.md", "Harbour Post", "2031-06-04", "Rail crash in Orvel\n\n1,170 people were injured in the crash.")
    b = document(
        "b.md",
        "Coast Daily",
        "2031-06-04",
        "Orvel rail crash\n\nAfter the Orvel crash, 380 people remain in hospital, officials said.",
    )
    assert not _pairs(check([a, b]))


def test_a_toll_of_the_year_a_record_names_is_not_this_toll() -> None:
    # "the worst since 1971 when 400 died": the 400 are of 1971
    a = document("a.md", "Harbour Post", "2031-11-02", "Floods in Velm\n\nThe floods in Velm have killed 120 people.")
    b = document(
        "b.md",
        "Coast Daily",
        "2031-11-02",
        "Velm floods\n\nThe Velm floods are already the worst disaster since 1971 when at least 400 people died.",
    )
    assert not _pairs(check([a, b]))


def test_deaths_a_case_count_includes_are_counted_as_deaths() -> None:
    # "36 cases, including 23 deaths" in one report, "23 deaths" in another: one count of deaths
    a = document("a.md", "Harbour Post", "2031-09-26", "Fever in Velm\n\nVelm has 36 fever cases, including 23 deaths.")
    b = document("b.md", "Coast Daily", "2031-09-26", "Velm fever\n\nThe fever outbreak in Velm has caused 23 deaths.")
    report = check([a, b])
    assert any({c.span.path for c in g.claims} == {"a.md", "b.md"} for g in report.groups if "deaths" in g.subject)


def test_a_toll_told_after_a_past_quake_is_that_quake_s() -> None:
    # the sentence before names a quake of 1994; the toll after it, told in the past, is its toll
    a = document(
        "a.md", "Harbour Post", "2031-09-09", "Quake in Varnel\n\nThe Varnel earthquake has killed 820 people."
    )
    b = document(
        "b.md",
        "Coast Daily",
        "2031-09-09",
        "Varnel quake\n\nThe last strong earthquake hit Varnel in 1994 with a magnitude of 6.1. "
        "More than 300 people were killed.",
    )
    assert not _pairs(check([a, b]))


def test_a_day_written_without_its_year_takes_the_year_after_it() -> None:
    text = "Organisers said more than 50,000 joined the July 1 march in 2018."
    claims = [c for c in extract_document(document("a.md", "Harbour Post", "2019-06-26", text), load_lexicon())]
    figure = next(c for c in claims if c.span.quote == "more than 50,000")
    assert figure.time.start == dt.date(2018, 7, 1)


def test_the_verb_after_an_of_phrase_and_an_aside_says_what_happened_to_the_counted() -> None:
    a = document(
        "a.md",
        "Harbour Post",
        "2031-06-03",
        "Rail crash in Orvel\n\nAbout 10-12 coaches of the Orvel Express derailed near the station, a spokesman said.",
    )
    b = document(
        "b.md",
        "Coast Daily",
        "2031-06-03",
        "Orvel rail crash\n\nIn Orvel, 21 coaches of the express, which was running at full speed, were derailed.",
    )
    report = check([a, b])
    assert ("a.md", "b.md") in _pairs(report)
    assert all(g.subject.startswith("quantity:derail|") for g in report.groups if "coach" in g.subject_label)


def test_a_date_s_subject_is_the_phrase_its_prepositional_phrase_qualifies() -> None:
    text = "At 1:27 a.m., the pilot of the ship ordered the anchor dropped."
    claims = extract_document(document("a.md", "Harbour Post", "2031-03-26", text), load_lexicon())
    assert any(c.subject == "date:order/pilot" for c in claims)


def test_the_page_s_own_date_line_dates_no_clause() -> None:
    text = "Coup in Velm\n\nUpdated: 2031-07-30 On 27 July, soldiers announced on television that they had taken power."
    claims = extract_document(document("a.md", "Harbour Post", "2031-07-30", text), load_lexicon())
    dated = [c for c in claims if c.subject.startswith("date:")]
    assert dated and all(c.time.start == dt.date(2031, 7, 27) for c in dated)


def test_soldiers_who_claimed_and_soldiers_who_announced_a_coup_speak_of_one_statement() -> None:
    a = document(
        "a.md", "Harbour Post", "2031-07-26", "Coup in Velm\n\nSoldiers claimed on Wednesday to have taken power."
    )
    b = document("b.md", "Coast Daily", "2031-07-30", "Velm coup\n\nOn 27 July, Velm soldiers announced a coup.")
    assert ("a.md", "b.md") in _pairs(check([a, b]))


def test_a_magnitude_given_further_on_as_a_figure_is_a_magnitude() -> None:
    text = (
        "Quake in Varnel\n\nThe survey said the quake had a magnitude of 6.8. A second institute gave the "
        "magnitude of the quake at 11:11 p.m. local time as 6.9."
    )
    claims = extract_document(document("a.md", "Harbour Post", "2031-09-09", text), load_lexicon())
    assert {c.span.quote for c in claims if c.subject.startswith("quantity:magnitude")} == {"6.8", "6.9"}


def test_a_crosshead_gives_way_to_the_body_s_sentence() -> None:
    text = (
        "Quake in Varnel\n\nSurvey: quake had a magnitude of 6.8\n\n"
        "The survey said the quake had a magnitude of 6.8. A second institute put the magnitude at 6.9."
    )
    report = check([document("a.md", "Harbour Post", "2031-09-09", text)])
    body = text.index("The survey said")
    flagged = [c for f in report.findings if f.severity != "info" for c in (f.claim, *f.conflicts_with)]
    assert any(c.span.quote == "6.8" and c.span.start > body for c in flagged)


def test_soldiers_already_deployed_are_asserted_beside_a_plan_and_a_compound() -> None:
    text = (
        "Floods in Velm\n\nThe minister said the government will send 3,000 more soldiers to help the clean-up "
        "work carried out by 1,500 soldiers who have already been deployed."
    )
    claims = extract_document(document("a.md", "Harbour Post", "2031-11-02", text), load_lexicon())
    deployed = [c for c in claims if c.span.quote == "1,500 soldiers"]
    assert deployed and deployed[0].modality == "asserted"


def test_a_chamber_is_not_the_owner_of_a_vote_share() -> None:
    text = "Vote in Velm\n\nThe Velm Unity party will hold 60 percent of the House of Commons with 35 percent of the votes."
    claims = extract_document(document("a.md", "Harbour Post", "2031-07-05", text), load_lexicon())
    share = next(c for c in claims if c.span.quote == "35 percent")
    assert "Commons" not in share.subject


def test_a_figure_told_of_an_earlier_time_is_not_the_day_s_figure() -> None:
    a = document(
        "a.md",
        "Harbour Post",
        "2031-01-04",
        "Cuts at Velmcorp\n\nVelmcorp is eliminating 18,000 jobs, its chief wrote in a memo. "
        "At the time, a newspaper reported that Velmcorp was cutting about 10,000 jobs.",
    )
    assert not _pairs(check([a]))


def test_a_bracketed_breakdown_and_deaths_among_confirmed_cases_are_the_confirmed_deaths() -> None:
    # one agency gives its deaths as a bracketed breakdown, another as "of which ... among confirmed cases"
    a = document(
        "a.md",
        "Harbour Post",
        "2031-09-26",
        "Fever outbreak in Velm\n\nAs of 25 September, the ministry reports 40 Velm Fever (VF) case-patients in "
        "two districts (22 confirmed, 18 probable) and 20 deaths (6 confirmed, 14 probable).",
    )
    b = document(
        "b.md",
        "Coast Daily",
        "2031-09-27",
        "Velm fever\n\nAs of 25 September 2031, 22 confirmed and 18 probable cases have been reported, including "
        "20 deaths, of which seven were among confirmed cases.",
    )
    report = check([a, b])
    flagged = {frozenset((f.claim.span.quote, o.span.quote)) for f in report.findings for o in f.conflicts_with}
    assert frozenset(("6 confirmed", "seven were among confirmed cases")) in flagged
    assert not any("20 deaths" in pair for pair in flagged)
    cases = next(c for c in extract_document(a, load_lexicon()) if c.span.quote.startswith("40"))
    assert cases.subject.startswith("quantity:cases|")


def test_cases_a_ministry_confirmed_and_deaths_out_of_them_are_the_confirmed_part() -> None:
    text = (
        "Fever in Velm\n\nAs of 16 October, the ministry had confirmed 58 cases of the fever, of which 20 people "
        "recovered, 12 are still on admission while 26 died. In all, 30 deaths have been recorded."
    )
    claims = {
        c.span.quote: c for c in extract_document(document("a.md", "Harbour Post", "2031-10-17", text), load_lexicon())
    }
    assert "confirmed cases" in claims["58 cases"].subject
    died = next(c for q, c in claims.items() if q.startswith("26"))
    assert died.subject.startswith("quantity:deaths|confirmed|")


def test_seats_lost_told_as_a_noun_are_compared_to_the_unit_and_a_region_s_apart() -> None:
    a = document(
        "a.md",
        "Harbour Post",
        "2031-07-05",
        "Vote in Velm\n\nThe Greys lost 180 seats, their worst result. The Heron Alliance secured nine seats.",
    )
    b = document(
        "b.md",
        "Coast Daily",
        "2031-07-05",
        "Velm votes\n\nThe Greys' share fell to 20%, resulting in the loss of 181 seats. "
        "Meanwhile, the Greys lost 12 seats in Wales. The Heron Alliance won nine seats.",
    )
    report = check([a, b])
    flagged = {frozenset((f.claim.span.quote, o.span.quote)) for f in report.findings for o in f.conflicts_with}
    assert frozenset(("180 seats", "181 seats")) in flagged
    assert not any("12 seats" in pair for pair in flagged)
    agreeing = [
        g for g in report.groups if g.status == "consistent" and {c.span.quote for c in g.claims} == {"nine seats"}
    ]
    assert agreeing and len(agreeing[0].claims) == 2


def test_a_total_since_the_start_of_the_year_is_this_year_s_total() -> None:
    a = document(
        "a.md",
        "Harbour Post",
        "2031-08-08",
        "Fever in Velm\n\nThe agency has recorded about 9,000 cases and 311 deaths since the start of the year.",
    )
    b = document(
        "b.md", "Coast Daily", "2031-08-14", "Velm fever\n\nThe agency says 324 deaths were reported so far this year."
    )
    c = document(
        "c.md",
        "Hill Times",
        "2031-08-09",
        "Velm fever\n\nThe agency has counted 330 deaths since the beginning of 2031.",
    )
    claims = [x for d in (a, b, c) for x in extract_document(d, load_lexicon()) if "deaths" in x.span.quote]
    assert len(claims) == 3 and len({x.subject for x in claims}) == 1
    assert all("during 2031" in x.subject for x in claims)


def test_a_figure_with_a_participle_and_no_noun_leaves_what_it_counts_to_its_story() -> None:
    a = document(
        "a.md",
        "Harbour Post",
        "2031-03-27",
        "Freighter in Velm\n\nAmong its cargo of about 3,000 boxes were 40 containing flammable goods including paints.",
    )
    b = document(
        "b.md",
        "Coast Daily",
        "2031-03-28",
        "Velm freighter\n\nInspectors found the freighter has 40 boxes containing 500 tons of flammable goods.",
    )
    claims = {c.span.quote: c for d in (a, b) for c in extract_document(d, load_lexicon())}
    assert "hazardous" not in claims["40"].subject and "good" not in claims["40"].subject
    report = check([a, b])
    together = [g for g in report.groups if {c.span.quote for c in g.claims} >= {"40", "40 boxes"}]
    assert together


def test_unowned_troops_in_a_story_with_one_owner_are_a_warning_not_a_note() -> None:
    a = document(
        "a.md",
        "Harbour Post",
        "2031-11-02",
        "Floods in Valencia\n\nSpain has deployed an additional 3,000 Spanish soldiers, "
        "who join the 2,000 troops already in the area.",
    )
    b = document(
        "b.md",
        "Coast Daily",
        "2031-11-02",
        "Valencia floods\n\nSome 1,500 soldiers are already involved in the clean-up work.",
    )
    report = check([a, b])
    pairs = [
        (f.severity, {f.claim.span.quote, *(o.span.quote for o in f.conflicts_with)})
        for f in report.findings
        if "2,000 troops" in {f.claim.span.quote, *(o.span.quote for o in f.conflicts_with)}
    ]
    assert pairs and all(sev == "warning" for sev, _ in pairs)


def test_names_that_each_won_a_tally_each_own_it_and_a_clause_after_while_owns_its_own() -> None:
    text = (
        "Vote in Velm\n\nThe Heron Alliance, the Kestrel Party, and the Greens each secured four seats, "
        "while 20 seats went to independents. Nigel Farage's Reform UK party won five seats."
    )
    claims = extract_document(document("a.md", "Harbour Post", "2031-07-05", text), load_lexicon())
    four = sorted(c.subject.split("|")[2] for c in claims if c.span.quote == "four seats")
    assert four == ["Greens", "Heron", "Kestrel"]
    assert next(c for c in claims if c.span.quote == "20 seats").subject.split("|")[2] == "-"
    assert next(c for c in claims if c.span.quote == "five seats").subject.split("|")[2] == "Reform"


def test_regions_named_in_a_list_of_turnouts_are_parts_not_the_country() -> None:
    a = document(
        "a.md",
        "Harbour Post",
        "2031-07-05",
        "Vote in Velm\n\nTurnout across Spain was 62%. Galicia had a turnout of 55%, Aragon 58%, and Murcia 63%.",
    )
    b = document("b.md", "Coast Daily", "2031-07-05", "Velm votes\n\nVoter turnout stood at 62%, the lowest in years.")
    report = check([a, b])
    assert not _pairs(report)
    together = [g for g in report.groups if {c.span.quote for c in g.claims} == {"62%"}]
    assert together and len(together[0].claims) == 2


def test_an_addition_said_before_the_figure_and_a_joint_count_of_two_groups() -> None:
    text = (
        "Floods in Valencia\n\nThe minister said Spain has sent another 3,000 soldiers. Later the army said it had "
        "deployed 6,000 additional soldiers and police officers."
    )
    claims = {
        c.span.quote: c for c in extract_document(document("a.md", "Harbour Post", "2031-11-02", text), load_lexicon())
    }
    added = next(c for q, c in claims.items() if q.startswith("3,000"))
    assert "during one update" in added.subject
    joint = next(c for q, c in claims.items() if q.startswith("6,000"))
    assert "|troops and officer|" in joint.subject


def test_a_month_s_own_figure_and_a_month_a_past_verb_governs_are_last_month() -> None:
    text = (
        "Jobs report\n\nEmployers in Velm added 410,000 jobs in January, nearly twice the growth from "
        "December's 220,000 jobs. The gain is far more than analysts had expected and more than double the "
        "amount added in December."
    )
    claims = extract_document(document("a.md", "Harbour Post", "2031-02-03", text), load_lexicon())
    december = next(c for c in claims if c.span.quote == "220,000 jobs")
    assert december.time.start == dt.date(2030, 12, 1) and december.time.since is None
    assert december.subject == next(c for c in claims if c.span.quote == "410,000 jobs").subject
    added = [c for c in claims if c.kind == "date" and c.span.quote == "December"]
    assert added and added[0].time.start == dt.date(2030, 12, 1)


def test_a_figure_then_such_or_other_counts_the_noun_after() -> None:
    a = document(
        "a.md",
        "Harbour Post",
        "2031-11-01",
        "Crush in Velm\n\nIt was the first of at least 9 calls to police that night.",
    )
    b = document(
        "b.md",
        "Coast Daily",
        "2031-11-02",
        "Velm crush\n\nIn all, 10 such calls – each more urgent – reached the police.",
    )
    report = check([a, b])
    together = [g for g in report.groups if {c.span.quote for c in g.claims} >= {"at least 9 calls", "10 such calls"}]
    assert together and together[0].status == "consistent"


def test_potential_cases_are_suspected_ones_kept_from_the_count() -> None:
    # "potential cases" are the suspected ones: never set against another outlet's count of cases
    docs = [
        document(
            "a.md",
            "Harbour Post",
            "2031-10-17",
            "Fever in Velm\n\nThe ministry has recorded 1,900 potential cases of the fever.",
        ),
        document(
            "b.md",
            "Velm Daily",
            "2031-10-17",
            "Fever in Velm\n\nThe fever has infected about 1,200 people, with 1,200 cases recorded.",
        ),
    ]
    assert not [f for f in check(docs).findings if f.subject.startswith("quantity:cases")]


def test_an_outlet_dating_an_occurrence_twice_is_cited_by_its_time_of_day() -> None:
    report = check(
        [
            document(
                "a.md",
                "Valley Courier",
                "2031-05-11",
                "Quake in Korvath\n\nA strong quake struck Korvath on Sunday, killing 12 people. "
                "Rescuers searched the old town.\n\nThe quake struck at 1:55 a.m. on Sunday, the survey said.",
            ),
            document(
                "b.md", "Harbour Post", "2031-05-11", "Korvath shaken\n\nThe quake hit Korvath at 11:10 p.m. on Friday."
            ),
        ]
    )
    dated = [f for f in report.findings if f.subject.startswith("date:")]
    assert dated and {f.claim.span.quote for f in dated} | {o.span.quote for f in dated for o in f.conflicts_with} >= {
        "1:55 a.m.",
        "11:10 p.m.",
    }, [(f.claim.span.quote, [o.span.quote for o in f.conflicts_with]) for f in dated]
