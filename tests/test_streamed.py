"""The streamed check (engines/streamed.py): claims spilled to disk and each story's loaded only while
it is compared give the JSON report the check that holds everything gives, byte for byte, in one
process and in the pool; the command uses it for JSON reports."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from click.testing import CliRunner

import discrepancy
from discrepancy.cli import main
from discrepancy.engines.spill import Spill
from discrepancy.engines.streamed import Lead, check_streamed
from discrepancy.engines.work import Item
from discrepancy.lexicon import default_rules_dir, load_lexicon
from discrepancy.models import InputProblem
from discrepancy.report import FORMATS
from discrepancy.rules.loader import load_rules
from discrepancy.stories import cluster, name_words

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

import synthetic  # noqa: E402
from test_engines import UNDATED  # noqa: E402


def _streamed(items: list[Path | discrepancy.Document], jobs: int) -> tuple[str, int, int]:
    dirs = (default_rules_dir(),)
    out = io.StringIO()
    with check_streamed(items, dirs, load_rules(()), load_lexicon(dirs), jobs=jobs) as done:
        done.write(out)
        paths = done.spill.paths
    assert not any(Path(p).exists() for p in paths)  # the spill is deleted on closing
    return out.getvalue(), done.documents, done.claims


@pytest.mark.parametrize("jobs", [1, 2])
def test_streamed_json_is_the_held_reports_json(jobs: int) -> None:
    items: list[Path | discrepancy.Document] = [FIXTURES, *UNDATED]
    held = discrepancy.check(items, jobs=1)
    assert sum(c.time_inferred for c in held.claims) >= 2  # undated articles read again from the spill
    text, documents, claims = _streamed(items, jobs)
    assert (documents, claims) == (held.document_count, held.claim_count)
    assert text == FORMATS["json"].render(held)


def test_streamed_json_on_a_generated_corpus(tmp_path: Path) -> None:
    _, planted = synthetic.generate(tmp_path, 60_000, seed=5)
    held = discrepancy.check([tmp_path], jobs=1)
    assert len(held.stories) > 5 and held.findings and planted
    for jobs in (1, 2):
        assert _streamed([tmp_path], jobs)[0] == FORMATS["json"].render(held)


def test_leads_give_the_stories_of_the_documents() -> None:
    """Clustering the slim leads (their names read once, no text kept) gives the stories that
    clustering the whole documents gives, outlets' names taken out as before."""
    docs, claims, _ = discrepancy.engines.Engine(jobs=1).read_and_extract([FIXTURES, *UNDATED], [default_rules_dir()])
    docs.sort(key=lambda d: (d.path, d.id))
    lex = load_lexicon()
    leads = [Lead(d, lex) for d in docs]
    assert not any(hasattr(lead, "text") for lead in leads)
    words = {lead.id: lead.words for lead in leads}
    whole = cluster(docs, lex, claims)
    assert len(whole) > 3
    assert cluster(cast(list[discrepancy.Document], leads), lex, claims, words=words) == whole


def test_lead_names_leave_out_dates_and_ordinary_words_but_keep_outlets_for_later() -> None:
    body = "Crews from Oskarby cleared the road on Monday. " + "Reuters said the Varnel bridge held. " * 3
    body += "".join(f"Later Tolvik crews cleared road {n}. " for n in range(1, 40))
    doc = discrepancy.Document(id="d", path="d.md", text="---\nsource: X\n---\n" + body, body_start=18)
    lead, title = name_words(doc, load_lexicon())
    assert lead == ("oskarby", "reuters", "varnel", "tolvik")  # sentences after the sixth are not read
    assert title == ("oskarby",)  # no headline: the first sentence stands for it


def test_spill_gives_back_the_claims_and_the_undated_document() -> None:
    doc = UNDATED[0]
    found = discrepancy.extract(doc.text, source=doc.source, path=doc.path)
    spill = Spill()
    try:
        spill.put(doc, found)
        spill.commit()
        again = Spill.reader(spill.path)
        assert [c.model_dump() for c in again.claims(doc.id)] == [c.model_dump() for c in found]
        assert again.document(doc.id) == doc
        assert again.claims("not there") == []
        again.close()
        assert Path(spill.path).exists()  # a reader leaves the files to their owner
    finally:
        spill.close()


def test_cli_json_report_streamed_as_held(tmp_path: Path) -> None:
    """``check --format json`` (streamed) writes what the held report writes (here asked for with a
    text report beside it), front matter that accepts a rule included."""
    news, out = tmp_path / "news", tmp_path / "out"
    news.mkdir()
    out.mkdir()
    for f in (FIXTURES / "crowds").glob("*.md"):
        (news / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    accepting = news / "2031-05-05-evening-post.md"
    text = accepting.read_text(encoding="utf-8")
    front = "---\ndiscrepancy:\n  ignore: [same-day-count-conflict]\n  reason: we trust the organisers\n"
    accepting.write_text(front + text.removeprefix("---\n"), encoding="utf-8")
    held, streamed = out / "held.json", out / "streamed.json"
    base = ["check", str(news), "--no-index"]
    both = CliRunner().invoke(main, [*base, "--format", f"json:{held}", "--format", f"text:{out / 'r.txt'}"])
    alone = CliRunner().invoke(main, [*base, "--format", "json", "-o", str(streamed)])
    assert both.exit_code == alone.exit_code, alone.output
    assert streamed.read_bytes() == held.read_bytes()
    assert "accepted by the baseline or front matter" in alone.output
    piped = CliRunner().invoke(main, [*base, "--format", "json"])
    assert piped.stdout == held.read_text(encoding="utf-8")
    assert json.loads(piped.stdout)["documents"] == 3


def test_cli_streamed_nothing_read_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["check", str(tmp_path), "--no-index", "--format", "json"])
    assert r.exit_code == 2 and "no article found" in r.output


def test_pool_keeps_a_bounded_window_of_batches_in_flight(tmp_path: Path) -> None:
    """A slow caller must not make the pool hold every file's result: batches are sent only as
    the caller takes results, so at most ``window`` wait at any time, and all come back in order."""
    from discrepancy.engines.pool import _context, _in_window

    for n in range(12):
        (tmp_path / f"a{n}.md").write_text(f"---\nsource: S{n}\npublished: 2031-01-02\n---\n\n{n + 3} people died.\n")
    work: list[Item | InputProblem] = [str(p) for p in sorted(tmp_path.glob("*.md"))]
    drawn: list[int] = []

    def batches() -> Iterator[list[int]]:
        for i in range(len(work)):
            drawn.append(i)
            yield [i]

    dirs = (default_rules_dir(),)
    with _context().Pool(2) as pool:
        got = []
        for batch, results in _in_window(pool, batches(), work, dirs, None, window=3):
            assert len(drawn) - len(got) <= 4  # the batch taken, and at most three more sent
            got.append(batch[0])
            assert len(results) == 1 and not isinstance(results[0][0], InputProblem)
    assert got == list(range(12))
