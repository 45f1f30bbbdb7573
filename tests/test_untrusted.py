"""Article text is untrusted (issue 11): it never reaches the terminal raw, never becomes a claim
through control sequences, and the JSON report stays valid for any input."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from discrepancy import Document, check, extract
from discrepancy.cli import main
from discrepancy.corpus import blank_controls
from discrepancy.report import json as json_report

DAY = dt.date(2031, 3, 1)
BLAST = "20 people were killed in the blast in Karsk on Monday."
ESCAPES = ["\x1b[0m", "\x1b[31m", "\x1b[2J", "\x1b]0;pwned\x07", "\x9b1m", "\x1bc", "\x00", "\x08", "\x7f"]


def _bad_for_a_terminal(s: str) -> bool:
    # every control character but newline and tab, and the bidirectional overrides
    return any(
        (unicodedata.category(ch) == "Cc" and ch not in "\n\t") or ch in "\u202a\u202b\u202c\u202d\u202e" for ch in s
    )


def test_an_escape_sequence_is_never_a_figure() -> None:
    # "\x1b[0m" before an "m" read "0mm" as nought millimetres
    for seq in ESCAPES:
        for text in (
            f"Tens of thousands marched against the pension refor{seq}m on Saturday.",
            f"Officials said {seq} people had left the area.",
            f"The river rose {seq}m overnight, police said.",
        ):
            claims = extract(text, published="2031-03-01")
            # no figure from inside a sequence ("\x1b[31m", "\x1b[2J", "\x9b1m")
            assert all(c.quantity is None or c.quantity.figure not in (0, 1, 2, 31) for c in claims), (seq, claims)
            # quoted as written (quote == text[start:end]), but never made of a control sequence
            assert all(c.span.quote == text[c.span.start : c.span.end] for c in claims)
            assert all(blank_controls(c.span.quote).strip() for c in claims), (seq, text)


def test_escapes_do_not_change_what_is_read() -> None:
    plain = "Police said at least 20 people were killed in the blast on Monday."
    coloured = "Police said \x1b[1;31mat least 20\x1b[0m people were killed in the blast on Monday."
    a = [(c.subject, c.quantity and c.quantity.figure) for c in extract(plain, published="2031-03-01")]
    b = [(c.subject, c.quantity and c.quantity.figure) for c in extract(coloured, published="2031-03-01")]
    assert a and a == b


def test_terminal_output_shows_controls_escaped(tmp_path: Path) -> None:
    # a hostile path, a source given through YAML's \e escape, a bidi override in a quote
    (tmp_path / "a\x1b[31m.md").write_text(
        '---\nsource: "Wire\\e[2J\\e]0;x\\a\\u202e"\npublished: 2031-03-01\n---\n'
        "Police said at least 20 people were killed in the blast in Karsk on Monday \u202eevil.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.md").write_text(
        "---\nsource: Daily B\npublished: 2031-03-01\n---\nOfficials said 90 people were killed in the blast"
        " in Karsk on Monday.\n",
        encoding="utf-8",
    )
    (tmp_path / "c\x1b[2J.md").write_text("---\nsource: [broken\n---\nText.\n", encoding="utf-8")
    for fmt in ("text", "json"):
        r = CliRunner().invoke(main, ["check", str(tmp_path), "--format", fmt, "--fail-on", "never"])
        assert r.exit_code == 0, r.output
        assert "at least 20 people" in r.stdout
        assert not _bad_for_a_terminal(r.stdout), fmt
        assert not _bad_for_a_terminal(r.stderr), fmt
    text = CliRunner().invoke(main, ["check", str(tmp_path), "--fail-on", "never"])
    assert "Wire\\x1b[2J\\x1b]0;x\\x07\\u202e" in text.stdout  # seen, not obeyed
    assert "a\\x1b[31m.md" in text.stdout and "c\\x1b[2J.md" in text.stderr
    claims = CliRunner().invoke(main, ["extract", str(tmp_path)])
    assert "at least 20 people" in claims.stdout and not _bad_for_a_terminal(claims.stdout)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.text(st.characters(blacklist_categories=()), max_size=40),  # any code point, lone surrogates too
            st.sampled_from([*ESCAPES, "12 people were killed", " 3,000 troops", "\u202e", '"', "\\", "\n"]),
        ),
        max_size=12,
    ).map("".join),
    st.text(st.characters(blacklist_categories=()), max_size=20),
)
@example(body="\x1b[2J\u202e 12 \ud800", source="A\ud800\u202e\x1b[31m")  # a lone surrogate, an override
def test_json_stays_valid_for_any_input(body: str, source: str) -> None:
    docs = [
        Document(id="a", path="a.md", source=source or "A", published=DAY, text=f"Police said {BLAST} {body}"),
        Document(id="b", path="b.md", source="B", published=DAY, text=f"Officials said 90 {BLAST[2:]} {body}"),
    ]
    report = check(docs)
    out = json_report.render(report).encode("utf-8")  # writable as UTF-8
    data = json.loads(out)
    assert not _bad_for_a_terminal(out.decode("utf-8"))  # escaped in the JSON text, the same data
    assert data["documents"] == 2
    assert data["findings"] or data["groups"]  # the hostile source is in the report, not left out
    for g in data["groups"]:
        for c in g["claims"]:
            text = next(d.text for d in docs if d.path == c["path"])
            assert not _bad_for_a_terminal(c["quote"]) or _bad_for_a_terminal(text)
