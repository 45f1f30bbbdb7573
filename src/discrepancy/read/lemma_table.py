"""lemminflect's lemma dictionary, loaded in a third of the time its own loader takes.

``LemmaLUCodec.load`` decodes, strips and splits each of its 80,000 lines in turn and maps each
word class through a function call; the table is loaded once a process, but that was about a
tenth of a second of every run's start (a check of a few articles takes little more than its
start). The same file is read here in one piece into the same dictionary (``word -> {UPOS:
lemmas}``, a later line of a word adding to or replacing its earlier ones), which is handed to the
library's one ``Lemmatizer`` so that its own calls use it too (``tests/test_lemmas_fast.py``).
"""

from __future__ import annotations

import gzip

from lemminflect.core.Lemmatizer import Lemmatizer
from lemminflect.core.LexicalUtils import categoryToUPos


def lemma_dict(lem: Lemmatizer) -> dict[str, dict[str, tuple[str, ...]]]:
    """``lem._getLemmaDict()``, read by :func:`read_table` the first time."""
    table = getattr(lem, "lemma_dict", None)
    if table is None:
        table = lem.lemma_dict = read_table(lem.lemma_lu_fn)
    return table  # type: ignore[no-any-return]


def read_table(path: str) -> dict[str, dict[str, tuple[str, ...]]]:
    """What ``LemmaLUCodec.load(path)`` returns: lines of ``word,category,lemma/lemma``."""
    with gzip.open(path, "rb") as f:
        lines = f.read().decode().split("\n")
    if lines and not lines[-1]:
        lines.pop()  # the newline that ends the last line
    table: dict[str, dict[str, tuple[str, ...]]] = {}
    tags: dict[str, str] = {}
    for line in lines:
        word, category, forms = line.strip().split(",")
        tag = tags.get(category)
        if tag is None:
            tag = tags[category] = categoryToUPos(category)
        entry = table.get(word)
        if entry is None:
            table[word] = {tag: tuple(forms.split("/"))}
        else:
            entry[tag] = tuple(forms.split("/"))
    return table
