"""A sentence's speakers are read only for the sentences that hold claims (issue 10): in whatever
order claims ask for them, they are what one pass over every sentence in turn reads, a pronoun
("she said") given to the speaker named last before it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy.extract.attribution import attributions
from discrepancy.extract.claim_maker import ClaimMaker
from discrepancy.lexicon import load_lexicon
from discrepancy.models import Document
from discrepancy.text import sentences

_SENTENCES = [
    "The harbour master said 40 boats were lost.",
    "She said the figure would rise.",
    "They told reporters that 12 crew were missing.",
    "According to the coast guard, 300 people were rescued.",
    "Rain fell all night over the bay.",
    "He added that he expected more.",
    "Officials and the mayor, as well as the navy, claim 15 vessels sank.",
    "It said, according to him, that 9 homes were hit.",
    "The port reopened on Friday.",
]


def _forward(text: str, sents: list[tuple[int, int]]) -> list[list[tuple[int, str]]]:
    lex = load_lexicon()
    out, last = [], None
    for ss, se in sents:
        attrs = attributions(text, ss, se, lex, last)
        out.append(attrs)
        if attrs:
            last = attrs[-1][1]
    return out


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=10), st.randoms(use_true_random=False))
def test_speakers_read_on_demand_are_those_of_one_pass(picked: list[str], rnd) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(picked)
    doc = Document(id="d", path="d.md", source="Outlet", text=text)
    sents = sentences(text, 0)
    expected = _forward(text, sents)
    maker = ClaimMaker(doc, sents, set(), load_lexicon())
    order = list(range(len(sents)))
    rnd.shuffle(order)
    for i in order:
        assert maker.speakers(i) == expected[i]


def test_a_pronoun_with_no_speaker_before_is_nobody() -> None:
    text = "She said 40 boats were lost. The harbour master said 12 were found. He said more would come."
    doc = Document(id="d", path="d.md", source="Outlet", text=text)
    sents = sentences(text, 0)
    maker = ClaimMaker(doc, sents, set(), load_lexicon())
    assert maker.speakers(2) == [(text.index("said more"), "harbour master")]
    assert maker.speakers(0) == []


def test_a_sentence_that_names_its_speaker_reads_none_before_it() -> None:
    text = "Rain fell all night over the bay. The port reopened on Friday. The harbour master said 40 boats were lost."
    doc = Document(id="d", path="d.md", source="Outlet", text=text)
    sents = sentences(text, 0)
    maker = ClaimMaker(doc, sents, set(), load_lexicon())
    assert maker.speakers(2) == [(text.index("said"), "harbour master")]
    assert set(maker.read.marked) == {2}  # the two sentences before are never read
    maker.speakers(2)
    text = "The harbour master said 40 boats were lost. Rain fell all night over the bay. He said more would come."
    doc = Document(id="d", path="d.md", source="Outlet", text=text)
    sents = sentences(text, 0)
    maker = ClaimMaker(doc, sents, set(), load_lexicon())
    assert maker.speakers(2) == [(text.index("said more"), "harbour master")]  # a pronoun reads back
    assert set(maker.read.marked) == {0, 1, 2}
