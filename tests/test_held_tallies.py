"""A party's seats or share, however the tally is told, is one subject per party."""

from __future__ import annotations

from discrepancy import extract


def _subjects(text: str) -> dict[str, str]:
    return {c.span.quote: c.subject for c in extract(text, published="2031-05-02") if c.quantity is not None}


def test_a_tally_told_with_no_verb_or_one_of_getting_is_the_one_won() -> None:
    text = (
        "In the Velm election, the Blue Party won 208 seats. The Red Party will receive 85 seats. "
        "Five parties entered parliament: the Gold Party with 64 seats, the Grey Party with 12 seats."
    )
    subjects = _subjects(text)
    assert subjects["208 seats"].startswith("quantity:win|seat|Blue|")
    assert subjects["85 seats"].startswith("quantity:win|seat|Red|")
    assert subjects["64 seats"].startswith("quantity:win|seat|Gold|")
    assert subjects["12 seats"].startswith("quantity:win|seat|Grey|")


def test_a_gain_a_loss_and_a_whole_are_no_tally_won() -> None:
    text = "The Blue Party gained 40 seats. The Red Party lost 12 seats. The Gold Party led with 93 of 264 seats."
    subjects = _subjects(text)
    assert subjects["40 seats"].startswith("quantity:gain|")
    assert subjects["12 seats"].startswith("quantity:lose|")
    # the whole is no one's tally; the part is the Gold Party's ("led with 93 of 264 seats")
    assert not subjects.get("264 seats", "").startswith("quantity:win|")
    assert subjects["93"].startswith("quantity:win|seat|Gold|")
    assert subjects["264 seats"].startswith("quantity:count|seat|-|")


def test_a_part_of_the_seats_is_the_tally_won_and_the_whole_no_ones() -> None:
    subjects = _subjects("The Gold Party won 159 of the 400 seats. Labour won 412 out of 650 seats.")
    assert subjects["159"].startswith("quantity:win|seat|Gold|")
    assert subjects["412"].startswith("quantity:win|seat|Labour|")
    # the wholes are the chambers' seats, no one's
    assert subjects["400 seats"].startswith("quantity:count|seat|-|")
    assert subjects["650 seats"].startswith("quantity:count|seat|-|")


def test_a_share_a_party_reaches_or_comes_to_is_its_vote_share() -> None:
    text = (
        "In the Velm election on Sunday, the Blue Party won 30.5 percent of the vote. The Gold Party "
        "reaches 20.8 percent. The Union comes to 28.6 percent. The Grey Party secured a surprising 8.8%."
    )
    subjects = _subjects(text)
    assert subjects["20.8 percent"].startswith("quantity:percentage:vote|-|Gold|")
    assert subjects["28.6 percent"].startswith("quantity:percentage:vote|-|Union|")
    assert subjects["8.8%"].startswith("quantity:percentage:vote|-|Grey|")
