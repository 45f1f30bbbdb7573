"""Front matter of plain ``key: value`` lines is read without YAML (``front_matter.simple_front_matter``): what it
reads is exactly what YAML's safe loader reads (values and their types), and anything it is not sure
of goes to YAML: on every front matter of the fixtures and seeds, on awkward lines, and on lines
made up of YAML's special words and characters."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy.corpus import _FRONT
from discrepancy.front_matter import simple_front_matter

ROOT = Path(__file__).resolve().parents[1]


def _same_as_yaml(source: str) -> bool:
    """True when the fast reading gives an answer; it must then be YAML's, value and type."""
    fast = simple_front_matter(source)
    if fast is None:
        return False
    try:
        loaded = yaml.safe_load(source)
    except (yaml.YAMLError, ValueError):
        pytest.fail(f"read without YAML, but YAML refuses it: {source!r}")
    assert fast == loaded, source
    assert [type(v) for v in fast.values()] == [type(v) for v in loaded.values()], source
    return True


def test_the_corpora_front_matter_reads_as_yaml_reads_it() -> None:
    files = [
        p
        for folder in (ROOT / "fixtures", ROOT.parent / "shared" / "corpus" / "seeds")
        for p in sorted(folder.rglob("*.md"))
    ]
    fast = 0
    for path in files:
        m = _FRONT.match(path.read_text(encoding="utf-8"))
        if m and m.group(1):
            fast += _same_as_yaml(m.group(1))
    assert fast > 0


@pytest.mark.parametrize(
    "source",
    [
        'source: "Reuters"\ntitle: "Quake kills 5"\npublished: 2023-01-05\n',
        "source: Northern Herald\npublished: 2031-08-22\ntitle: 'O''Brien'\n",
        "source: Al Jazeera (English)\ntitle: O'Brien's week\nurl: 'https://x.example/a?b=1'\n",
        "source: yes\n",
        "source: Off\n",
        "on: Reuters\n",
        "source: null\n",
        "published: 2023-02-30\n",
        "published: 2023-1-5\n",
        "source: Reuters # a comment\n",
        "source: Reuters  \n",
        "source:Reuters\n",
        "  source: Reuters\n",
        "source: Re: uters\n",
        'title: "a \\"quoted\\" word"\n',
        'title: "tab\there"\n',
        "title: 'back\\slash'\n",
        'title: "line\u2028break"\n',
        'title: "odd\x85char"\n',
        'title: "\ufffe"\n',
        "source: a\nsource: b\n",
        "source: Reuters\r\ntitle: x\r\n",
        "y: n\n",
        "source: 12\n",
        "source: 1_000\n",
        "\n",
        "# comment\nsource: x\n",
    ],
)
def test_awkward_front_matter_reads_as_yaml_reads_it(source: str) -> None:
    _same_as_yaml(source)


_PIECES = ["source", "title", "on", "Yes", "null", "~", "2023-01-05", "2023-13-01", "12", "1e3", ".inf", "0x1f"]
_PIECES += [
    "Reuters",
    "O'Brien",
    "'",
    '"',
    "\\",
    ": ",
    ":",
    " #",
    "#",
    " ",
    "  ",
    "\t",
    "-",
    "(x)",
    "é",
    "\u2028",
    "&a",
    "*a",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6), min_size=1, max_size=4))
def test_lines_of_yaml_words_read_as_yaml_reads_them(lines: list[list[str]]) -> None:
    source = "".join("".join(line) + "\n" for line in lines)
    _same_as_yaml(source)
    _same_as_yaml("".join(f"k{i}: " + "".join(line) + "\n" for i, line in enumerate(lines)))


def test_a_day_is_a_date() -> None:
    assert simple_front_matter("published: 2023-01-05\n") == {"published": dt.date(2023, 1, 5)}
