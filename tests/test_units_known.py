"""``normalise.units.linear_map`` answers, without building pint's registry, what pint answers: a
unit in its own base is the identity, and the kept maps are pint's own, bit for bit, for every
pair of unit and base the bundled lexicon makes; a pair it does not know is asked of pint."""

from __future__ import annotations

import pytest

from discrepancy.lexicon import load_lexicon
from discrepancy.normalise import units


def _bundled_pairs() -> list[tuple[str, str]]:
    lex = load_lexicon()
    pairs = set()
    for spec in lex.units.values():
        base = lex.base_units.get(str(spec["measure"]))
        if base:
            pairs.add((str(spec["unit"]), base))
    return sorted(pairs)


@pytest.mark.parametrize("pair", _bundled_pairs())
def test_every_bundled_pair_is_known_and_is_pints(pair: tuple[str, str]) -> None:
    unit, base = pair
    assert unit == base or pair in units._KNOWN
    assert units.linear_map(unit, base) == units.pint_map(unit, base)


def test_no_registry_for_the_bundled_units(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(units, "_UREG", None)
    monkeypatch.setattr(units, "registry", _no_registry)
    units.linear_map.cache_clear()
    try:
        assert units.to_base(3.0, "mile", "kilometer") == 3.0 * 1.609344
        assert units.to_base(-0.0, "percent", "percent") == 0.0  # value * 1.0 + 0.0, as pint's map
        for unit, base in _bundled_pairs():
            units.linear_map(unit, base)
    finally:
        units.linear_map.cache_clear()


def test_other_units_are_asked_of_pint() -> None:
    units.linear_map.cache_clear()
    assert units.linear_map("nautical_mile", "kilometer") == pytest.approx((1.852, 0.0))


def _no_registry() -> object:
    raise AssertionError("pint's registry was built")
