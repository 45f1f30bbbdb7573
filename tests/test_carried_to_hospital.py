"""The hurt carried to a hospital no name gives are one count however it is told ("were taken to
hospital", "were promptly taken to various hospitals", "transporting 271 people to health
facilities", "rushed 271 people to nearby hospitals"): the injured in hospital, apart from the hurt
treated where they fell; bodies so carried stay bodies, and a named hospital stays a site."""

from __future__ import annotations

from discrepancy import extract


def _subject(text: str) -> str:
    (claim,) = [c for c in extract(text, published="2031-01-02") if c.kind == "quantity"]
    return claim.subject


_TOLD = "After the blast in Velm, around 271 people were taken to hospital."


def test_carried_to_a_hospital_however_told() -> None:
    told = _subject(_TOLD)
    assert told.startswith("quantity:injured|people|") and "|in hospital|" in told
    assert _subject("After the blast in Velm, 271 people were promptly taken to various hospitals.") == told
    assert _subject("After the blast in Velm, the Red Cross was transporting 271 people to health facilities.") == told
    assert _subject("After the blast in Velm, rescuers rushed 271 people to nearby hospitals.") == told


def test_treated_where_they_fell_is_apart() -> None:
    assert _subject("After the blast in Velm, 27 people were treated on-site for injuries.") != _subject(_TOLD)


def test_bodies_and_named_hospitals_stay_apart() -> None:
    assert _subject("After the blast in Velm, 90 bodies were taken to the hospitals of the town.").startswith(
        "quantity:bodies"
    )
    assert "velm general hospital" in _subject(
        "After the blast in Velm, 30 injured were taken to Velm General Hospital."
    )
