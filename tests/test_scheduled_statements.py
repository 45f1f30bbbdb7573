"""A company's timetable for its own statements ("Velmco will tell staff from March 3"): the date
of the telling, asserted as a schedule, keyed by the company, and grouped with the other outlets'
account of that day only (not with the company's statements of other days). Every sentence here
is invented."""

from __future__ import annotations

import datetime as dt

from documents import document

from discrepancy import check, extract


def _dates(text: str, published: str = "2031-02-20") -> dict[str, tuple[str, str]]:
    """Each date claim's quote -> (subject, modality)."""
    return {c.span.quote: (c.subject, c.modality) for c in extract(text, published=published) if c.kind == "date"}


def test_a_participle_of_beginning_before_a_date_dates_the_act_before_it() -> None:
    got = _dates("The closure plans, which Velmco will communicate starting March 3, hit its shops.")
    assert got["March 3"] == ("date:say/velmco", "asserted")


def test_an_act_the_doer_schedules_is_asserted() -> None:
    got = _dates("The closure plans, which Velmco will announce on March 3, hit its shops, Ada Ruhl said.")
    assert got["March 3"] == ("date:say/velmco", "asserted")


def test_a_passive_future_is_no_one_s_timetable() -> None:
    # who announces is not said: a forecast as much as a schedule
    got = _dates("Ada Ruhl will be announced as the new chair of Velmco on March 3, her allies said.")
    assert got["March 3"][1] == "hedged"


def test_a_date_after_a_parenthesis_dates_the_verb_before_it() -> None:
    text = '"We intend on communicating with impacted staff (or, in Orvel, with their unions) starting on March 3," Ruhl said.'
    assert _dates(text)["March 3"][0] == "date:say/-"


def test_a_beginning_after_a_noun_is_the_noun_s_own() -> None:
    got = _dates("The wave of closures beginning in 2029 was blamed on rents.", published="2031-02-20")
    assert got["2029"][0] != "date:blame/-"


def test_a_participle_before_its_noun_gives_way_to_the_verb() -> None:
    assert _dates("Velmco will meet with impacted staff on March 3.")["March 3"][0] == "date:meet/velmco"
    assert _dates("Velmco will talk with displaced families on March 3.")["March 3"][0] == "date:talk/velmco"


_NOTICE = [
    ("a.md", "Daily A", "2031-02-19", "Velmco said on Wednesday that it would close 40 shops."),
    (
        "b.md",
        "Daily B",
        "2031-02-20",
        "Velmco said on Wednesday it would shut 40 shops. The closure plans, which Velmco will "
        "communicate starting March 3, hit its largest stores, Chief Executive Ada Ruhl said.",
    ),
    ("c.md", "Daily C", "2031-02-21", "The closure plans, which Velmco will announce on March 3, hit its stores."),
    (
        "d.md",
        "Daily D",
        "2031-02-21",
        'Velmco said on Wednesday that 40 shops will close. "We intend on communicating with impacted staff '
        '(or, in Orvel, with their unions) starting on March 3," Ruhl added.',
    ),
]


def test_a_company_s_notice_is_one_agreement_apart_from_its_earlier_statement() -> None:
    report = check([document(*d) for d in _NOTICE])
    groups = [g for g in report.groups if g.subject == "date:say/velmco"]
    days = {frozenset(c.time.start for c in g.claims): {c.document for c in g.claims} for g in groups}
    assert days == {
        frozenset({dt.date(2031, 3, 3)}): {"b.md", "c.md", "d.md"},
        frozenset({dt.date(2031, 2, 19)}): {"a.md", "b.md", "d.md"},
    }
    assert all(g.status == "consistent" and g.compared for g in groups)
    assert {c.subject_label for g in groups for c in g.claims} == {"date: say (velmco)"}
    assert not report.findings


def test_an_unnamed_speaker_is_not_filled_when_the_article_has_two() -> None:
    two = document(
        "e.md",
        "Daily E",
        "2031-02-21",
        'Velmco said on Wednesday that 40 shops will close; Orvel Bank said on Thursday it would lend. "We intend on '
        'communicating with impacted staff starting on March 3," Ruhl added.',
    )
    report = check([two, document(*_NOTICE[2])])
    assert not any(
        g.subject == "date:say/velmco" and dt.date(2031, 3, 3) in {c.time.start for c in g.claims}
        for g in report.groups
    )
