"""Word classes read in context. A noun after a noun is the head of their compound, not a verb:
'the 13-story building', 'a flood warning', 'the freight train that derailed'; a participle or a
verb after a noun stays one. A plural after 'many' or 'several' is a noun; 'US' is a name."""

from __future__ import annotations

import pytest

from discrepancy import extract
from discrepancy.read import Reading


def _tag(sentence: str, word: str) -> str:
    return next(t.tag for t in Reading(sentence, 0, len(sentence)).tokens if t.text == word)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The 13-story building collapsed on Tuesday.", "building"),
        ("A 300-metre railing gave way in Velm.", "railing"),
        ("The flood warning for Velm was lifted.", "warning"),
        ("The 12-story condo building in Velm was evacuated.", "building"),
        ("Crowds gathered on Friday evening near the Velm bridge.", "evening"),
        ("At the Senate hearing, the minister spoke for an hour.", "hearing"),
        ("The Velm ministry said DNA testing showed the remains were those of two men.", "testing"),
        ("The freight train that derailed near Velm carried 20 tank cars.", "train"),
        ("Service resumed on main track 2 near Velm.", "track"),
        ("Daily A cited a press release that gave the toll as 40.", "release"),
    ],
)
def test_a_noun_after_a_noun_is_the_head_of_their_compound(sentence: str, word: str) -> None:
    assert _tag(sentence, word) == "NOUN"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("About 300 people living in tents near Velm were moved.", "living"),
        ("A ship sailing under a Velm flag sank.", "sailing"),
        ("Footage showed the houses burning.", "burning"),
        ("The apartment building housing 200 workers burned.", "housing"),
        ("The tornado cut a path through Velm.", "cut"),
        ("Images and video show the damage in Velm.", "show"),
        ("The crash involving two trains killed 12.", "involving"),
        ("The toll rose to 40.", "rose"),
    ],
)
def test_a_verb_after_a_noun_stays_a_verb(sentence: str, word: str) -> None:
    assert _tag(sentence, word) == "VERB"


@pytest.mark.parametrize(
    ("sentence", "word", "tag"),
    [
        ("Several alarms sounded in Velm after midnight.", "alarms", "NOUN"),
        ("Many people fled Velm.", "people", "NOUN"),
        ("In most cases the victims were elderly.", "cases", "NOUN"),
        ("Many fear the toll will rise.", "fear", "VERB"),
        ("A US drone strike hit Velm.", "drone", "NOUN"),
        ("A US judge has ruled on the Velm case.", "judge", "NOUN"),
        ("Officials told us the toll rose.", "us", "PRON"),
    ],
)
def test_a_plural_after_a_quantifier_is_a_noun_and_us_in_capitals_a_name(sentence: str, word: str, tag: str) -> None:
    assert _tag(sentence, word) == tag


def test_a_date_after_a_described_thing_is_the_act_it_hangs_from() -> None:
    """ "12-story" is one word: its hyphen ends no phrase, so the date is the collapse's, whatever the
    thing's noun ("building", which the tagger read as a verb, or "tower")."""
    for thing in ("condominium building", "condominium tower", "building"):
        text = f"Crews still search Velm after the partial collapse of a 12-story {thing} on June 24, officials said."
        dated = [c.subject for c in extract(text, published="2031-07-16") if c.kind == "date"]
        assert dated == ["date:collapse"], thing


@pytest.mark.parametrize(
    ("sentence", "word", "tag"),
    [
        ("The attack that left 18 people dead shocked Velm.", "left", "VERB"),
        ("The crash, which saw two crew members survive, shocked Velm.", "saw", "VERB"),
        ("The fishing vessel sank off Velm.", "fishing", "NOUN"),
        ("Seven were found at the bowling alley in Velm.", "bowling", "NOUN"),
        ("Residents fled the scorching heat in Velm.", "scorching", "ADJ"),
        ("Videos posted online showing buildings in Velm spread.", "showing", "VERB"),
    ],
)
def test_a_past_tense_after_which_is_a_verb_and_a_word_in_ing_before_a_noun_its_modifier(
    sentence: str, word: str, tag: str
) -> None:
    assert _tag(sentence, word) == tag


def test_a_noun_phrase_takes_its_modifier_in_ing() -> None:
    reading = Reading("The fishing vessel sank.", 0, 24)
    np = reading.noun_phrase(0)
    assert np is not None and np.lemma == "vessel" and np.mods == ["fishing"]


@pytest.mark.parametrize(
    ("sentence", "word", "tag"),
    [
        ("Two dams burst near Velm on Monday.", "dams", "NOUN"),
        ("The dam above Velm gave way.", "dam", "NOUN"),
        ("The ministry gave its own figure for Velm.", "own", "ADJ"),
        ("In Velm 82 remain missing.", "remain", "VERB"),
    ],
)
def test_a_noun_lemminflect_lists_only_as_a_verb_is_a_noun_after_an_article(sentence: str, word: str, tag: str) -> None:
    assert _tag(sentence, word) == tag
