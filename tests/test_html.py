"""Web pages (issue 11): an .html page is read through trafilatura (main text, title, date, site),
never as raw markup; it gives the same claims as the same text in Markdown."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from discrepancy import check
from discrepancy.cli import main

# our own words, a page as a news site would serve it: navigation, an aside and a footer around it
PARAGRAPHS = [
    "Ferry capsizes off Tarnhold",
    "At least 40 passengers were rescued after a ferry capsized off Tarnhold on Wednesday, the coast guard said.",
    "Officials said 12 people were killed and 30 were injured. The vessel was carrying about 150 people"
    " when it overturned in rough seas.",
    "Rescue teams searched the water through the night, a harbour official said.",
]
PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ferry capsizes off Tarnhold | Harbour Post</title>
<meta property="og:site_name" content="Harbour Post">
<meta property="article:published_time" content="2031-06-12T08:00:00Z">
<style>p {{ margin: 0 }}</style><script>var views = 1000000;</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/live">Live: 24 hours</a></nav>
<article>
<h1>{PARAGRAPHS[0]}</h1>
<p>{PARAGRAPHS[1]}</p>
<p>{PARAGRAPHS[2]}</p>
<p>{PARAGRAPHS[3]}</p>
</article>
<aside>Most read: 99 things to do this weekend</aside>
<footer>Copyright 2031 Harbour Post. 500 Main Street.</footer>
</body></html>
"""
MARKDOWN = "---\nsource: Harbour Post\npublished: 2031-06-12\n---\n" + "\n".join(PARAGRAPHS) + "\n"


def _claims(path: Path) -> list[tuple[object, ...]]:
    r = CliRunner().invoke(main, ["extract", str(path), "--format", "json"])
    assert r.exit_code == 0, r.output
    return [
        (c["kind"], c["subject"], c["quote"], c["speaker"], c["source"], c["published"], json.dumps(c["quantity"]))
        for c in json.loads(r.stdout)
    ]


def test_html_page_gives_the_claims_of_the_same_text_in_markdown(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "page.md").write_text(MARKDOWN, encoding="utf-8")
    from_html = _claims(tmp_path / "page.html")
    assert len(from_html) >= 4
    assert from_html == _claims(tmp_path / "page.md")
    quotes = " ".join(str(c[2]) + str(c[3]) for c in from_html)
    assert "<" not in quotes and "1000000" not in quotes and "99" not in quotes and "500" not in quotes


def test_html_metadata_and_folders(tmp_path: Path) -> None:
    (tmp_path / "a.htm").write_text(PAGE, encoding="utf-8")
    (tmp_path / "empty.html").write_text("<html><head><title></title></head><body> </body></html>", encoding="utf-8")
    report = check([tmp_path])
    assert report.document_count == 1  # .htm read from a folder
    [problem] = report.problems
    assert problem.path.endswith("empty.html") and "no article text" in problem.message
    docs = CliRunner().invoke(main, ["extract", str(tmp_path / "a.htm"), "--format", "json"])
    first = json.loads(docs.stdout)[0]
    assert first["source"] == "Harbour Post" and first["published"] == "2031-06-12"


def test_markup_never_becomes_a_speaker(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text(
        "<html><body><article><p>Nine people were hurt, according to the hospital.</p>"
        "<p>Three remained in hospital on Friday, said a spokesman for the city hospital.</p></article></body></html>",
        encoding="utf-8",
    )
    r = CliRunner().invoke(main, ["extract", str(tmp_path / "p.html"), "--format", "json"])
    claims = json.loads(r.stdout)
    # read as raw markup, the speaker was "hospital.</p></article></body></html>"
    assert claims and all("<" not in c["speaker"] and "<" not in c["quote"] for c in claims)
    assert "hospital" in {c["speaker"] for c in claims}
