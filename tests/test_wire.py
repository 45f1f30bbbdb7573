"""A pool's worker sends its claims as plain data (engines/wire.py): read back, they are the
claims pickle would have given, field for field, with the same given fields and private parts."""

from __future__ import annotations

import datetime as dt
import pickle

import discrepancy
from discrepancy.engines.wire import dumps
from discrepancy.lexicon import default_rules_dir


def _parts(m: object) -> tuple[object, ...]:
    return (type(m), m.__dict__, m.__pydantic_fields_set__, m.__pydantic_extra__, m.__pydantic_private__)  # type: ignore[attr-defined]


def test_claims_sent_as_plain_data_come_back_as_pickle_gives_them() -> None:
    from discrepancy.engines.work import extract_named

    doc = discrepancy.Document(
        id="velm",
        path="velm.md",
        source="Daily A",
        published=dt.date(2031, 5, 4),
        text="Velm floods\n\nAt least 12 people died and about 300 were evacuated in Velm on 3 May 2031, "
        "police said. The river rose 2.5 metres.",
    )
    undated = doc.model_copy(update={"id": "velm-undated", "published": None})
    assert undated.published is None
    sent = [extract_named(d, (default_rules_dir(),)) for d in (doc, undated)]
    assert sum(len(r[0][1]) for r in sent) >= 4
    got, want = pickle.loads(dumps(sent)), pickle.loads(pickle.dumps(sent, pickle.HIGHEST_PROTOCOL))
    assert got == want
    for (g,), (w,) in zip(got, want, strict=True):
        assert _parts(g[0])[:4] == _parts(w[0])[:4]
        for gc, wc in zip(g[1], w[1], strict=True):
            assert _parts(gc) == _parts(wc)
            for part in ("span", "time", "quantity", "event"):
                gp, wp = getattr(gc, part), getattr(wc, part)
                assert (gp is None) == (wp is None) and (gp is None or _parts(gp) == _parts(wp))
