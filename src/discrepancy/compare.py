"""Comparing the claims of a set of articles as an editor would: story by story.

The articles are clustered into stories (``stories.py``); an undated article is placed at a time
(its URL's date, the latest day its text names, or its story's first day) and read again with it,
its claims marked ``time_inferred``; then each story's claims are grouped into subjects and the
rules applied within it. Checking stories one by one or all together gives the same findings.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .extract import extract_document
from .group import group_claims
from .lexicon import Lexicon
from .models import Claim, Document, Finding, Group
from .models import Story as StoryModel
from .rules.engine import evaluate, finding_order
from .rules.schema import Rule
from .stories import Story, cluster, place_undated


@dataclass
class Comparison:
    claims: list[Claim]
    findings: list[Finding]
    groups: list[Group]
    stories: list[StoryModel]


def placed(doc: Document, story: Story, claims: list[Claim], lex: Lexicon) -> list[Claim]:
    """An undated article's claims read again at the time it is placed at, marked as inferred."""
    if doc.published is not None:
        return claims
    found = place_undated(doc, story, claims, lex)
    if found is None:
        return claims
    day, how = found
    dated = doc.model_copy(update={"published": day, "published_from": how})
    return [c.model_copy(update={"time_inferred": True}) for c in extract_document(dated, lex)]


def compare_documents(
    docs: list[Document], claims_by_doc: dict[str, list[Claim]], rules: Iterable[Rule], lex: Lexicon
) -> Comparison:
    rules = list(rules)
    by_id = {d.id: d for d in docs}
    all_claims: list[Claim] = []
    findings: list[Finding] = []
    groups: list[Group] = []
    stories = cluster(docs, lex, claims_by_doc)
    for story in stories:
        claims: list[Claim] = []
        for doc_id in story.documents:
            read = placed(by_id[doc_id], story, claims_by_doc.get(doc_id, []), lex)
            for c in read:
                c.story = story.id  # the claims are this run's own: tagged in place, not copied
            claims.extend(read)
        f, g = evaluate(group_claims(claims, lex.hazard_occurrences), rules, lex, story=story.id)
        all_claims.extend(claims)
        findings.extend(f)
        groups.extend(g)
    findings.sort(key=finding_order)
    groups.sort(key=lambda g: (g.status != "conflict", g.subject, g.story or ""))
    models = [
        StoryModel(id=s.id, name=s.name, documents=[by_id[d].path for d in s.documents], start=s.start, end=s.end)
        for s in stories
    ]
    return Comparison(claims=all_claims, findings=findings, groups=groups, stories=models)
