"""The world's states and provinces are places of their country (ISO 3166-2 through pycountry,
``lexicon_places``): a state's count and a neighbouring country's are two places' counts."""

from __future__ import annotations

from discrepancy import extract
from discrepancy.lexicon import load_lexicon


def test_a_state_belongs_to_its_country() -> None:
    lx = load_lexicon()
    for name, country in (
        ("West Bengal", "India"),
        ("Borno", "Nigeria"),
        ("Karnataka", "India"),
        ("Texas", "United States"),
    ):
        assert lx.canonical(name) == name, name
        assert country in lx.ancestors(name), name
    assert lx.canonical("Karnātaka") == "Karnataka"  # the name as ISO writes it, accents and all


def test_names_the_lexicon_gives_or_two_countries_share_are_left_alone() -> None:
    lx = load_lexicon()
    assert lx.entities["Georgia"].type == "country"  # the lexicon's own entry wins
    assert lx.canonical("Punjab") is None  # a province of Pakistan and a state of India
    assert lx.canonical("Central") is None  # an English word


def test_a_state_and_a_country_count_apart() -> None:
    told = (
        "Cyclone Tarn hit Bangladesh and West Bengal on Sunday. In Bangladesh, 800,000 people were"
        " evacuated. In West Bengal, 110,000 residents were evacuated."
    )
    subjects = {c.quantity.figure: c.subject for c in extract(told, published="2031-05-02") if c.quantity}
    assert "|in bangladesh|" in subjects[800_000]
    assert "|in india|" in subjects[110_000]  # two countries' counts: a state's, told alone, is its country's


def test_a_states_count_below_its_countrys_is_a_part() -> None:
    """The national toll names the states it is counted in, so it is the country's; a state's count
    below it is that state's part."""
    told = (
        "At least 33 people died of heatstroke in the states of Kerala and Karnataka on Friday, officials"
        " said. Fourteen people died in Kerala on Thursday, officials said."
    )
    subjects = {c.quantity.figure: c.subject for c in extract(told, published="2031-05-02") if c.quantity}
    assert "|in " not in subjects[33]  # the count of both states: no part
    assert "|in kerala|" in subjects[14]
