"""A party's share told beside its name in a list of results is its share of the vote."""

from __future__ import annotations

import pytest

from discrepancy import extract


def _subjects(text: str) -> dict[str, str]:
    return {c.span.quote: c.subject for c in extract(text, published="2031-05-02") if c.quantity is not None}


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        (  # a list of results after a verb of following, each share "with" its name
            "In the Velm election on Sunday, the Blue Party won 30.5 percent of the vote. Following were "
            "the Gold Party with 20.8%, the Red Party with 16.4% and the FDV with 4.3%.",
            {"20.8%": "Gold", "16.4%": "Red", "4.3%": "FDV"},
        ),
        (  # a list that leaves out the verb gives each share to its name
            "In the Velm election, the Gold Party reaches 20.8 percent, the Red Party 16.4 percent. "
            "The Grey Party follows in fourth place with 11.6 percent. Rey won 52%, Vale 44% and Dorn 4%.",
            {"16.4 percent": "Red", "11.6 percent": "Grey", "44%": "Vale", "4%": "Dorn"},
        ),
    ],
)
def test_a_share_beside_a_name_in_a_list_of_results_is_its_vote_share(text: str, owners: dict[str, str]) -> None:
    subjects = _subjects(text)
    for quote, owner in owners.items():
        assert subjects[quote].startswith(f"quantity:percentage:vote|-|{owner}|"), quote


def test_no_vote_share_outside_an_election_nor_in_a_poll() -> None:
    poll = "The Velm election is on Sunday. In the latest poll, the Blue Party is on 30%, the Greens on 12%."
    assert not any(s.startswith("quantity:percentage:vote") for s in _subjects(poll).values())
    bank = "Velm Bank, at 4.3 per cent, is the cheapest lender. The Dorn Fund with 12% is next."
    assert not any(s.startswith("quantity:percentage:vote") for s in _subjects(bank).values())
    # "on" or "at" tells a poll's standing as often as a result: not read as a share of the vote
    standing = "In the Velm election campaign, the Grey Party, at 3.1 per cent, trails the Greens on 11.6 per cent."
    assert not any(s.startswith("quantity:percentage:vote") for s in _subjects(standing).values())
