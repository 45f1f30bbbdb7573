"""Those taught at a school are one population however an outlet names them ("232 pupils", "232
students" and "232 schoolgirls" kidnapped are one count); so are the people who came to worship
where it happened ("1,301 pilgrims died", "50 worshippers were killed"): they count as people."""

from __future__ import annotations

from discrepancy import extract


def _subject(text: str) -> str:
    (claim,) = [c for c in extract(text, published="2031-01-02") if c.kind == "quantity"]
    return claim.subject


def test_pupils_are_students() -> None:
    students = _subject("Gunmen kidnapped 232 students from a school in Velm.")
    assert _subject("Gunmen kidnapped 232 pupils from a school in Velm.") == students
    assert _subject("Gunmen kidnapped 232 schoolgirls from a school in Velm.") == students


def test_pilgrims_and_worshippers_are_people() -> None:
    people = _subject("1,301 people died during the pilgrimage at Velm.")
    assert _subject("1,301 pilgrims died during the pilgrimage at Velm.") == people
    killed = _subject("The blast at the Velm mosque killed 50 people.")
    assert _subject("The blast at the Velm mosque killed 50 worshippers.") == killed
