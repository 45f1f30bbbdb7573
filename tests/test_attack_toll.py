"""A count told as what an attack did ("police attacked the marchers, injuring 40") is that
attack's toll, not the toll of the war the article is about."""

from __future__ import annotations

import datetime as dt

from discrepancy import Document, check


def test_the_injured_of_an_attack_on_marchers_are_not_the_war_s_wounded() -> None:
    doc = Document(
        id="a",
        path="a.md",
        source="Daily A",
        published=dt.date(2031, 9, 20),
        text=(
            "War in Velm\n\nThe war in Velm has killed 300 people and wounded 900, officials said. "
            "Riot police attacked the marchers, injuring at least 40."
        ),
    )
    report = check([doc])
    forty = [c for c in report.claims if c.span.quote == "at least 40"]
    nine_hundred = [c for c in report.claims if c.quantity is not None and c.quantity.low == 900]
    assert forty and nine_hundred
    assert forty[0].subject != nine_hundred[0].subject
    assert not report.findings
