"""Quantities: figures, qualifiers, units, measures, owners; and what is not a quantity claim."""

from __future__ import annotations

import pytest

from discrepancy import extract

PUB = "2023-05-04"


def _q(text: str):
    return [c for c in extract(text, published=PUB) if c.kind == "quantity"]


CASES = [
    ("Police said at least 42 people were arrested.", "arrests", 42, "at_least", None),
    ("The quake killed more than 1,200 people.", "deaths", 1200, "more_than", None),
    ("Russia has deployed tens of thousands of troops.", "troops", 10000, "vague", None),
    ("About 1.2 million people have fled.", "displaced", 1_200_000, "about", None),
    ("Five people were injured.", "injured", 5, "exact", None),
    ("A dozen people were killed.", "deaths", 12, "exact", None),
    ("The fire has burned 74,000 acres.", "area_burned", 74000 * 0.40468564224, "exact", "hectare"),
    ("The town is 30 miles (48 km) from the fire.", "distance", 30 * 1.609344, "exact", "kilometer"),
    ("Winds reached 120 km/h (75 mph).", "wind_speed", 120, "exact", "kilometer / hour"),
    ("The convoy moved at 40 km/h.", "speed", 40, "exact", "kilometer / hour"),
    ("A magnitude 7.8 earthquake struck.", "magnitude", 7.8, "exact", None),
    ("The storm dropped 5 inches of rain.", "rainfall", 127, "exact", "millimeter"),
    ("The deal is worth $4bn.", "money", 4e9, "exact", "USD"),
    ("Between 5,000 and 7,000 protesters marched.", "protesters", 5000, "range", None),
    ("Nearly 300 homes were destroyed.", "destroyed", 300, "nearly", None),
]


@pytest.mark.parametrize(("text", "measure", "figure", "qualifier", "unit"), CASES)
def test_reads(text: str, measure: str, figure: float, qualifier: str, unit: str | None) -> None:
    [c] = _q(text)
    q = c.quantity
    assert q is not None
    assert q.measure == measure
    assert q.figure == pytest.approx(figure, rel=1e-3)
    assert q.qualifier == qualifier
    assert q.unit == unit
    assert c.span.quote in text


def test_parenthetical_conversion_is_one_claim() -> None:
    [c] = _q("The town is 30 miles (48 km) from the fire.")
    assert c.span.quote == "30 miles (48 km)"


@pytest.mark.parametrize(
    "text",
    [
        "A 45-year-old man was arrested at 3 p.m.",
        "He is one of the leaders of the protest.",
        "The No. 1 seed won in 2019.",
        "Call 555-123-4567 for details.",
        "The man, aged 62, was taken to hospital.",
    ],
)
def test_not_quantity_claims(text: str) -> None:
    assert _q(text) == []


def test_owner_and_standby() -> None:
    [c] = _q("NATO has put 8,500 troops on standby.")
    assert c.quantity and c.quantity.owner == "NATO" and c.quantity.measure == "standby"
    [d] = _q("Moscow has massed more than 100,000 troops near the border.")
    assert d.quantity and d.quantity.owner == "Russia"


def test_hedged_forecast() -> None:
    [c] = _q("The toll could rise to 5,000 people killed.")
    assert c.modality == "hedged"


def test_percentages_need_a_topic_and_vote_shares_an_owner() -> None:
    [turnout] = _q("Turnout was 61 percent, down from 67 percent in 2018.")
    assert turnout.subject.startswith("quantity:percentage:turnout") and turnout.time.label() == PUB
    [bare] = _q("It was 52 percent.")
    assert _q("Exports fell 12 percent.") == []  # a change, not a level
    assert bare.subject == ""  # extracted, never compared
    [share] = _q("President Maria Duarte won with 52.4% of the vote.")
    assert share.quantity and share.quantity.owner == "Maria Duarte"


def test_two_speakers_in_one_sentence() -> None:
    police, organisers = _q("Police put the crowd at 3,000, while organisers said 20,000 people marched.")
    assert (police.speaker, organisers.speaker) == ("police", "organisers")
    assert police.subject == organisers.subject


def test_named_fires_stay_apart() -> None:
    text = (
        "The Courtney Fire has charred 320 acres. Further north, the King Fire has burned 2,500 acres. "
        "The blaze was 10 percent contained."
    )
    a, b = [c for c in _q(text) if c.quantity and c.quantity.measure == "area_burned"]
    assert a.subject != b.subject


def test_change_is_not_a_claim() -> None:
    [c] = _q("Covid-19 cases rose by 3,000 to 15,400 in the past week.")
    assert c.quantity and c.quantity.figure == 15400 and c.quantity.measure == "cases"


def test_scope_words_keep_subjects_apart() -> None:
    import datetime as dt

    from discrepancy import Document, check

    texts = [
        ("A", "2023-05-02", "The war has killed more than 13,000 people since 2014."),
        ("B", "2023-05-03", "The war has killed 500 people this year."),  # a period, not the running total
        ("C", "2023-05-03", "Fighting in the province of Varta has killed 2,000 people."),  # a part of the country
        ("D", "2023-05-03", "An aftershock killed 12 people on Tuesday."),
        ("E", "2023-05-03", "Eleven children were among those killed in the war."),
    ]
    docs = [Document(id=s, path=f"{s}.md", source=s, published=dt.date.fromisoformat(p), text=t) for s, p, t in texts]
    subjects = [c.subject for d in docs for c in extract(d.text, published=d.published) if c.kind == "quantity"]
    assert len(set(subjects)) == len(subjects) == 5
    assert check(docs).findings == []


def test_counts_per_country_in_a_regional_story() -> None:
    text = (
        "Floods have killed 152 people across the region. At least 90 people have died in Nepal and 50 in "
        "India, while a dozen people have been killed in Bangladesh."
    )
    subjects = {c.span.quote: c.subject for c in _q(text)}
    assert len(set(subjects.values())) == 4, subjects


def test_the_city_of_a_figure_is_its_population() -> None:
    # "the city of 90,000 people" tells how many live there, as "a city of" and "population of" do
    a = [c for c in extract("The flood swept through the city of 90,000 people.", published="2024-01-01") if c.quantity]
    b = extract("The town of Velm has a population of at least 120,000.", published="2024-01-01")
    assert a[0].subject == b[0].subject == "quantity:population|people|-|-|-|-"
