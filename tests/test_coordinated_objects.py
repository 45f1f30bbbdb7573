"""The verb a count is the object of, across a coordinated object and a participle after the noun.

"Rebels shot down a cargo plane and six drones approaching the base": the six drones were shot
down; "approaching the base" only says which ones. A verb that gives its object a predicate of its
own ("the flood left 900 people sleeping in schools") still lets the participle say what happened.
"""

from __future__ import annotations

import pytest

from discrepancy import extract
from discrepancy.read.tokens import tokenize


def _measures(text: str) -> dict[str, str]:
    return {c.span.quote: c.quantity.measure for c in extract(text, published="2031-03-01") if c.quantity}


@pytest.mark.parametrize(
    ("text", "quote", "measure"),
    [
        ("Rebels shot down a cargo plane and six drones approaching the base.", "six drones", "shot_down"),
        ("The rebels left the city and shot down a cargo plane and six drones.", "six drones", "shot_down"),
        ("Gunners shot down four drones flying over the harbour.", "four drones", "shot_down"),
        ("Guards detained a driver and 14 men crossing the river.", "14 men", "arrests"),
    ],
)
def test_the_count_is_the_object_of_the_verb_before(text: str, quote: str, measure: str) -> None:
    assert _measures(text)[quote] == measure


def test_a_verb_that_gives_its_object_a_predicate_keeps_the_participle() -> None:
    measures = _measures("The flood left 900 people sleeping in schools.")
    assert measures["900 people"] != "leave"


def _tags(text: str) -> dict[str, str]:
    return {t.lower: t.tag for t in tokenize(text, 0, len(text))}


def test_a_phrasal_verb_after_and_is_a_verb() -> None:
    assert _tags("The rebels crossed the river and shot down a drone.")["shot"] == "VERB"


def test_a_noun_before_a_preposition_stays_a_noun() -> None:
    assert _tags("The death toll in the storm has risen to 40.")["toll"] == "NOUN"
