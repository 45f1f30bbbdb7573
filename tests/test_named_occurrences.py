"""A named occurrence ("the Kel Fire") is read within its line and is not the start of a longer name."""

from discrepancy import extract


def _subjects(text: str) -> list[str]:
    return [c.subject for c in extract(text, published="2031-08-02") if c.kind == "quantity"]


def test_a_name_does_not_run_across_a_paragraph_break() -> None:
    text = "Crews fight the Kel Fire\n\nThe Kel Fire has burned 5,000 acres near Dunmore, officials said."
    assert any("|fire:Kel Fire|" in s for s in _subjects(text)), _subjects(text)


def test_an_institution_is_no_occurrence() -> None:
    subjects = _subjects("The US Earthquake Observatory said the quake had a magnitude of 6.8.")
    assert subjects and not any("US Earthquake" in s for s in subjects)


def test_a_fire_is_a_fire_wherever_it_burns() -> None:
    """A fire on a ferry or in a tower block is no wildfire: every fire, blaze or wildfire is the kind
    `fire`, and a name the lexicon gives one ("the Ridge Fire") makes the blaze after it that fire.
    Failed before: a ferry's fire was reported as a "wildfire"."""
    kinds = {
        s.split("|")[3]
        for s in _subjects("A fire on the ferry off Velm killed 31 people.")
        if s.startswith("quantity:")
    }
    assert kinds == {"fire"}, kinds
    named = [
        s
        for s in _subjects("The Ridge Fire has burned 2,500 acres. The blaze has killed 3 people.")
        if s.startswith("quantity:")
    ]
    assert {s.split("|")[3] for s in named} == {"fire:Ridge Fire"}, named
