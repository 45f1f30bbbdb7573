"""A headline that calls the story by a generic word ("fires") names what its figures belong to,
over another kind the body mentions in passing. Invented article; failed before the change."""

from __future__ import annotations

from documents import document

from discrepancy.extract.document import extract_document
from discrepancy.lexicon import load_lexicon


def _occurrences(title: str, text: str) -> set[str]:
    doc = document("a.md", "Daily A", "2031-08-22", text).model_copy(update={"title": title})
    return {c.subject.split("|")[3] for c in extract_document(doc, load_lexicon()) if c.subject.startswith("quantity:")}


_BODY = (
    "Rescuers searched the hills above Velm on Tuesday. The charred remains of 26 people were found near a hut. "
    "Explosions were heard at the hospital as oxygen tanks blew up."
)


def test_a_generic_word_in_the_headline_names_the_story_s_occurrence() -> None:
    assert _occurrences("At least 26 die in Velm fires", _BODY) == {"fire"}


def test_without_it_the_kind_the_body_names_wins() -> None:
    assert _occurrences("At least 26 die near Velm", _BODY) == {"explosion"}
