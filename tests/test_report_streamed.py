"""``Report.to_json`` writes the report a finding or group at a time, not from ``to_dict()`` (which
holds a dictionary of every claim at once), and gives the same text as ``json_text(to_dict())``:
for reports with and without findings and problems, and for texts that need escapes."""

from __future__ import annotations

from pathlib import Path

import pytest

import discrepancy
from discrepancy.models import Report, json_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _doc(name: str, source: str, text: str) -> discrepancy.Document:
    return discrepancy.Document(id=name, path=f"{name}.md", source=source, published="2031-05-04", text=text)


def _reports() -> list[Report]:
    odd = [  # a C1 control, a direction override and a lone surrogate (possible only through the API)
        _doc("a", "Wire\x85One", "Police said 40 people were hurt in Vellmar.\u202e"),
        _doc("b", "Post \ud800", "Medics said 45 people were hurt in Vellmar."),
    ]
    return [
        discrepancy.check([FIXTURES]),
        discrepancy.check([]),
        discrepancy.check(odd),
        discrepancy.check(odd[:1]),
        discrepancy.check([FIXTURES / "missing.md"]),  # a problem and nothing else
    ]


def test_the_same_text_as_the_whole_dictionary_written() -> None:
    for report in _reports():
        assert report.to_json() == json_text(report.to_dict())


def test_written_without_the_whole_dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    report = discrepancy.check([FIXTURES])
    assert report.findings and report.groups
    expected = json_text(report.to_dict())

    def refuse(self: Report) -> dict[str, object]:
        raise AssertionError("to_json built the whole dictionary")

    monkeypatch.setattr(Report, "to_dict", refuse)
    assert report.to_json() == expected
