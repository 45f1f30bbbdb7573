"""Those taught at a school are one population however an outlet names them: "232 pupils",
"232 students" and "232 schoolgirls" kidnapped are one count."""

from __future__ import annotations

from discrepancy import extract


def _subject(text: str) -> str:
    (claim,) = [c for c in extract(text, published="2031-01-02") if c.kind == "quantity"]
    return claim.subject


def test_pupils_are_students() -> None:
    students = _subject("Gunmen kidnapped 232 students from a school in Velm.")
    assert _subject("Gunmen kidnapped 232 pupils from a school in Velm.") == students
    assert _subject("Gunmen kidnapped 232 schoolgirls from a school in Velm.") == students
