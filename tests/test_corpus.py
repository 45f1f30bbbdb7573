"""Reading input: bad files get one clear line naming the file (and line); the run goes on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from discrepancy import Document, InputProblem, check
from discrepancy.corpus import read_corpus

GOOD = "---\nsource: Daily A\npublished: 2023-03-01\n---\nRussia has amassed 100,000 troops near the border.\n"


def _write(tmp: Path, name: str, text: str | bytes) -> Path:
    p = tmp / name
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8")
    return p


def test_bad_front_matter_names_file_and_line(tmp_path: Path) -> None:
    _write(tmp_path, "a.md", GOOD)
    _write(tmp_path, "b.md", "---\nsource: [unclosed\npublished: 2023-03-02\n---\nText.\n")
    report = check([tmp_path])
    assert report.document_count == 1
    [problem] = report.problems
    assert problem.path.endswith("b.md") and problem.line is not None and problem.line >= 2
    assert "front matter" in str(problem) and "\n" not in str(problem)


def test_bad_published_date(tmp_path: Path) -> None:
    _write(tmp_path, "c.md", "---\nsource: X\npublished: last tuesday\n---\nText.\n")
    [problem] = [p for p in read_corpus([tmp_path]) if not hasattr(p, "text")]
    assert problem.line == 3 and "published" in problem.message


def test_unknown_date_is_allowed_and_dateline_used(tmp_path: Path) -> None:
    _write(tmp_path, "d.md", "---\nsource: X\npublished: unknown\n---\nKYIV, March 3, 2022 (Wire) - Troops moved.\n")
    _write(tmp_path, "e.md", "No front matter at all.\n\nUpdated: February 01, 2022, 8:59 PM\n")
    read = list(read_corpus([tmp_path]))
    docs = {Path(d.path).name: d for d in read if isinstance(d, Document)}
    assert docs["d.md"].published == dt.date(2022, 3, 3) and docs["d.md"].published_from == "dateline"
    # a missing source is said, not silent (issue 11); the article is read all the same
    [warning] = [p for p in read if isinstance(p, InputProblem)]
    assert warning.path.endswith("e.md") and warning.level == "warning" and "'source'" in warning.message
    assert docs["e.md"].published == dt.date(2022, 2, 1) and docs["e.md"].source == "unknown"


def test_relative_dates_stay_unresolved_without_a_date(tmp_path: Path) -> None:
    from discrepancy import extract

    claims = extract("The army overthrew the government of Niger last month.", published=None)
    [event] = [c for c in claims if c.kind == "event"]
    assert not event.time.resolved and "last month" in (event.time.expression or "")


def test_not_utf8(tmp_path: Path) -> None:
    _write(tmp_path, "f.md", b"ok\n\xff\xfe broken\n")
    _write(tmp_path, "g.md", GOOD)
    report = check([tmp_path])
    assert report.document_count == 1
    assert report.problems[0].line == 2 and "UTF-8" in report.problems[0].message


def test_jsonl_bad_line_and_good_records(tmp_path: Path) -> None:
    lines = [
        '{"id": "1", "source": "A", "published": "2023-03-01", "text": "Russia has amassed 100,000 troops."}',
        "{not json",
        '{"id": "3", "source": "B", "published": "2023-03-02", "text": "Russia has amassed 150,000 troops."}',
        '{"id": "4", "source": "C"}',
    ]
    _write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    report = check([tmp_path / "feed.jsonl"])
    assert report.document_count == 2
    assert sorted((p.line, p.message.split(":")[0]) for p in report.problems) == [
        (2, "invalid JSON"),
        (4, "record has no 'text' string"),
    ]
    assert report.findings, "the two good records still disagree"
    claim = report.findings[0].claim
    assert claim.span.record_line in (1, 3)


def test_missing_path_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    report = check([tmp_path / "nope", _write(tmp_path, "a.md", GOOD)])
    assert report.document_count == 1
    assert "no such file" in report.problems[0].message


def test_offsets_count_front_matter_and_crlf(tmp_path: Path) -> None:
    text = GOOD.replace("\n", "\r\n")
    p = _write(tmp_path, "crlf.md", text)
    p.write_bytes(text.encode())
    from discrepancy.extract import extract_document
    from discrepancy.lexicon import load_lexicon

    [doc] = list(read_corpus([p]))
    claims = extract_document(doc, load_lexicon())
    q = next(c for c in claims if c.kind == "quantity")
    assert doc.text[q.span.start : q.span.end] == q.span.quote
    assert q.span.line == 5


def test_folder_readme_is_not_an_article(tmp_path: Path) -> None:
    _write(tmp_path, "a.md", GOOD)
    _write(tmp_path, "README.md", "# About these articles\n\nThey have 100,000 troops.\n")
    assert check([tmp_path]).document_count == 1
    assert check([tmp_path / "README.md"]).document_count == 1  # named explicitly, it is read
