"""A date in a clause of contrast before a figure that moves to now or later is that clause's,
not the figure's; two counts of one day joined by "while" or "but" keep the date."""

from __future__ import annotations

import datetime as dt

from discrepancy import extract

PUBLISHED = dt.date(2024, 3, 9)


def _time_over(text: str, quote: str) -> tuple[dt.date | None, dt.date | None]:
    i = text.index(quote)
    found = [c for c in extract(text, published=PUBLISHED) if c.kind == "quantity" and c.span.start <= i < c.span.end]
    assert found, f"no quantity claim over {quote!r}"
    return found[0].time.start, found[0].time.end


def test_a_date_before_a_contrast_that_moves_to_now_is_not_the_figures() -> None:
    text = (
        "The retailer was said to be weighing 4,000 job cuts in January, but its chief now says the "
        "cuts will reach 7,500 jobs."
    )
    assert _time_over(text, "7,500 jobs") == (PUBLISHED, PUBLISHED)


def test_two_counts_of_one_march_keep_its_date() -> None:
    text = "Police counted 12,000 protesters on Thursday, while the union claimed 40,000 marched."
    thursday = dt.date(2024, 3, 7)
    assert _time_over(text, "40,000") == (thursday, thursday)
    text = "Police counted 12,000 protesters on Thursday, but the union said 40,000 marched."
    assert _time_over(text, "40,000") == (thursday, thursday)
