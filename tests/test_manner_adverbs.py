"""An adverb of manner in the verb a count is the subject of ("had been safely evacuated", "were
quickly freed") does not hide what happened to those counted; an adverb of severity still makes a
part of the injured."""

from __future__ import annotations

import pytest

from discrepancy import extract


def _subject(text: str, quote: str) -> str:
    return next(c.subject for c in extract(text, published="2031-05-02") if c.span.quote == quote)


@pytest.mark.parametrize(
    ("text", "quote", "measure"),
    [
        ("Officials said 14 guards were killed and 200 others were quickly evacuated.", "200", "evacuated"),
        ("Nine miners died, and more than 40 others had been safely rescued by Friday.", "more than 40", "rescued"),
    ],
)
def test_a_manner_adverb_leaves_the_state_its_count_s(text: str, quote: str, measure: str) -> None:
    assert _subject(text, quote).split("|")[0] == f"quantity:{measure}"


def test_an_adverb_of_severity_still_makes_a_part() -> None:
    subject = _subject("Three people died and 12 others were seriously hurt.", "12")
    assert subject.split("|")[:2] == ["quantity:injured", "people (serious)"]


@pytest.mark.parametrize(
    "text",
    [
        "At least 32 people died and 85 were injured. At least 25 people had serious injuries.",
        "At least 32 people died and 85 were injured. 25 people suffered serious injuries.",
    ],
)
def test_an_adjective_of_severity_makes_a_part_too(text: str) -> None:
    # "serious injuries" are those seriously injured: a part of the 85, not a second count of all
    quote = next(c.span.quote for c in extract(text, published="2031-05-02") if "25" in c.span.quote)
    assert _subject(text, quote).split("|")[1] == "people (serious)"
