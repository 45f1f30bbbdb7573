"""Comparing the claims of a set of articles as an editor would: story by story.

The articles are clustered into stories (``stories.py``); then each story is compared on its own
(:func:`compare_story`): an undated article is placed at a time (its URL's date, the latest day its
text names, or its story's first day) and read again with it, its claims marked ``time_inferred``;
the story's claims are grouped into subjects and the rules applied within it. A story's comparison
needs nothing from any other story, so the engines may run them anywhere (``engines/``); merged in
the stories' order, they give the findings one process gives.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from .compact import compact_all
from .extract import extract_document
from .group import group_claims
from .lexicon import Lexicon
from .models import Claim, Document, Finding, Group
from .models import Story as StoryModel
from .rules.corroboration import with_same_figures
from .rules.engine import evaluate, finding_order
from .rules.groups import with_hedged
from .rules.schema import Rule
from .stories import Story, cluster, place_undated


@dataclass
class Comparison:
    claims: list[Claim]
    findings: list[Finding]
    groups: list[Group]
    stories: list[StoryModel]


@dataclass
class StoryComparison:
    """One story's claims (tagged with the story; an undated article's read again where it was
    placed), findings and groups, in the order one process gives them."""

    claims: list[Claim]
    findings: list[Finding]
    groups: list[Group]


# compares the stories given (with the documents, their claims, the rules and the lexicon) and
# gives their comparisons in the same order: in this process, or spread by an engine
CompareStories = Callable[[list[Story]], list[StoryComparison]]


def placed(doc: Document, story: Story, claims: list[Claim], lex: Lexicon, known: Iterable[Claim] = ()) -> list[Claim]:
    """An undated article's claims read again at the time it is placed at, marked as inferred.
    Placed at its story's first day, it sits no earlier than the first day a dated article of its
    story gave a figure it repeats (``known``: their claims): it was written when that was known."""
    if doc.published is not None:
        return claims
    found = place_undated(doc, story, claims, lex)
    if found is None:
        doc._kept = None  # what its first reading kept for this one (extract/reread.py): not needed
        return claims
    day, how = found
    repeated = _repeated_day(claims, known) if how in ("story", "text") else None
    if repeated is not None and day < repeated <= (story.span(doc.id)[1] or repeated):
        day = repeated
    end = story.span(doc.id)[1]
    latest = end if how == "story" and end is not None and end > day else None
    dated = doc.model_copy(update={"published": day, "published_from": how, "published_latest": latest})
    doc._kept = None  # the copy holds what its first reading kept, for this reading alone
    return compact_all([c.model_copy(update={"time_inferred": True}) for c in extract_document(dated, lex)])


def _repeated_day(claims: list[Claim], dated: Iterable[Claim]) -> dt.date | None:
    """The latest of the days on which a dated article first gave a figure the undated article
    repeats (the same subject and the same figure, however qualified); None when it repeats none."""
    first: dict[tuple[object, ...], dt.date] = {}
    for c in dated:
        key = _figure_key(c)
        if key is not None and c.published is not None:
            first[key] = min(first.get(key, c.published), c.published)
    days = [first[k] for k in map(_figure_key, claims) if k is not None and k in first]
    return max(days, default=None)


def _figure_key(c: Claim) -> tuple[object, ...] | None:
    q = c.quantity
    if q is None or not c.subject or c.modality != "asserted" or q.qualifier == "vague":
        return None
    return (c.subject, q.figure, q.figure2)  # "at least 300" repeats "300": the qualifier is the outlet's


def compare_story(
    story: Story,
    claims_by_doc: Mapping[str, list[Claim]],
    undated: Mapping[str, Document],
    rules: list[Rule],
    lex: Lexicon,
) -> StoryComparison:
    """One story compared, from its own articles' claims alone (``undated``: those of its articles
    that are undated, the only ones read again). The claims given are tagged with the story in
    place: they are this run's own, not copied."""
    claims: list[Claim] = []
    dated = [c for d in story.documents if d not in undated for c in claims_by_doc.get(d, [])]
    for doc_id in story.documents:
        read = claims_by_doc.get(doc_id, [])
        if doc_id in undated:
            read = placed(undated[doc_id], story, read, lex, dated)
        for c in read:
            c.story = story.id
        claims.extend(read)
    findings, groups = evaluate(
        group_claims(claims, lex.hazard_occurrences, lex.hazards_brought, lex.thingless_measures),
        rules,
        lex,
        story=story.id,
    )
    groups = with_same_figures(with_hedged(groups, claims), claims, story.id)
    return StoryComparison(claims=claims, findings=findings, groups=groups)


def group_order(g: Group) -> tuple[bool, str, str]:
    """Groups as a report lists them: conflicts first, then by subject and story."""
    return (g.status != "conflict", g.subject, g.story or "")


def merge(stories: list[Story], docs: list[Document], done: list[StoryComparison]) -> Comparison:
    """The stories' comparisons (in the stories' order) as one: findings and groups sorted as a
    report gives them (a stable sort, so ties keep the stories' order)."""
    by_id = {d.id: d for d in docs}
    findings = sorted((f for s in done for f in s.findings), key=finding_order)
    groups = sorted((g for s in done for g in s.groups), key=group_order)
    models = [
        StoryModel(id=s.id, name=s.name, documents=[by_id[d].path for d in s.documents], start=s.start, end=s.end)
        for s in stories
    ]
    return Comparison(claims=[c for s in done for c in s.claims], findings=findings, groups=groups, stories=models)


def compare_documents(
    docs: list[Document],
    claims_by_doc: dict[str, list[Claim]],
    rules: Iterable[Rule],
    lex: Lexicon,
    each: CompareStories | None = None,
) -> Comparison:
    """The articles clustered into stories here, then each story compared (by ``each``, given the
    stories, when an engine spreads them; else in this process, one after another)."""
    rule_list = list(rules)
    stories = cluster(docs, lex, claims_by_doc)
    if each is None:
        undated = {d.id: d for d in docs if d.published is None}
        done = [compare_story(s, claims_by_doc, undated, rule_list, lex) for s in stories]
    else:
        done = each(stories)
    return merge(stories, docs, done)
