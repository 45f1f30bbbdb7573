"""Exit statuses that mean one thing (issue 11): 0 clean, 1 findings at or above --fail-on, 2 usage,
configuration or input error, 3 an internal error. A bad article is one line naming file and line,
an entry in the report's problems, and the run goes on."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from discrepancy import check
from discrepancy.cli import main
from discrepancy.testing import score

ROOT = Path(__file__).resolve().parents[1]
CROWDS = str(ROOT / "fixtures" / "crowds")
GOOD = "---\nsource: Daily A\npublished: 2031-03-01\n---\nAt least 20 people were killed in the blast on Monday.\n"

# one file of each bad kind, in our own words
BAD: dict[str, tuple[bytes, int]] = {
    # name: (content, the line the problem names)
    "impossible-date.md": (b"---\nsource: Wire\npublished: 2031-02-30\n---\nTwelve people were hurt.\n", 3),
    "undecodable.md": (b"---\nsource: Wire\n---\nFirst line.\nCaf\xe9 owners said 30 tables were lost.\n", 5),
    "nul-bytes.md": (b"---\nsource: Wire\n---\nFine line.\nA \x00\x00 binary 40 blob.\n", 5),
    "broken-front.md": (b"---\nsource: [never closed\npublished: 2031-03-01\n---\nText.\n", 3),
    "unterminated-front.md": (b"---\nsource: Wire\npublished: 2031-03-01\n\nNine people were hurt.\n", 1),
    "binary.md": (bytes(range(256)) * 4, 1),
}


def _invoke(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(main, list(args))
    return r.exit_code, r.stdout, r.stderr


# Why: a missing path, an empty folder or a folder of pages the tool does not read ended with exit 0


def test_missing_path_exits_2_naming_it(tmp_path: Path) -> None:
    code, out, err = _invoke("check", str(tmp_path / "nope"))
    assert code == 2, (code, out, err)
    assert "nope" in err and "no such file or folder" in err
    # even beside a readable folder: a path that is not there is a mistake in the command
    code, _, err = _invoke("check", CROWDS, str(tmp_path / "nope"))
    assert code == 2 and "nope" in err


def test_empty_folder_exits_2_with_a_message(tmp_path: Path) -> None:
    code, out, err = _invoke("check", str(tmp_path))
    assert code == 2, (code, out, err)
    assert "no article" in err and str(tmp_path) in err
    assert ".md" in err  # says what it reads


def test_folder_of_unread_pages_exits_2(tmp_path: Path) -> None:
    (tmp_path / "page.docx").write_bytes(b"PK\x03\x04 not an article")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    code, _, err = _invoke("check", str(tmp_path))
    assert code == 2 and "no article" in err


def test_nothing_readable_exits_2(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_bytes(BAD["nul-bytes.md"][0])
    code, _, err = _invoke("check", str(tmp_path))
    assert code == 2 and "a.md:5" in err and "nothing could be checked" in err


# Why: an impossible date aborted the run with a traceback and exit 1; -o into a missing folder: a
# traceback and exit 1; -o dir/ wrote a file called dir


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_article_is_one_line_and_the_run_goes_on(tmp_path: Path, name: str) -> None:
    content, line = BAD[name]
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / name).write_bytes(content)
    code, out, err = _invoke("check", str(tmp_path), "--format", "json")
    assert code == 0, (code, err)
    assert "Traceback" not in err
    lines = [ln for ln in err.splitlines() if name in ln]
    assert lines == [lines[0]] and f"{name}:{line}:" in lines[0], err
    data = json.loads(out)
    assert data["documents"] == 1
    [problem] = [p for p in data["problems"] if p["path"].endswith(name)]
    assert problem["line"] == line


def test_impossible_date_in_api_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_bytes(BAD["impossible-date.md"][0])
    (tmp_path / "b.md").write_text(GOOD, encoding="utf-8")
    report = check([tmp_path])
    assert report.document_count == 1
    [p] = report.problems
    assert p.line == 3 and "published" in p.message and "2031-02-30" in p.message


def test_output_into_missing_folder_exits_2(tmp_path: Path) -> None:
    dest = tmp_path / "out" / "report.txt"
    code, out, err = _invoke("check", CROWDS, "-o", str(dest))
    assert code == 2, (code, err)
    assert "Traceback" not in err
    [line] = [ln for ln in err.splitlines() if str(dest) in ln]
    assert "does not exist" in line
    code, _, err = _invoke("check", CROWDS, "--format", f"json:{dest}")
    assert code == 2 and str(dest) in err


@pytest.mark.parametrize("exists", [True, False])
def test_output_to_a_folder_is_refused(tmp_path: Path, exists: bool) -> None:
    folder = tmp_path / "dir"
    if exists:
        folder.mkdir()
    code, _, err = _invoke("check", CROWDS, "-o", f"{folder}/")
    assert code == 2, (code, err)
    assert not folder.is_file()
    assert "folder" in err or "directory" in err


def test_findings_exit_1_clean_exit_0(tmp_path: Path) -> None:
    assert _invoke("check", CROWDS)[0] == 1
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    assert _invoke("check", str(tmp_path))[0] == 0


def test_internal_error_exits_3_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    # an internal error is a bug, so there is none to trigger on purpose: one is injected where the
    # check runs
    from discrepancy import gate

    def broken(spec: object) -> None:
        raise ZeroDivisionError("division by zero in the rule engine")

    monkeypatch.setattr(gate, "run", broken)
    code, _, err = _invoke("check", CROWDS)
    assert code == 3, (code, err)
    assert err.strip().count("\n") == 0 and "internal error" in err and "ZeroDivisionError" in err
    assert "Traceback" not in err
    code, _, err = _invoke("check", CROWDS, "--verbose")
    assert code == 3 and "Traceback" in err and "ZeroDivisionError" in err


# Must show: the five seeds plus one file of each bad kind: every expectation holds, each bad file
# named on stderr, exit 1


def test_seeds_with_bad_files(seeds: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "seeds"
    shutil.copytree(seeds, corpus)
    for name, (content, _) in BAD.items():
        (corpus / name).write_bytes(content)
    code, _, err = _invoke("check", str(corpus))
    assert code == 1, err
    for name, (_, line) in BAD.items():
        assert f"{name}:{line}:" in err, name
    report = check([corpus])
    assert {Path(p.path).name for p in report.problems} == set(BAD)
    result = score(seeds.with_name("seeds.expected.yaml"), report, corpus)
    assert result.ok, "\n".join(result.lines)
