"""Every lexicon file's examples (rules/lexicon/*.yaml, key `examples`), one test case each."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import yaml

from discrepancy import Claim, extract
from discrepancy.extract.dates import find_dates
from discrepancy.lexicon import default_rules_dir

CASES = []
for path in sorted((default_rules_dir() / "lexicon").glob("*.yaml")):
    for i, ex in enumerate((yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("examples") or []):
        CASES.append(pytest.param(ex, id=f"{path.stem}:{i}"))


def _value(c: Claim, key: str) -> Any:
    if key == "speaker":
        return c.speaker
    if key == "modality":
        return c.modality
    if key == "value":
        return c.time.label()
    if c.quantity is not None and key in (
        "figure",
        "qualifier",
        "measure",
        "population",
        "owner",
        "cumulative",
        "anchor",
    ):
        return c.quantity.stated_figure if key == "figure" else getattr(c.quantity, key)
    if c.quantity is not None and key == "topic":
        return c.subject.split("|")[0].split(":", 2)[-1] if c.subject else None
    if c.quantity is not None and key == "occurrence":
        return c.subject.split("|")[3] if c.subject else None
    if c.event is not None and key in ("type", "agent", "patient"):
        return getattr(c.event, key)
    raise KeyError(key)


def test_every_lexicon_file_has_examples() -> None:
    names = {c.id.split(":")[0] for c in CASES}  # type: ignore[union-attr]
    assert names >= {"numbers", "measures", "entities", "events", "speakers", "patterns", "dates"}


@pytest.mark.parametrize("example", CASES)
def test_lexicon_example(example: dict[str, Any]) -> None:
    text = example["text"]
    published = example.get("published") or dt.date(2023, 5, 4)
    claims = extract(text, published=published)
    for want in example.get("expect") or []:
        i = text.index(want["quote"])
        span = (i, i + len(want["quote"]))
        found = [c for c in claims if c.kind == want["kind"] and c.span.start < span[1] and span[0] < c.span.end]
        assert found, f"no {want['kind']} claim over {want['quote']!r}: {[c.span.quote for c in claims]}"
        for key, value in want.items():
            if key in ("kind", "quote"):
                continue
            got = _value(found[0], key)
            assert got == value, f"{want['quote']!r}: {key} is {got!r}, expected {value!r}"
    for quote in example.get("not") or []:
        i = text.index(quote)
        hits = [c for c in claims if c.kind == "quantity" and c.span.start < i + len(quote) and i < c.span.end]
        assert not hits, f"{quote!r} must not be a quantity claim: {[c.span.quote for c in hits]}"

    if "dates" in example:  # every date the text holds, in order, with the label it resolves to
        found = [(text[d.start : d.end], d.time.label()) for d in find_dates(text, 0, len(text), published)]
        assert found == [(d["quote"], d["value"]) for d in example["dates"]]
