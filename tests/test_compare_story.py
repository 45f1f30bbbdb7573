"""A story's comparison is a function of its own articles' claims (compare.compare_story): compared
apart, from copies of only their claims, and merged in the stories' order, the stories give the
report one process gives, so an engine may compare them anywhere."""

from __future__ import annotations

import pickle
from pathlib import Path

import discrepancy
from discrepancy.compare import Comparison, compare_documents, compare_story, merge
from discrepancy.engines import Engine
from discrepancy.lexicon import default_rules_dir, load_lexicon
from discrepancy.models import Report
from discrepancy.rules.loader import load_rules
from discrepancy.stories import cluster

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _json(docs: list[discrepancy.Document], done: Comparison) -> str:
    return Report(
        documents=docs, claims=done.claims, findings=done.findings, groups=done.groups, stories=done.stories
    ).to_json()


def test_stories_compared_apart_from_copies_give_the_same_report() -> None:
    dirs = (default_rules_dir(),)
    lex, rules = load_lexicon(dirs), list(load_rules(()))
    article = discrepancy.Document(
        id="undated",
        path="undated.md",
        source="Vellmar Courier",
        url="https://courier.example/2031/05/05/vellmar-march",
        text="Vellmar march\n\nOrganisers said 30,000 people marched through Vellmar on Sunday.",
    )
    docs, claims, _ = Engine(jobs=1).read_and_extract([FIXTURES, article], dirs)
    docs.sort(key=lambda d: (d.path, d.id))
    whole = _json(docs, compare_documents(docs, pickle.loads(pickle.dumps(claims)), rules, lex))
    stories = cluster(docs, lex, claims)
    undated = {d.id: d for d in docs if d.published is None}
    assert len(stories) > 5 and undated  # several stories, and an article placed in time
    apart = []
    for s in reversed(stories):  # in any order, each from a copy of its own articles' claims only
        own = pickle.loads(pickle.dumps({d: claims[d] for d in s.documents}))
        apart.append(compare_story(s, own, {d: undated[d] for d in s.documents if d in undated}, rules, lex))
    assert _json(docs, merge(stories, docs, apart[::-1])) == whole
    assert any(c.time_inferred for s in apart for c in s.claims)  # read again where it was placed
