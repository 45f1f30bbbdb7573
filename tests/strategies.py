"""Hypothesis strategies for hostile articles (issue 11), shared by tests/test_fuzz.py and
benchmarks/fuzz.py: random Unicode, numbers and dates in odd places, deep nesting of quotes and
brackets, very long sentences, markup and terminal escape sequences."""

from __future__ import annotations

from hypothesis import strategies as st

NEWSY = [
    "At least 12 people were killed",
    "more than 3,000 troops",
    "about 1.5 million",
    "on Monday",
    "last month",
    "3 May 2031",
    "2031-02-30",
    "police said",
    "according to officials",
    "12.5 km",
    "$4bn",
    "40%",
    "between 10 and 20",
    "dozens of",
    "the quake",
    "Karsk",
    "1,2,3,4,5",
    "1e9",
    "−5",
    "٣٤",
    "१२",
    "½",
]
ODD = [
    "\x1b[31m",
    "\x1b[0m",
    "\x1b]0;title\x07",
    "\x9b2J",
    "\x00",
    "\u202e",
    "\u200b",
    "\ufeff",
    "\r",
    "\r\n",
    "\n\n",
    "\t",
    "<p>",
    "</p>",
    "<script>",
    "&amp;",
    "&#x1b;",
    "---",
    "```",
    "“",
    "”",
    "'",
    '"',
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "«",
    "»",
    "...",
    ".",
    ",",
    ";",
    ":",
    "-",
    "–",
    " ",
    "🙂",
    "é",
    "\U0010ffff",
]

pieces = st.one_of(
    st.sampled_from(NEWSY),
    st.sampled_from(ODD),
    st.text(max_size=12),  # any Unicode (no surrogates: a file decodes to none)
    st.integers(-(10**12), 10**12).map(str),
    st.floats(allow_nan=False, allow_infinity=False).map(str),
    st.dates().map(str),
)


def _nested(depth: int, inner: str) -> str:
    return "".join("([{“'\""[i % 6] for i in range(depth)) + inner + "".join(")]}”'\""[i % 6] for i in range(depth))


nested = st.builds(_nested, st.integers(0, 200), st.sampled_from(NEWSY))


def make_articles(longest: int = 60, parts: int = 30) -> st.SearchStrategy[str]:
    """Articles of up to ``parts`` pieces, a very long sentence being up to ``longest`` phrases with
    no full stop (one sentence of that kind costs time growing with its length squared: keep it
    small where the suite's time matters; benchmarks/fuzz.py runs longer ones)."""
    long_sentence = st.builds(lambda n, w: " ".join([w] * n), st.integers(10, longest), st.sampled_from(NEWSY))
    return st.lists(st.one_of(pieces, nested, long_sentence), max_size=parts).map(" ".join)


articles = make_articles()

front_matter = st.one_of(
    st.just(""),
    st.builds(
        lambda src, pub: f"---\nsource: {src}\npublished: {pub}\n---\n",
        st.one_of(st.text(max_size=20), st.sampled_from(ODD)),
        st.one_of(st.dates().map(str), st.text(max_size=12), st.sampled_from(["2031-02-30", "unknown", ""])),
    ),
    st.sampled_from(["---\n", "---\nsource: [x\n---\n", "---\n- a list\n---\n", "\ufeff---\nsource: A\n---\n"]),
)
