"""The library (issue 11): one path or many, clear errors for arguments of the wrong shape, errors
exported, strict mode, counts as properties, and to_dict()/to_json() exactly the CLI's JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import discrepancy
from discrepancy import check
from discrepancy.cli import main

ROOT = Path(__file__).resolve().parents[1]
CROWDS = ROOT / "fixtures" / "crowds"


def test_rules_as_a_bare_string_is_refused() -> None:
    # it used to iterate the string's letters
    with pytest.raises(TypeError, match=r"rules=\['myrules'\]"):
        check(str(CROWDS), rules="myrules")
    with pytest.raises(TypeError, match=r"rules="):
        check(str(CROWDS), rules=Path("myrules"))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"rules="):
        discrepancy.extract("Ten people were hurt.", rules="myrules")


def test_check_none_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match=r"check\(\) needs what to read.*None"):
        check(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"check\(\) reads paths and Documents.*int"):
        check([str(CROWDS), 3])  # type: ignore[list-item]


def test_one_path_or_many_give_the_same_report() -> None:
    one = check(str(CROWDS))
    many = check([CROWDS])
    assert one.document_count == 3 and one.to_dict() == many.to_dict()


def test_errors_are_exported(tmp_path: Path) -> None:
    assert issubclass(discrepancy.InputError, Exception)
    (tmp_path / "quantity").mkdir()
    (tmp_path / "quantity" / "bad.yaml").write_text("id: bad\nkind: no_such_kind\n", encoding="utf-8")
    with pytest.raises(discrepancy.RuleFileError, match="bad.yaml"):
        check(str(CROWDS), rules=[tmp_path])


def test_strict_raises_on_a_missing_path_and_bad_input(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    report = check([CROWDS, missing])
    assert report.document_count == 3 and [p.path for p in report.problems] == [str(missing)]
    with pytest.raises(discrepancy.InputError, match="nope: no such file or folder") as err:
        check([CROWDS, missing], strict=True)
    assert err.value.problem.path == str(missing)
    (tmp_path / "a.md").write_text("---\nsource: X\npublished: 2031-02-30\n---\nText.\n", encoding="utf-8")
    with pytest.raises(discrepancy.InputError, match=r"a.md:3: 'published'"):
        check([tmp_path / "a.md"], strict=True)


def test_counts_are_properties_and_to_dict_is_the_cli_json() -> None:
    report = check([CROWDS])
    cli = CliRunner().invoke(main, ["check", str(CROWDS), "--format", "json"])
    data = json.loads(cli.stdout)
    assert report.to_dict() == data
    assert report.to_json() == cli.stdout
    assert data["schema_version"] == discrepancy.SCHEMA_VERSION
    assert report.document_count == data["documents"] == 3
    assert report.claim_count == data["claims"] > 0
    assert isinstance(data["documents"], int) and isinstance(data["claims"], int)  # counts in the JSON
    # the contract of ../shared/tools/score_findings.py is kept
    f = data["findings"][0]
    for c in [f["claim"], *f["conflicts_with"]]:
        assert {"path", "start", "end", "quote"} <= set(c)
    assert all(g["status"] in ("consistent", "conflict") for g in data["groups"])


def test_report_holds_the_claims_and_documents_read() -> None:
    # Report.claims was a count; it is the claims themselves, typed, and the documents read beside them
    report = check([CROWDS])
    assert all(isinstance(d, discrepancy.Document) for d in report.documents)
    assert sorted(d.path for d in report.documents) == sorted(str(p) for p in CROWDS.glob("*.md"))
    assert all(isinstance(c, discrepancy.Claim) for c in report.claims)
    assert len(report.claims) == report.claim_count and len(report.documents) == report.document_count
    # every claim a finding or a group holds is one of them, and each quotes its document
    ids = {c.id for c in report.claims}
    assert {c.id for g in report.groups for c in g.claims} <= ids
    assert {c.id for f in report.findings for c in [f.claim, *f.conflicts_with]} <= ids
    text = {d.id: d.text for d in report.documents}
    assert all(text[c.document][c.span.start : c.span.end] == c.span.quote for c in report.claims)
    # in the order they are written: by file, then by place
    assert [(c.span.path, c.span.start) for c in report.claims] == sorted(
        (c.span.path, c.span.start) for c in report.claims
    )
    # the claims extract_paths() reads, file by file (none of these articles is undated)
    read, _ = discrepancy.extract_paths([CROWDS])
    assert [(c.span.path, c.span.start, c.span.quote) for c in read] == [
        (c.span.path, c.span.start, c.span.quote) for c in report.claims
    ]
