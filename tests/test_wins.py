"""An athlete's count of wins in one competition is a claim keyed by the athlete and the competition."""

from __future__ import annotations

from discrepancy import extract


def _wins(text: str) -> list[tuple[str, float]]:
    return sorted(
        (c.subject.split("|", 1)[1], c.quantity.figure)
        for c in extract(text, published="2031-04-06")
        if c.quantity is not None and c.quantity.measure == "wins"
    )


def test_one_count_of_wins_in_every_wording() -> None:
    for told in (
        "Ivo Brandt won the BMW Velm Marathon, a record-equalling fourth Velm Marathon victory.",
        "Ivo Brandt won on Sunday; it was his fourth Velm win.",
        "Ivo Brandt won on Sunday. He has now triumphed four times in Velm.",
        "Ivo Brandt won the Velm Marathon four times.",
    ):
        assert _wins(told) == [("velm|Brandt|-|-|-", 4)], told


def test_wins_in_a_series_and_out_of_starts() -> None:
    text = (
        "Jana Novak won in Dorn, her seventh triumph in a World Road Major. Of the nine times that she "
        "has run in a Road Majors, she has won six. Ada Mwangi has won 10 of 12 marathons."
    )
    assert _wins(text) == [("major|Novak|-|-|-", 6), ("major|Novak|-|-|-", 7), ("marathon|Mwangi|-|-|-", 10)]


def test_no_count_from_a_streak_or_an_unnamed_competition() -> None:
    text = "Ivo Brandt won in Velm, his third straight Velm title and his 15th victory in 17 races."
    assert _wins(text) == []


def test_a_long_article_is_scanned_behind_its_words_gate() -> None:
    """Over a whole article each form is skipped unless a word or a tail it needs stands there (issue 10):
    the same counts as in a short text, and none in an article without such a word."""
    from discrepancy.extract.wins import _FORMS
    from discrepancy.read.literal_gate import Gated
    from discrepancy.read.screen import Screened

    assert all(isinstance(form, Gated | Screened) for form in _FORMS)
    filler = "Rain fell on the course in Dorn all morning and the crowds stayed home. " * 6
    text = filler + "Ivo Brandt won on Sunday. He has now triumphed four times in Velm. " + filler
    assert _wins(text) == [("velm|Brandt|-|-|-", 4)]
    assert _wins(filler + "Ivo Brandt won on Sunday.") == []
