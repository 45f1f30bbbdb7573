"""An attack told by its verb ("gunmen attacked the Velm arena on Friday", "masked men stormed the
arena on Friday") is the story's attack, as "the attack happened on Friday" and "a gunman opened
fire on Friday" are: keyed ``date:attack`` whoever the doer, so outlets' days of it meet."""

from __future__ import annotations

from documents import date_keys, same_day_report


def test_the_verb_of_an_attack_is_the_attack() -> None:
    assert date_keys("Gunmen attacked the Velm arena on Friday and set it on fire.")["on Friday"] == "date:attack"
    assert date_keys("Masked men stormed the Velm arena on Friday evening.")["on Friday"] == "date:attack"


def test_two_outlets_days_of_the_attack_meet() -> None:
    report = same_day_report(
        "Velm arena attack\n\nGunmen attacked the Velm arena on Friday and set it on fire.",
        "Velm arena attack\n\nMasked men stormed the Velm arena on Thursday evening.",
    )
    flagged = [{f.claim.span.quote, *(c.span.quote for c in f.conflicts_with)} for f in report.findings]
    assert any({"on Friday", "on Thursday"} <= pair for pair in flagged)


def test_a_funeral_is_not_the_attack() -> None:
    report = same_day_report(
        "Velm arena attack\n\nGunmen attacked the Velm arena on Friday and set it on fire.",
        "Velm arena attack\n\nThe first victims were buried on Sunday in Orsk.",
    )
    flagged = [{f.claim.span.quote, *(c.span.quote for c in f.conflicts_with)} for f in report.findings]
    assert not any("on Sunday" in pair for pair in flagged)
