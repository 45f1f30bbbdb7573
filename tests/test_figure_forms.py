"""Written forms of figures that set bounds of their own: a qualifier after the figure ("150-plus",
"a dozen or so", "500 or more", "40-odd"), qualifiers of the markets' and editors' idiom ("north of
$2 billion", "the better part of 1,000"), a decimal comma before a scale ("$6,2 billion") and a
glued scale before a counted noun ("106.8m shares")."""

from __future__ import annotations

import datetime as dt

import pytest
from flagged import flagged_pairs

from discrepancy import Document, check, extract


def _figures(text: str) -> dict[str, tuple[float | None, float | None, str]]:
    return {
        c.span.quote: (c.quantity.low, c.quantity.high, c.quantity.qualifier)
        for c in extract(text, published="2031-05-27")
        if c.quantity is not None
    }


@pytest.mark.parametrize(
    ("text", "quote", "low", "high", "qualifier"),
    [
        ("An estimated 150-plus houses were buried in Velm.", "An estimated 150-plus houses", 150, None, "at_least"),
        ("Rescuers said 2,000+ people were missing in Velm.", "2,000+ people", 2000, None, "at_least"),
        ("Some 300 plus people were injured in Velm.", "Some 300 plus people", 300, None, "at_least"),
        ("Officials said 500 or more people died in Velm.", "500 or more people", 500, None, "at_least"),
        ("The toll in Velm stood at 212 and counting.", "212 and counting", 212, None, "at_least"),
        ("A dozen or so people were injured in Velm.", "A dozen or so people", 12, 12, "about"),
        ("The minister said 2,500 or so homes were lost.", "2,500 or so homes", 2500, 2500, "about"),
        ("Ten or fewer people remain in Velm.", "Ten or fewer people", None, 10, "up_to"),
        ("Floods destroyed some 40-odd homes in Velm.", "some 40-odd homes", 40, 49, "range"),
        ("Twenty odd people were injured in Velm.", "Twenty odd people", 20, 29, "range"),
        ("The quake killed 1,000-odd people in Velm.", "1,000-odd people", 1000, 1900, "range"),
        ("The better part of 1,000 people fled Velm.", "better part of 1,000 people", 500, 1000, "range"),
        ("Just shy of 400 people died in Velm.", "Just shy of 400 people", None, 400, "nearly"),
        ("In the region of 600 people died in Velm.", "In the region of 600 people", 600, 600, "about"),
    ],
)
def test_a_qualifier_after_or_before_a_figure_sets_its_bounds(
    text: str, quote: str, low: float | None, high: float | None, qualifier: str
) -> None:
    got = _figures(text)
    assert got.get(quote) == (low, high, qualifier), got


def test_north_of_a_sum_is_more_than_it() -> None:
    got = _figures("Velm Motors lost north of $2 billion on the deal.")
    assert got["north of $2 billion"] == (2e9, None, "more_than"), got


def test_a_sum_after_plus_is_no_bound() -> None:
    got = _figures("Rebels killed 50 plus two soldiers in Velm.")
    assert all(q != "at_least" for _, _, q in got.values()), got


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("The storm caused $6,2 billion in losses in Velm.", "$6,2 billion", 6.2e9),
        ("Damage in Velm reached €3,5 million.", "€3,5 million", 3.5e6),
        ("The Velm deal is worth $1,25bn.", "$1,25bn", 1.25e9),
        ("The storm caused $6,200 in damage in Velm.", "$6,200", 6200),
        ("The storm left 6,000 people homeless in Velm.", "6,000 people", 6000),
        ("The Velm dam will cost $6,200 billion.", "$6,200 billion", 6.2e12),
    ],
)
def test_a_decimal_comma_before_a_scale_is_a_decimal_point(text: str, quote: str, value: float) -> None:
    got = _figures(text)
    assert quote in got and got[quote][0] == pytest.approx(value), got


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("The storm left 12\u202f500 people homeless in Velm.", "12\u202f500 people", 12_500),
        ("The storm left 100\u00a0000 people homeless in Velm.", "100\u00a0000 people", 100_000),
        ("Velm Air lost $2.5 mln last year.", "$2.5 mln", 2.5e6),
        ("The Velm deal is worth $1.5 bn.", "$1.5 bn", 1.5e9),
        ("Velm Air lost $3tn in value.", "$3tn", 3e12),
        ("Velmsoft buys Dorn Games in $68.7B deal.", "$68.7B", 68.7e9),
        ("Velm Air was sold for $2B in cash.", "$2B", 2e9),
        ("The Velm port cost Rs 3,000 cr.", "Rs 3,000 cr", 3e10),
        ("The Velm dam cost 3 bln roubles.", "3 bln roubles", 3e9),
    ],
)
def test_thousands_grouped_by_a_fixed_space_and_scales_written_short(text: str, quote: str, value: float) -> None:
    got = _figures(text)
    assert quote in got and got[quote][0] == pytest.approx(value), got


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Ostra Bank sold 106.8m shares.", "106.8m shares", 106.8e6),
        ("Ostra Bank had 12.5m customers.", "12.5m customers", 12.5e6),
        ("The quake displaced 2.5m people in Velm.", "2.5m people", 2.5e6),
        ("Velm ordered 2bn doses.", "2bn doses", 2e9),
    ],
)
def test_a_glued_scale_before_a_counted_noun_is_millions(text: str, quote: str, value: float) -> None:
    got = _figures(text)
    assert quote in got and got[quote][0] == pytest.approx(value), got


@pytest.mark.parametrize(
    "text",
    ["A 2.5m wall collapsed across the road in Velm.", "Snow lay 1.2m deep across Velm.", "The river rose to 4.5m."],
)
def test_a_length_written_short_is_still_no_count(text: str) -> None:
    assert not any(low is not None and low >= 1e6 for low, _, _ in _figures(text).values())


def _report(*texts: str) -> set[frozenset[str]]:
    docs = [
        Document(
            id=f"d{i}", path=f"d{i}.md", source=f"Daily {i}", published=dt.date(2031, 5, 27), text=f"Velm floods\n\n{t}"
        )
        for i, t in enumerate(texts)
    ]
    return flagged_pairs(check(docs))


def test_an_odd_figure_meets_its_decade_and_no_other() -> None:
    assert _report("Floods destroyed some 40-odd homes in Velm.", "Floods destroyed 45 homes in Velm.") == set()
    assert _report("Floods destroyed some 40-odd homes in Velm.", "Floods destroyed 70 homes in Velm.") == {
        frozenset({"some 40-odd homes", "70 homes"})
    }


def test_a_plus_figure_meets_a_larger_one() -> None:
    assert _report("Floods destroyed 150-plus homes in Velm.", "Floods destroyed 160 homes in Velm.") == set()
    assert _report("Floods destroyed 150-plus homes in Velm.", "Floods destroyed 120 homes in Velm.") == {
        frozenset({"150-plus homes", "120 homes"})
    }


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("A quarter of a million people fled Velm.", "A quarter of a million people", 250_000),
        ("Three-quarters of a million people fled Velm.", "Three-quarters of a million people", 750_000),
        ("A half-million people fled Velm.", "A half-million people", 500_000),
        ("A million and a half people fled Velm.", "A million and a half people", 1_500_000),
    ],
)
def test_a_part_of_a_million_is_no_million(text: str, quote: str, value: float) -> None:
    got = _figures(text)
    assert quote in got and got[quote][0] == pytest.approx(value), got


def test_a_glued_scale_takes_the_currency_of_a_sum_before_it() -> None:
    got = extract("Ostra Bank posted revenue of £2.1bn and a loss of 106.8m for the year.", published="2031-05-27")
    loss = [c.quantity for c in got if c.quantity is not None and c.span.quote == "106.8m"]
    assert [(q.low, q.unit, q.measure) for q in loss] == [(106.8e6, "GBP", "money")], got


@pytest.mark.parametrize(
    "text",
    [
        "Ostra Bank reported a loss of 106.8m.",
        "The firm paid $3m and the wall is 2.5m.",
        "The £5m sea wall rises to a height of 4.2m.",
        "After $2m of repairs, the wall stood 1.5m high.",
    ],
)
def test_a_glued_scale_without_a_currency_or_after_a_size_is_no_sum(text: str) -> None:
    got = extract(text, published="2031-05-27")
    sums = [c for c in got if c.quantity is not None and c.span.quote[:1].isdigit() and c.quantity.measure == "money"]
    assert not sums, got
    # a size told is the glued letters' unit: "the wall is 2.5m" is metres (tests/test_glued_units.py)
    assert all(
        c.quantity.measure in ("length", "wave_height") for c in got if c.quantity and c.span.quote[:1].isdigit()
    )


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Officials in Velm evacuated nearly 1.1 lakh residents.", "1.1 lakh residents", 110_000),
        ("The Velm authorities shifted around 1.10 lakh people to shelters.", "1.10 lakh people", 110_000),
        ("Floods in Velm displaced 1.15 lakh people.", "1.15 lakh people", 115_000),
        ("Floods in Velm displaced 2.3 crore people.", "2.3 crore people", 23_000_000),
        ("Floods in Velm displaced between 1.1 and 1.3 lakh people.", "1.1 and 1.3 lakh people", 110_000),
    ],
)
def test_a_decimal_times_its_scale_is_the_whole_count_written(text: str, quote: str, value: float) -> None:
    """1.1 times 100,000 in binary is 110,000.00000000001, which no whole count is: the figure is read
    as written, so the residents are counted."""
    got = [low if low is not None else high for q, (low, high, _) in _figures(text).items() if quote in q]
    assert got == [value], _figures(text)
