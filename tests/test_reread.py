"""An undated article's second reading, at the time its story places it at, takes from its first
what no publication date changes (its figures, who speaks and how): the claims are those a full
reading of the dated article gives, in one process and after the document is pickled to another."""

from __future__ import annotations

import datetime as dt
import pickle

from discrepancy.compare import placed
from discrepancy.extract import extract_document
from discrepancy.extract.dates import DateMention
from discrepancy.extract.reread import Kept, figures
from discrepancy.lexicon import load_lexicon
from discrepancy.models import Document, TimeRef
from discrepancy.stories import Story

_TEXT = (
    "Floods in Varnel province have killed at least 42 people since Monday, the governor said. "
    "He said 1,300 homes were damaged and that about 9,000 people had fled to higher ground. "
    "The toll could rise, he warned on Wednesday, as 15 villagers were still missing."
)


def _undated() -> Document:
    return Document(id="c", path="c.md", source="Daily C", text=_TEXT)


def _dump(claims: list) -> list[str]:
    return [c.model_dump_json() for c in claims]


def _story() -> Story:
    return Story(id="s1", name="Varnel", documents=["c"], start=dt.date(2031, 5, 5), end=dt.date(2031, 5, 9))


def _fresh_placed() -> list[str]:
    """The placed claims of an article whose first reading kept nothing."""
    lex = load_lexicon()
    doc = _undated()
    first = extract_document(doc.model_copy(), lex)
    doc._kept = None
    return _dump(placed(doc, _story(), first, lex))


def test_the_kept_reading_is_taken_once() -> None:
    lex = load_lexicon()
    doc = _undated()
    placed(doc, _story(), extract_document(doc, lex), lex)
    assert doc._kept is None  # placed: what was kept for it is let go


def test_the_second_reading_gives_a_full_reading_s_claims() -> None:
    lex = load_lexicon()
    doc = _undated()
    first = extract_document(doc, lex)
    assert isinstance(doc._kept, Kept) and doc._kept.hits and doc._kept.read.marked
    again = placed(doc, _story(), first, lex)
    assert any(
        c.kind == "quantity" and c.speaker == "governor" and "1,300" in c.span.quote for c in again
    )  # "he" is the governor
    assert _dump(again) == _fresh_placed()


def test_the_kept_reading_survives_pickling() -> None:
    lex = load_lexicon()
    doc = _undated()
    first = extract_document(doc, lex)
    copy = pickle.loads(pickle.dumps(doc))
    assert _dump(placed(copy, _story(), first, lex)) == _fresh_placed()
    copy = pickle.loads(pickle.dumps(doc))
    copy._kept.read.speakers.clear()  # resolved again from the attributions read ("He said")
    copy._kept.read.last.clear()
    assert _dump(placed(copy, _story(), first, lex)) == _fresh_placed()


def test_figures_are_read_again_when_the_dates_differ() -> None:
    kept, calls = Kept(_undated(), load_lexicon()), []

    def read() -> list:
        calls.append(1)
        return []

    monday = DateMention(10, 16, TimeRef())
    figures(kept, [monday], "flood", read)
    figures(kept, [monday], "flood", read)  # the same dates: the kept figures
    assert len(calls) == 1
    figures(kept, [DateMention(10, 16, TimeRef(), since=True)], "flood", read)  # now a span's start
    figures(kept, [monday], "storm", read)
    assert len(calls) == 3


def test_a_document_equals_itself_before_its_reading() -> None:
    doc = _undated()
    extract_document(doc, load_lexicon())
    assert doc == _undated()


def test_a_copy_with_another_text_or_lexicon_reads_afresh() -> None:
    lex = load_lexicon()
    doc = _undated()
    extract_document(doc, lex)
    kept = doc._kept
    assert kept.fits(doc.model_copy(update={"published": dt.date(2031, 5, 6)}), lex)
    assert not kept.fits(doc.model_copy(update={"text": _TEXT.replace("42", "24")}), lex)
    assert not kept.fits(doc.model_copy(update={"title": "Floods"}), lex)
    assert not kept.fits(doc, object())  # type: ignore[arg-type]  # read under another lexicon
    other = doc.model_copy(update={"text": _TEXT.replace("42", "24")})
    assert any(c.span.quote == "at least 24 people" for c in extract_document(other, lex))
