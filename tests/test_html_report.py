"""The HTML report: every finding on one self-contained page, article text shown and never obeyed,
and filters that work in a real browser (headless Chromium driven by Playwright).

The browser tests need Chromium (Debian's ``chromium`` package, which ``tests/install-chromium`` in
the README's test command installs) and the ``playwright`` package (the ``test`` extra); without
either they skip, saying which is missing, and fail under ``DISCREPANCY_BROWSER=required`` (CI).
"""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from discrepancy import check
from discrepancy.cli import main
from discrepancy.report import html as html_format

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"

# Our own words: two outlets on one march; the first sentence carries markup that must stay text.
HOSTILE = (
    "---\nsource: Valley <b>Courier</b>\npublished: 2031-05-04\n---\nMarchers fill Tarnow square\n\n"
    'Police said about 20,000 protesters <script>window.owned = 1</script><img src="x" onerror="window.owned = 2">'
    " marched through Tarnow on Saturday against the water tax.\n"
)
OTHER = (
    "---\nsource: Hill Gazette\npublished: 2031-05-04\n---\nTarnow protest draws crowds\n\n"
    "Organisers said 90,000 protesters marched through Tarnow on Saturday against the water tax.\n"
)


def _hostile(folder: Path) -> Path:
    (folder / "a.md").write_text(HOSTILE, encoding="utf-8")
    (folder / "b.md").write_text(OTHER, encoding="utf-8")
    return folder


def test_every_finding_is_on_the_page_once() -> None:
    report = check([str(FIXTURES)])
    page = html_format.render(report)
    assert report.findings
    assert page.count('<div class="finding ') == len(report.findings)
    counts = Counter(f.severity for f in report.findings)
    for severity, n in counts.items():
        assert page.count(f'data-severity="{severity}"') == n
    assert f"{len(report.findings)} of {len(report.findings)} findings shown" in page


def test_the_page_is_the_same_for_the_same_report() -> None:
    report = check([str(FIXTURES / "crowds")])
    assert html_format.render(report) == html_format.render(report)


def test_article_markup_is_text(tmp_path: Path) -> None:
    report = check([str(_hostile(tmp_path))])
    assert report.findings, "the two crowd figures should disagree"
    page = html_format.render(report)
    assert "<script>window.owned" not in page and "<img" not in page and "<b>Courier" not in page
    assert "&lt;script&gt;window.owned = 1&lt;/script&gt;" in page
    assert "Valley &lt;b&gt;Courier&lt;/b&gt;" in page
    # the page may run its own inline script and style, and load nothing
    assert "default-src 'none'" in page


def test_check_writes_html_beside_json(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    r = CliRunner().invoke(main, ["check", str(FIXTURES / "crowds"), "--format", f"html:{out}", "--format", "json"])
    assert r.exit_code in (0, 1), r.output
    findings = json.loads(r.stdout)["findings"]
    assert out.read_text(encoding="utf-8").count('<div class="finding ') == len(findings)


def _missing(why: str) -> None:
    """Skip, saying what is missing; fail where the browser is required (``.ci/run``)."""
    if os.environ.get("DISCREPANCY_BROWSER") == "required":
        pytest.fail(f"DISCREPANCY_BROWSER=required, but {why}")
    pytest.skip(why)


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        _missing("no Chromium on this machine (tests/install-chromium; Debian: apt-get install chromium)")
    return str(path)


@pytest.fixture(scope="module")
def browser():
    executable = _chromium()
    try:
        from playwright import sync_api
    except ImportError:
        _missing("playwright is not installed (pip install '.[test]')")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=executable,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        yield b
        b.close()


def _open(browser, path: Path):
    page = browser.new_page()
    errors: list[str] = []
    requests: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(path.as_uri())
    return page, errors, requests


def _visible(page) -> int:
    return page.locator(".finding:visible").count()


def test_filters_in_a_browser(browser, tmp_path: Path) -> None:
    report = check([str(FIXTURES)])
    out = tmp_path / "report.html"
    out.write_text(html_format.render(report), encoding="utf-8")
    page, errors, requests = _open(browser, out)
    total = len(report.findings)
    counts = Counter(f.severity for f in report.findings)
    assert _visible(page) == total
    assert page.locator("#shown").inner_text() == f"{total} of {total} findings shown"
    # severity boxes
    page.locator('input.severity[value="warning"]').uncheck()
    assert _visible(page) == counts["error"]
    page.locator('input.severity[value="warning"]').check()
    # a word: an outlet's name keeps the findings that quote it, and no other
    outlet = report.findings[0].claim.source
    page.locator("#find").fill(outlet.lower())
    quoting = [f for f in report.findings if any(c.source == outlet for c in [f.claim, *f.conflicts_with])]
    assert 0 < _visible(page) <= total
    assert _visible(page) >= len(quoting)
    assert all(outlet in t for t in page.locator(".finding:visible").all_inner_texts())
    page.locator("#find").fill("no outlet is called this")
    assert _visible(page) == 0
    assert page.locator(".subject:visible").count() == 0
    assert page.locator("#shown").inner_text() == f"0 of {total} findings shown"
    page.locator("#find").fill("")
    # stories: each finding belongs to the story picked
    if len(report.stories) > 1:
        story = report.findings[0].story
        page.locator("#story").select_option(story)
        assert _visible(page) == sum(f.story == story for f in report.findings)
    assert errors == []
    assert requests == [out.as_uri()]
    page.screenshot(path=str(tmp_path / "report.png"), full_page=False)
    assert (tmp_path / "report.png").stat().st_size > 10_000


def test_article_script_never_runs_in_a_browser(browser, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    out.write_text(html_format.render(check([str(_hostile(tmp_path))])), encoding="utf-8")
    page, errors, requests = _open(browser, out)
    assert page.evaluate("window.owned") is None
    assert "<script>window.owned = 1</script>" in page.locator(".finding").first.inner_text()
    assert requests == [out.as_uri()] and errors == []
