"""The reading layer: tokens, lemmas, noun phrases and verb groups, and the open vocabulary they feed."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import extract
from discrepancy.cli import main
from discrepancy.read import Reading


def _read(s: str) -> Reading:
    return Reading(s, 0, len(s))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_tokens_are_ordered_slices_of_the_text(s: str) -> None:
    r = _read(s)
    last = 0
    for i, t in enumerate(r.tokens):
        assert last <= t.start < t.end <= len(s)
        assert s[t.start : t.end] == t.text
        last = t.end
        r.noun_phrase(i)  # never raises, whatever the tokens
        r.verb_group(i)
        r.verb_before(i)


_ASCII_PIECES = ["U.S.", "Nagorno-Karabakh's", "1,305", "18.5", "x", "'", "-", ".", ",", "A", "9"]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_ASCII_PIECES) | st.characters(max_codepoint=127), max_size=40),
    st.integers(0, 10),
    st.integers(0, 10),
)
def test_an_ascii_sentence_is_stepped_as_the_token_pattern_steps_it(pieces: list[str], a: int, b: int) -> None:
    """The tokenizer's faster step for ASCII sentences (issue 10) cuts them as the pattern does."""
    from discrepancy.read.tokens import _ASCII_STEP, _STEP

    s = "".join(pieces)
    start, end = min(a, len(s)), max(len(s) - b, min(a, len(s)))
    assert _ASCII_STEP is not _STEP
    fast = [m.span() for m in _ASCII_STEP.finditer(s, start, end)]
    assert fast == [m.span() for m in _STEP.finditer(s, start, end)]


def test_lemmas_and_classes() -> None:
    toks = {t.text: t for t in _read("The assailants took 12 hostages and left 300 people homeless.").tokens}
    assert toks["assailants"].noun == "assailant" and toks["hostages"].noun == "hostage"
    assert toks["left"].tag == "VERB" and toks["left"].verb == "leave"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The council declared two days of official mourning.", "mourning"),
        ("Residents fled the heavy fighting near Dorrin.", "fighting"),
        ("Shops closed after widespread looting in Velm.", "looting"),
    ],
)
def test_a_word_in_ing_after_an_adjective_in_a_noun_phrase_is_a_noun(sentence: str, word: str) -> None:
    toks = {t.text: t for t in _read(sentence).tokens}
    assert toks[word].tag == "NOUN" and toks[word].noun == word


def test_a_length_of_an_act_told_with_an_adjective_meets_the_bare_one() -> None:
    def subject(s: str) -> str:
        return next(c.subject for c in extract(s, published="2031-03-01") if c.quantity is not None)

    plain = subject("The council declared two days of mourning.")
    assert subject("The council declared two days of official mourning.") == plain


@pytest.mark.parametrize(
    ("sentence", "figure", "lemma", "passive", "complement"),
    [
        ("At least 20 miners were trapped.", "20", "trap", True, None),
        ("Amazon will lay off 18,000 employees.", "18,000", "lay off", False, None),
        ("Floods left 300 people homeless.", "300", "leave", False, "homeless"),
    ],
)
def test_verb_of_a_figure(sentence: str, figure: str, lemma: str, passive: bool, complement: str | None) -> None:
    r = _read(sentence)
    i = r.index_at(sentence.index(figure))
    np = r.noun_phrase(i + 1)
    vg = (r.verb_group(np.head + 1) if np else None) or r.verb_before(i)
    assert vg is not None and vg.lemma == lemma and vg.passive == passive
    if complement:  # "left 300 people homeless": the complement follows the object
        assert r.verb_group(vg.first) is not None and complement in [t.lower for t in r.tokens[vg.head + 1 :]]


def test_the_subject_of_a_linking_verb() -> None:
    s = "The number of victims of last week's storm in the north of the country rose to 45."
    (claim,) = [c for c in extract(s, published="2023-05-04") if c.kind == "quantity"]
    assert claim.quantity is not None and claim.quantity.population in ("victim", "victims")
    assert claim.subject and claim.confidence < 1


@pytest.mark.parametrize(
    ("sentence", "quote", "measure"),
    [
        ("Police detained 14 assailants after the raid.", "14 assailants", "arrests"),
        ("The company plans to lay off 1,200 staff.", "1,200 staff", "laid_off"),
        ("The attack left 40 dead.", "40", "deaths"),
        ("A 300-metre-long tanker ran aground.", "300-metre", "length"),
        ("The strike lasted 12 days after a six-hour siege.", "six-hour", "duration"),
    ],
)
def test_open_vocabulary(sentence: str, quote: str, measure: str) -> None:
    claims = [c for c in extract(sentence, published="2023-05-04") if c.kind == "quantity" and quote in c.span.quote]
    assert claims, [c.span.quote for c in extract(sentence, published="2023-05-04")]
    assert claims[0].quantity is not None and claims[0].quantity.measure == measure
    assert claims[0].subject, "every figure read gets a subject"


def test_synonyms_meet_and_different_things_stay_apart() -> None:
    def subject(s: str) -> str:
        return next(c.subject for c in extract(s, published="2023-05-04") if c.kind == "quantity")

    assert subject("Gunmen killed 12 assailants.") != subject("Gunmen killed 12 hostages.")
    assert subject("Police arrested 12 assailants.") == subject("Police detained 12 attackers.")
    assert subject("The firm laid off 500 employees.") != subject("The firm employs 500 employees.")


def test_clock_times_are_dated_claims() -> None:
    claims = extract("The quake struck at 11.11 p.m. on Friday.", published="2023-09-09")
    (clock,) = [c for c in claims if "11.11" in c.span.quote]
    assert clock.kind == "date" and clock.time.clock == 23 * 60 + 11 and clock.time.label() == "2023-09-08 23:11"


def test_explain_shows_the_reading() -> None:
    out = CliRunner().invoke(main, ["extract", "--explain", "At least 20 miners were trapped."]).output
    assert "miners/NOUN[miner]" in out and "lemma=trap (passive)" in out and "claim quantity" in out


def _level(sentence: str, figure: str) -> tuple[str | None, str | None]:
    r = Reading(sentence, 0, len(sentence))
    vg = r.level_verb(r.index_at(sentence.index(figure)))
    np = r.clause_subject(vg.first) if vg is not None else None
    return (vg.lemma if vg else None), (np.lemma if np else None)


def test_level_verb_and_clause_subject() -> None:
    assert _level("The toll in the storm that hit the coast on Friday has gone up to 310.", "310") == ("go up", "toll")
    assert _level("Their share of the vote only rose by two points to 31%.", "31") == ("rise", "share")
    assert _level("Officials said the number of migrants fell to 120.", "120") == ("fall", "number")
    assert _level("The totals now stand at 75.", "75") == ("stand", "total")
    assert _level("The navy sent ships to 12 ports.", "12") == (None, None)  # "to" a place, not a level
