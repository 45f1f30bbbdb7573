"""Properties that must hold for every input."""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discrepancy import Document, check, extract
from discrepancy.report import json as json_report

WORDS = {
    1: "one",
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "twelve",
    20: "twenty",
    30: "thirty",
    40: "forty",
    50: "fifty",
}

FRAGMENTS = [
    "more than 100,000 troops",
    "tens of thousands of",
    "killed at least 12 people",
    "on Monday",
    "last month",
    "Russia annexed Crimea in 2014",
    "30 miles (48 km)",
    "according to police",
    "said",
    "“",
    "”",
    "\n\n",
    "---",
    "In December last year,",
    "eight years ago",
    "5 inches of rain",
    "$4bn",
    "7.8-magnitude",
    "over 9,000",
    "the army overthrew President",
    "protesters",
    ".",
    ",",
    " ",
    "Kyiv",
    "é",
    "🙂",
    "between 5 and 7 million",
]
settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci")


@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40))
def test_spans_inside_text_and_quote_matches(parts: list[str]) -> None:
    text = " ".join(parts)
    for c in extract(text, published="2022-02-14"):
        s = c.span
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.quote
        assert s.sentence and s.quote in text
        line_start = text.rfind("\n", 0, s.start) + 1
        assert s.line == text.count("\n", 0, s.start) + 1
        assert s.column == s.start - line_start + 1


ARTICLES = [
    (
        "Daily A",
        "2023-03-01",
        "Russia has amassed 150,000 troops near the border. The war has killed more than 13,000 people since 2014.",
    ),
    ("Daily B", "2023-03-02", "Russia has amassed 100,000 troops near the border. Russia annexed Crimea in 2014."),
    (
        "Daily C",
        "2023-03-03",
        "More than 14,000 people have been killed in the war so far. Moscow annexed Crimea in 2015.",
    ),
    ("Daily D", "2023-03-04", "Russia has deployed tens of thousands of troops. NATO has put 8,500 troops on standby."),
]


def _docs(order: list[int]) -> list[Document]:
    return [
        Document(
            id=f"doc{i}",
            path=f"doc{i}.md",
            source=ARTICLES[i][0],
            published=dt.date.fromisoformat(ARTICLES[i][1]),
            text=ARTICLES[i][2],
        )
        for i in order
    ]


@given(st.permutations(list(range(len(ARTICLES)))))
def test_same_report_whatever_the_order(order: list[int]) -> None:
    base = json_report.render(check(_docs(list(range(len(ARTICLES))))))
    assert json_report.render(check(_docs(order))) == base


@given(st.sampled_from(sorted(WORDS)), st.sampled_from(["troops", "people were killed", "protesters"]))
def test_digits_and_words_never_conflict(n: int, noun: str) -> None:
    a = f"Officials said {n} {noun} in the clashes on Monday."
    b = f"Officials said {WORDS[n]} {noun} in the clashes on Monday."
    docs = [
        Document(id="a", path="a.md", source="A", published=dt.date(2023, 5, 2), text=a),
        Document(id="b", path="b.md", source="B", published=dt.date(2023, 5, 2), text=b),
    ]
    assert check(docs).findings == []


@given(st.integers(min_value=1, max_value=900), st.sampled_from(["north of the fire", "from the border"]))
def test_miles_and_km_never_conflict(miles: int, anchor: str) -> None:
    km = round(miles * 1.609344)
    rnd = random.Random(miles)
    a = f"The town lies {miles} miles {anchor}."
    b = f"The town lies {km} km {anchor}." if rnd.random() < 0.5 else f"The town lies {km} kilometres {anchor}."
    docs = [
        Document(id="a", path="a.md", source="A", published=dt.date(2023, 5, 2), text=a),
        Document(id="b", path="b.md", source="B", published=dt.date(2023, 5, 2), text=b),
    ]
    report = check(docs)
    assert report.findings == []
    assert report.claim_count == 2
