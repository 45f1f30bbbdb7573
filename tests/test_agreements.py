"""Agreement means agreement: no group reported as agreeing holds two claims for the same day
whose intervals cannot meet."""

from __future__ import annotations

import os
from itertools import combinations
from pathlib import Path

import pytest

from discrepancy import Report, check
from discrepancy.models import Claim, Finding, Group
from discrepancy.rules.engine import selects
from discrepancy.rules.kinds import interval_overlap
from discrepancy.rules.kinds.common import placed_only
from discrepancy.rules.loader import load_rules
from discrepancy.rules.schema import Rule

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _interval(c: Claim, rules: list[Rule]) -> tuple[float, float] | None:
    if c.quantity is None:
        return None
    for r in rules:
        if r.kind in ("interval_overlap", "running_total") and selects(r.applies_to, c):
            return interval_overlap.interval(c.quantity, r.params)
    return None


def disjoint_agreements(report: Report, rules: list[Rule]) -> list[str]:
    """Pairs of claims stated for the same day, in a group reported as agreeing, that cannot both be
    true. An undated article's figure states no day (its day is where its story places it): a toll
    that updates may explain is no contradiction of it."""
    return disjoint_agreements_of(report.groups, rules)


def disjoint_agreements_of(groups: list[Group], rules: list[Rule] | None = None) -> list[str]:
    rules = load_rules() if rules is None else rules
    bad = []
    for g in groups:
        if g.status != "consistent" or not g.compared:
            continue
        for a, b in combinations(g.claims, 2):
            if a.time.start is None or a.time.start != b.time.start or a.time.end != b.time.end:
                continue
            if placed_only(a) or placed_only(b):
                continue  # an undated article's day is its placing in its story, no day it states
            ia, ib = _interval(a, rules), _interval(b, rules)
            if ia and ib and (a.quantity and b.quantity and a.quantity.unit == b.quantity.unit):
                if not (ia[0] <= ib[1] and ib[0] <= ia[1]):
                    bad.append(f"{g.subject}: {a.span.quote!r} vs {b.span.quote!r} ({a.time.start})")
    return bad


def test_fixture_agreements_hold_no_disjoint_figures_for_one_day() -> None:
    report = check([FIXTURES])
    assert any(g.status == "consistent" and g.compared for g in report.groups)
    assert disjoint_agreements(report, load_rules()) == []


@pytest.mark.skipif(
    not os.environ.get("DISCREPANCY_NEWS"),
    reason="set DISCREPANCY_NEWS to the restored ../shared/corpus/news texts (its RESTORE.md) to run it",
)
def test_news_agreements_hold_no_disjoint_figures_for_one_day() -> None:
    # each story of the restored news set, checked alone (two pairs failed here before a group
    # with figures a rule found at odds, but no finding set against each other, stopped agreeing)
    news = Path(os.environ["DISCREPANCY_NEWS"])
    rules = load_rules()
    bad = [
        b
        for story in sorted(p for p in news.iterdir() if p.is_dir())
        for b in disjoint_agreements(check([story]), rules)
    ]
    assert bad == []


def test_a_group_no_rule_compared_is_not_an_agreement() -> None:
    from discrepancy import Document

    # two outlets' figures with no time to compare them at: listed, but not as agreeing
    a = Document(id="a", path="a.md", source="Daily A", text="In Brevik, 20 people died in the flood.")
    b = Document(id="b", path="b.md", source="Daily B", text="In Brevik, 9 people died in the flood.")
    report = check([a, b])
    assert report.groups and not any(g.compared and g.status == "consistent" for g in report.groups)
    assert all(g.reason for g in report.groups if not g.compared)


def test_the_claims_a_rule_compared_agree_apart_from_those_it_could_not() -> None:
    import datetime as dt

    from discrepancy import Document

    # two outlets' January figure agree; the November report is months away: not compared, listed apart
    a = Document(
        id="a",
        path="a.md",
        source="Daily A",
        published=dt.date(2031, 1, 5),
        text="Velmco will eliminate more than 900 roles, its chief executive wrote on Wednesday. "
        "In November, the Orvel Post reported that Velmco was cutting about 500 jobs.",
    )
    b = Document(
        id="b",
        path="b.md",
        source="Daily B",
        published=dt.date(2031, 1, 6),
        text="Velmco said on Wednesday that it will eliminate more than 900 positions.",
    )
    groups = [g for g in check([a, b]).groups if g.subject.startswith("quantity:laid_off")]
    agreed = [sorted(c.span.quote for c in g.claims) for g in groups if g.compared and g.status == "consistent"]
    apart = [sorted(c.span.quote for c in g.claims) for g in groups if not g.compared]
    assert agreed == [["more than 900 positions", "more than 900 roles"]]
    assert apart == [["about 500 jobs"]]
    assert all(g.reason for g in groups if not g.compared)


def _placed(text: str, path: str, placed: bool, day: str = "2031-05-02") -> list[Claim]:
    """An article's claims; ``placed``: as if undated, its day only its placing in its story."""
    from discrepancy import extract

    claims = extract(text, published=day, source=path, path=path)
    return [c.model_copy(update={"time_inferred": True}) if placed else c for c in claims]


def _crash_claims(first: str) -> list[Claim]:
    return [
        *_placed(first, "a.md", True),
        *_placed("The Velm rail crash killed at least 36 people.", "b.md", False),
        *_placed(
            "The toll of the Velm rail crash has risen to more than 40 people, the broadcaster said.",
            "c.md",
            False,
            "2031-05-03",
        ),
    ]


def _evaluated(claims: list[Claim]) -> tuple[list[Finding], list[Group]]:
    from discrepancy.lexicon import load_lexicon
    from discrepancy.rules.engine import evaluate

    buckets: dict[str, list[Claim]] = {}
    for c in claims:
        buckets.setdefault(c.subject, []).append(c)
    return evaluate(buckets, load_rules(), load_lexicon())


def test_figures_at_odds_in_one_sentence_each_join_their_own_agreement() -> None:
    findings, groups = _evaluated(
        _crash_claims("The fire chief said the dead are 36 in the Velm rail crash, and at least 40 people were killed.")
    )
    assert findings == []  # one speaker's two figures: no finding sets them against each other
    agreeing = [
        {(c.document, c.span.quote) for c in g.claims} for g in groups if g.status == "consistent" and g.compared
    ]
    # the 36 at odds with "at least 40" in its own sentence still corroborates the other outlet's 36
    assert any({("a.md", "36"), ("b.md", "at least 36 people")} <= quotes for quotes in agreeing), agreeing
    assert disjoint_agreements_of(groups) == []


def test_two_speakers_in_one_sentence_are_two() -> None:
    """ "The chief said 36, though reports speak of at least 40": the reports' figure is not the
    chief's, and two figures of one day from two sources are a finding."""
    findings, _ = _evaluated(
        _crash_claims(
            "The fire chief said the dead are 36 in the Velm rail crash, though reports speak of at least 40 people killed."
        )
    )
    assert [sorted([f.claim.span.quote, *(c.span.quote for c in f.conflicts_with)]) for f in findings] == [
        ["36", "at least 40 people"]
    ]
