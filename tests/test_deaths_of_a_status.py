"""Deaths told with the status of the cases they were ("seven deaths among the laboratory confirmed",
"four deceased suspected cases") are a part of all cases' deaths, never the death toll; a bracket that
opens on a rate is an aside, no breakdown; "There are" or "Among" opens no speaker."""

from __future__ import annotations

from discrepancy import extract


def _claims(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.span.quote, c.subject, c.speaker) for c in extract(text, published="2031-12-19") if c.kind == "quantity"]


def test_deaths_among_the_confirmed_are_no_toll() -> None:
    found = _claims("There are seven deaths among the laboratory confirmed, and all probable cases are dead.")
    assert [s for _, s, _ in found] == ["quantity:deaths|confirmed|-|-|-|-"], found


def test_deceased_suspected_cases_are_no_toll() -> None:
    found = _claims("The case had links to four deceased suspected cases in the district of Velm.")
    assert [s for _, s, _ in found] == ["quantity:deaths|suspected|-|-|-|-"], found


def test_those_confirmed_dead_are_the_toll() -> None:
    found = _claims("Of the 45 people confirmed dead, 16 bodies have been returned to their families.")
    assert ("45 people", "quantity:deaths|people|-|-|-|-") in [(q, s) for q, s, _ in found], found


def test_a_bracket_opened_on_a_rate_breaks_nothing_down() -> None:
    found = _claims("Velm counts 11 deaths (fatality ratio 78.6%; for one confirmed case the outcome is unknown).")
    assert [q for q, _, _ in found] == ["11 deaths", "78.6%"], found


def test_there_are_opens_no_speaker() -> None:
    found = _claims("There are seven deaths among the laboratory confirmed, and all probable cases are dead.")
    assert found and not any(sp and sp.startswith("there") for _, _, sp in found), found
