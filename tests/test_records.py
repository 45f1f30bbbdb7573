"""Records ("the lowest since 1969", "the largest-ever deployment") are event claims of type record."""

from discrepancy import extract


def _records(text: str) -> list[tuple[str, str, str]]:
    return [
        (c.span.quote, c.subject, c.time.label() if c.time.start else "-")
        for c in extract(text, published="2024-03-14")
        if c.event is not None and c.event.type == "record"
    ]


def test_record_since_a_year_is_keyed_by_direction_and_topic() -> None:
    assert _records("The jobless rate fell to 3.6 percent, the lowest since 1971.") == [
        # the topic of the lexicon the sentence names ("jobless rate": unemployment), one key for every wording
        ("lowest since 1971", "event:record|patient=low unemployment", "1971")
    ]


def test_synonyms_of_one_direction_meet() -> None:
    a = _records("It was the largest naval deployment in peacetime, the minister said.")
    b = _records("It is the biggest naval deployment in our history.")
    assert a[0][1] == b[0][1] == "event:record|patient=large deployment"


def test_a_ranking_without_a_span_is_no_record() -> None:
    assert _records("Bakers and grocers were the two biggest job gainers.") == []
    assert _records("The latest figures came out on Monday, and at least 20 people attended.") == []


def test_the_figure_keeps_its_own_time() -> None:
    claims = extract("The jobless rate fell to 3.6 percent, the lowest since 1971.", published="2024-03-14")
    figure = next(c for c in claims if c.kind == "quantity")
    assert figure.time.label() == "2024-03-14"


def test_the_first_since_a_month_of_a_year_is_a_record_held_since_that_year() -> None:
    # "the first X since March 2022": no X since then, told with a noun after "first" or without
    a = _records("The nine deaths are the first Orvel military fatalities in Velm since March of 2022.")
    b = _records("The Orvel fatalities were the first in Velm since March 2022, officials said.")
    assert [(s, t) for _, s, t in a] == [(s, t) for _, s, t in b] == [("event:record|patient=first fatality", "2022")]
    assert _records("It was the first time the two leaders had met.") == []


def test_a_rank_in_the_world_is_a_record_however_the_world_is_told() -> None:
    # "the world's third-biggest" and "the third-largest ... in the world": one rank, held over all places
    a = _records("The deal makes Velmsoft the world's third-biggest maker of games by revenue, behind Dorn.")
    b = _records("Velmsoft will become the third-largest maker of games by revenue in the world.")
    assert a and b and a[0][1] == b[0][1], (a, b)
    assert a[0][1].startswith("event:record|patient=third large"), a


def test_a_possessor_other_than_the_world_still_needs_a_span() -> None:
    assert _records("Velm is the nation's third-biggest maker of games.") == []
