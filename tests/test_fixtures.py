"""The bundled fixtures: each folder scored against its expected.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest

from discrepancy import check
from discrepancy.testing import score

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EXPECTED = sorted(FIXTURES.glob("*.expected.yaml"))


def test_fixtures_exist() -> None:
    assert len(EXPECTED) >= 4, "fixtures/ should hold several topics with expectations"


@pytest.mark.parametrize("expected", EXPECTED, ids=[p.name.split(".")[0] for p in EXPECTED])
def test_fixture(expected: Path) -> None:
    corpus = expected.with_name(expected.name.split(".")[0])
    report = check([corpus])
    result = score(expected, report, corpus)
    assert result.ok, "\n".join(result.lines)


def test_headline_contradicted_by_its_own_body() -> None:
    import datetime as dt

    from discrepancy import Document

    text = "Quake death toll tops 30,000\n\nThe earthquake that struck on Monday has killed 25,000 people so far."
    doc = Document(id="h", path="h.md", source="Daily A", published=dt.date(2023, 2, 9), text=text)
    report = check([doc])
    assert report.findings, "the headline says more than 30,000, the body 25,000, the same day"
    quotes = {report.findings[0].claim.span.quote, report.findings[0].conflicts_with[0].span.quote}
    assert any("30,000" in q for q in quotes) and any("25,000" in q for q in quotes)


def test_headline_only_in_front_matter_is_a_claim(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(
        '---\nsource: Daily A\npublished: 2023-02-09\ntitle: "Quake death toll tops 30,000"\n---\n'
        "Rescuers kept digging. The toll from the earthquake rose to 12,000, officials said.\n",
        encoding="utf-8",
    )
    report = check([article])
    assert report.findings, "the title says more than 30,000, the body 12,000, the same day"
    title_claim = report.findings[0].claim
    text = article.read_text(encoding="utf-8")
    assert text[title_claim.span.start : title_claim.span.end] == title_claim.span.quote == "tops 30,000"
    assert title_claim.span.line == 4


def test_two_hazards_in_one_folder_stay_two_stories() -> None:
    import datetime as dt

    from discrepancy import Document

    day = dt.date(2031, 3, 2)
    docs = [
        Document(id="a", path="a.md", source="Daily A", published=day, text="The flood has killed 120 people."),
        Document(
            id="b",
            path="b.md",
            source="Daily B",
            published=day + dt.timedelta(days=2),
            text="The earthquake has killed 40 people.",
        ),
    ]
    report = check(docs)
    # merged into one toll, 120 then 40 two days later would be a total that shrank
    assert not report.findings, "a flood's toll and a quake's toll are not one count"
    assert len({g.subject for g in report.groups}) == 0 or all(len(g.claims) == 1 for g in report.groups)
