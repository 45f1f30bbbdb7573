"""A streamed check's workers pack what its caller keeps (engines/packed.py): the packed claims and
undated document unpack to what extraction gave, and the lead and subject keys are the ones the
caller would read of the document itself, also after the trip through a pickle to the caller."""

from __future__ import annotations

import pickle
from pathlib import Path

from discrepancy.engines.packed import Lead, Packed, read_packed
from discrepancy.engines.spill import Spill
from discrepancy.engines.work import extract_item
from discrepancy.lexicon import default_rules_dir, load_lexicon
from discrepancy.models import InputProblem
from discrepancy.stories import document_keys

_DATED = "---\nsource: Harbour Post\npublished: 2031-03-02\n---\n\n# Flood in Quarnby\n\nFloods in Quarnby killed 14 people on Sunday, officials said.\n"
_UNDATED = "---\nsource: Vale Times\n---\n\nThe flood in Quarnby has killed 17 people, the mayor said.\n"


def test_packed_is_what_the_caller_read_of_the_document(tmp_path: Path) -> None:
    dirs = (default_rules_dir(),)
    lex = load_lexicon(dirs)
    spill = Spill(str(tmp_path))
    try:
        for name, text in (("a.md", _DATED), ("b.md", _UNDATED)):
            (tmp_path / name).write_text(text, encoding="utf-8")
            [(doc, claims)] = extract_item(str(tmp_path / name), dirs)  # type: ignore[misc]
            [packed] = pickle.loads(pickle.dumps(read_packed(str(tmp_path / name), dirs)))
            assert isinstance(packed, Packed) and not isinstance(packed, InputProblem)
            lead, own = packed.lead.interned(), Lead(doc, lex)
            assert (lead.id, lead.path, lead.source, lead.published, lead.words) == (
                own.id,
                own.path,
                own.source,
                own.published,
                own.words,
            )
            assert packed.keys == list(document_keys({doc.id: claims})[doc.id])
            spill.put_packed(lead.id, packed.claims, packed.document)
            assert spill.claims(doc.id) == claims
            assert (packed.document is None) == (doc.published is not None)
            if packed.document is not None:
                assert spill.document(doc.id) == doc
    finally:
        spill.close()
