"""Which of an outlet's mentions of one thing a finding names: for an event told twice in other
words, its first telling. Articles invented, in our own words."""

from __future__ import annotations

from documents import document

from discrepancy import check
from discrepancy.models import Report


def _against(report: Report, start: str) -> list[str]:
    """The sentences of the mentions (quotes that begin with ``start``) a finding of error or
    warning names."""
    out = []
    for f in report.findings:
        if f.severity not in ("error", "warning"):
            continue
        for c in (f.claim, *f.conflicts_with):
            if c.span.quote.startswith(start):
                out.append(c.span.sentence)
    return out


def test_an_outlet_that_tells_an_event_twice_is_named_by_its_first_telling() -> None:
    # "was ahead" and "in the lead" say one thing; the longer wording is no more explicit, so the
    # outlet's first telling of who leads is the one set against the other outlet's
    a = document(
        "a.md",
        "Harbour Post",
        "2031-05-04",
        "Tarnia votes counted\n\nEarly returns in the Tarnia election showed Orin Vale was ahead. "
        "A spokesman for his party said that early data put Orin Vale in the lead in the Tarnia election.",
    )
    b = document(
        "b.md",
        "Coast Daily",
        "2031-05-04",
        "Tarnia election night\n\nMara Holt is currently in the lead in the Tarnia election, the mayor of Kelva said.",
    )
    named = _against(check([a, b]), "Orin Vale")
    assert named and all("showed Orin Vale was ahead" in s for s in named)
