"""Must show (issue 11): ``discrepancy check`` on an .html page of our own writing gives the same
claims, groups and findings as the same text in Markdown, beside another outlet's article."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from discrepancy.cli import main

# our own words: a page as a news site serves it (navigation, an aside, a footer around the story)
STORY = [
    "Ferry sinks off Kessar Point",
    "At least 40 passengers were rescued after a ferry sank off Kessar Point on Wednesday, the coast guard said.",
    "Officials said 12 people were killed and 30 were injured when the vessel went down in heavy seas.",
]
PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{STORY[0]} | Bay Courier</title>
<meta property="og:site_name" content="Bay Courier">
<meta property="article:published_time" content="2031-06-12T07:30:00Z">
<script>var visits = 250000;</script></head><body>
<nav><a href="/">Home</a> <a href="/live">Live: 48 hours</a></nav>
<article><h1>{STORY[0]}</h1><p>{STORY[1]}</p><p>{STORY[2]}</p></article>
<aside>Most read: 77 ways to spend a weekend</aside><footer>Copyright 2031 Bay Courier, 9 Dock Road.</footer>
</body></html>
"""
MARKDOWN = "---\nsource: Bay Courier\npublished: 2031-06-12\n---\n" + "\n".join(STORY) + "\n"
OTHER = (
    "---\nsource: Harbour Daily\npublished: 2031-06-12\n---\n"
    "Officials said 90 people were killed when a ferry sank off Kessar Point on Wednesday.\n"
)


def _claim(c: dict[str, object]) -> tuple[object, ...]:
    return (c["kind"], c["subject"], c["quote"], c["speaker"], c["source"], c["published"], c["line"] > 0)  # type: ignore[operator]


def _report(folder: Path) -> dict[str, object]:
    r = CliRunner().invoke(main, ["check", str(folder), "--format", "json", "--fail-on", "never"])
    assert r.exit_code == 0, r.stderr
    data = json.loads(r.stdout)
    return {
        "documents": data["documents"],
        "claims": data["claims"],
        "problems": data["problems"],
        "findings": sorted(
            (f["rule"], f["severity"], f["subject"], _claim(f["claim"]), tuple(_claim(c) for c in f["conflicts_with"]))
            for f in data["findings"]
        ),
        "groups": sorted(
            (g["subject"], g["status"], tuple(sorted(_claim(c) for c in g["claims"]))) for g in data["groups"]
        ),
    }


def test_check_on_an_html_page_gives_what_the_same_markdown_gives(tmp_path: Path) -> None:
    html, md = tmp_path / "html", tmp_path / "md"
    for folder in (html, md):
        folder.mkdir()
        (folder / "other.md").write_text(OTHER, encoding="utf-8")
    (html / "story.html").write_text(PAGE, encoding="utf-8")
    (md / "story.md").write_text(MARKDOWN, encoding="utf-8")
    from_html = _report(html)
    assert from_html == _report(md)
    assert from_html["documents"] == 2 and from_html["problems"] == []
    # the two outlets disagree on the toll, and the page's claim is in the finding
    assert any(f[3][4] == "Bay Courier" or any(c[4] == "Bay Courier" for c in f[4]) for f in from_html["findings"])  # type: ignore[union-attr,index]
    quotes = " ".join(str(c) for g in from_html["groups"] for c in g[2])  # type: ignore[union-attr,index]
    assert "<" not in quotes and "250000" not in quotes and "77" not in quotes and "48 hours" not in quotes
