"""A headline in title case reads like the body: its common nouns are not names."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from discrepancy import check
from discrepancy.read.truecase import title_cased, truecase

BODY = "\n\nThe tremor near Koselt left 40 people dead, officials said. The families of the dead waited.\n"


def test_a_title_case_headline_takes_the_body_casing_and_keeps_names() -> None:
    head = "Tremor Near Koselt Leaves 40 Dead, Officials Say"
    text = head + BODY
    out = truecase(text, [(0, len(head))], len(head))
    assert out[: len(head)] == "tremor near Koselt Leaves 40 dead, officials Say"
    assert out[len(head) :] == BODY


def test_a_sentence_case_headline_is_left_as_it_is() -> None:
    head = "Tremor near Koselt leaves 40 dead, officials say"
    assert not title_cased(head)
    text = head + BODY.replace("tremor", "Tremor")
    assert truecase(text, [(0, len(head))], len(head)) == text


@given(st.text(alphabet="AbCdeF gHij-'’K.,0123\n", max_size=200), st.integers(0, 200))
def test_truecasing_changes_only_the_case_of_letters(text: str, cut: int) -> None:
    cut = min(cut, len(text))
    out = truecase(text, [(0, cut)], cut)
    assert len(out) == len(text)
    assert out.lower() == text.lower()
    assert out[cut:] == text[cut:]


def test_a_title_case_headline_makes_no_name_of_its_common_words(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(
        "---\nsource: Daily A\npublished: 2031-03-02\ntitle: Tremor Near Koselt Leaves 40 Dead\n---\n"
        "The tremor struck near Koselt on Sunday and left 40 people dead, officials said.\n",
        encoding="utf-8",
    )
    # read as a name, "Tremor Near Koselt" left somewhere: an act with a name for its agent
    subjects = {c.subject for c in check([article]).claims}
    assert "quantity:deaths|people|-|earthquake|-|-" in subjects
    assert not any("Tremor" in s for s in subjects), subjects
