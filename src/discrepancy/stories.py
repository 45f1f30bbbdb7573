"""Stories: the articles of a folder clustered by what they are about, and placed in time.

A folder or an archive may hold any number of stories; claims are compared only within one. Two
articles are one story when they name the same place, person or occurrence within about four weeks
of each other: a name in one article's headline that the other's lead names too, or two names both
leads give. The names are the words written with a capital inside a sentence that English does not
know as an ordinary word ("Varnel", "Itaewon"; not "Ministry" or "Police"), so generic words join
nothing; the outlets' own names are never story names. Clustering is by hashed keys: a name and a
week bucket index the articles, so there is no all-pairs step over documents.

An undated article joins the story whose dated articles it shares the most names with, and sits at
that story's time (see :func:`place_undated`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from itertools import combinations

from .extract.dates import find_dates
from .lexicon import Lexicon, fold
from .models import PUBLICATION_DATE, Claim, Document
from .story_look_back import join_by_occurrence_day, join_follow_up, join_lone_hazard, week_of
from .story_names import NAME_WORD, Names, NameWords, article_names, name_words, wide_names

_SUBJECT_WINDOW_DAYS = 14  # an article joined by its subjects alone: within two weeks
_CANDIDATES = 32  # stories an article joined by its subjects is weighed against, per subject and week
_WINDOW_WEEKS = 4  # dated articles more than about four weeks apart are other stories
_BRIDGE = 4  # names an undated article shares with each of two dated stories that it makes one
_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\d|3[01]))?(?=[/-]|$)")


@dataclass
class Story:
    """Articles about one thing: an id, a name for the report and the span of their dates."""

    id: str
    name: str
    documents: list[str] = field(default_factory=list)
    start: dt.date | None = None
    end: dt.date | None = None
    # an undated article's own span where it differs: the dates of the articles it was joined with
    # in a story told over months (``story_look_back.py``)
    spans: dict[str, tuple[dt.date, dt.date]] = field(default_factory=dict)

    def span(self, doc_id: str) -> tuple[dt.date | None, dt.date | None]:
        """The dates an undated article is placed within: its own span, else the story's."""
        return self.spans.get(doc_id, (self.start, self.end))


class _Union:
    def __init__(self, items: Iterable[str]) -> None:
        self.parent = {i: i for i in items}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _cluster_dated(
    dated: list[Document],
    names: dict[str, Names],
    union: _Union,
    wide: AbstractSet[str] = frozenset(),
    hazards_of: dict[str, frozenset[str]] | None = None,
) -> None:
    """Join dated articles that share a headline name, or two lead names, within the window. A
    country in a headline ("British record fee", "US strike") hosts many stories at once, as does a
    continent (``wide``: the names many stories share): it joins no article whose own headline names
    something else neither article's lead shares ("Flybe" against "Chelsea"), nor one whose lead
    shares no name but wide ones, and no headline name (a jobs report headlined "US" and a US
    company's layoffs), nor one of another natural hazard (``hazards_of``: those each counts)."""
    hazards_of = hazards_of or {}

    def apart(a: str, b: str) -> bool:
        na, nb = names[a], names[b]
        ra, rb = na.title - wide, nb.title - wide
        named_apart = bool(ra) and bool(rb) and not (ra & set(nb.lead)) and not (rb & set(na.lead))
        only_wide = not (set(na.lead) & set(nb.lead)) - wide and not na.title & nb.title
        ha, hb = hazards_of.get(a, frozenset()), hazards_of.get(b, frozenset())
        return named_apart or only_wide or ha != hb

    by_name: dict[tuple[str, int], list[str]] = defaultdict(list)
    by_pair: dict[tuple[str, str, int], list[str]] = defaultdict(list)
    for doc in dated:
        assert doc.published is not None
        week, n = week_of(doc.published), names[doc.id]
        for name in n.lead:
            by_name[(name, week)].append(doc.id)
        for a, b in combinations(sorted(n.lead), 2):
            by_pair[(a, b, week)].append(doc.id)
    joined: set[tuple[str, int]] = set()  # buckets already joined whole: one member stands for all
    for doc in dated:
        assert doc.published is not None
        week, n = week_of(doc.published), names[doc.id]
        pairs = list(combinations(sorted(n.lead), 2))
        for w in range(week - _WINDOW_WEEKS, week + _WINDOW_WEEKS + 1):
            for name in n.title:
                bucket = by_name.get((name, w), [])
                if name in wide:
                    for other in bucket[:_CANDIDATES]:
                        if not apart(doc.id, other):
                            union.join(doc.id, other)
                    continue
                for other in bucket[:1] if (name, w) in joined else bucket:
                    union.join(doc.id, other)
                if bucket:
                    joined.add((name, w))
            for a, b in pairs:
                for other in by_pair.get((a, b, w), ())[:1]:
                    union.join(doc.id, other)


def _attach_undated(
    undated: list[Document],
    names: dict[str, Names],
    union: _Union,
    docs: list[Document],
    keys: dict[str, set[str]],
    kinds: dict[str, frozenset[str]],
    hazards: AbstractSet[str],
    wide: AbstractSet[str] = frozenset(),
) -> None:
    """An undated article joins the story it shares the most names with (two at least, or one of
    a headline); it bridges two stories only when it shares ``_BRIDGE`` names that are not ``wide``
    (countries) with each (:func:`_bridged`). Dated stories first, each undated article weighed
    against them alone (so the order of the files changes nothing). Then the articles left meet the
    undated articles' stories, where a page's names are weaker evidence (a sidebar's "Seoul" on a
    page about Valencia's floods): the subjects both state count too, and three points are needed.
    Names index stories, not articles, so the cost grows with the stories a name belongs to. An
    article never joins a story of another kind of occurrence when one of the two is a natural
    hazard (a bombing's page that names the Taliban is no part of an Afghan quake's story)."""
    stories_of: dict[str, dict[str, bool]] = defaultdict(dict)  # name -> story root -> in a headline
    story_kinds: dict[str, set[str]] = defaultdict(set)  # story root -> the occurrences its articles count
    for doc in docs:
        if doc.published is not None:
            _index_names(stories_of, names[doc.id], union.find(doc.id))
            story_kinds[union.find(doc.id)] |= kinds.get(doc.id, frozenset())

    def fits(doc: Document) -> Callable[[str], bool]:
        own = kinds.get(doc.id, frozenset())
        return lambda root: _same_kind(own, story_kinds.get(root, set()), hazards)

    def joined(doc: Document) -> bool:
        return _join_best(doc, names[doc.id], stories_of, union, fits=fits(doc), wide=wide)

    bridges = [_bridged(doc, names[doc.id], stories_of, union, wide, fits(doc)) for doc in undated]
    left = [doc for doc in undated if not joined(doc)]
    _join_bridged(bridges, docs, union)
    stories_of = defaultdict(dict)
    for doc in undated:
        _index_names(stories_of, names[doc.id], union.find(doc.id))
    stated: dict[str, set[str]] = defaultdict(set)  # story root -> the subjects its undated articles state
    for doc in undated:
        stated[union.find(doc.id)] |= keys.get(doc.id, set())
    for doc in left:
        _join_best(doc, names[doc.id], stories_of, union, stated, keys.get(doc.id, set()), wide=wide)


def _join_best(
    doc: Document,
    n: Names,
    stories_of: dict[str, dict[str, bool]],
    union: _Union,
    stated: dict[str, set[str]] | None = None,
    own_keys: AbstractSet[str] = frozenset(),
    fits: Callable[[str], bool] | None = None,
    wide: AbstractSet[str] = frozenset(),
) -> bool:
    """Join ``doc`` to the indexed story it shares the most names with, if two at least (a name
    of a headline counts twice); with ``stated``, the subjects it shares with a story count as
    well, and three are needed; with ``fits``, only a story (by its root) that it accepts. A story
    it shares only ``wide`` names with (a country, a continent) is none of its own, unless both
    headlines give one ("Morocco quake" and "Morocco earthquake: ..."). Of two stories
    as near, the one that names more of its own headline's names is its story: a page headlined
    "Marburg" that names Ebola in passing joins the Marburg story, not an Ebola outbreak's."""
    shared: dict[str, set[str]] = defaultdict(set)
    headline: dict[str, bool] = defaultdict(bool)
    both: dict[str, bool] = defaultdict(bool)  # a name both headlines give
    own = union.find(doc.id)
    for name in n.lead:
        for root, titled in stories_of.get(name, {}).items():
            root = union.find(root)
            if root == own or fits is not None and not fits(root):
                continue
            shared[root].add(name)
            headline[root] |= titled or name in n.title
            both[root] |= titled and name in n.title
    need = 2 if stated is None else 3

    def score(root: str) -> int:
        extra = len(own_keys & stated.get(root, set())) if stated is not None else 0
        return len(shared[root]) + headline[root] + extra

    own_title = {root: len(found & n.title) for root, found in shared.items()}
    near = [root for root in shared if shared[root] - wide or both[root]]
    best = max(((score(root), own_title[root], root) for root in near), default=None)
    joined = best is not None and best[0] >= need
    if joined:
        assert best is not None
        old = union.find(doc.id)
        union.join(doc.id, best[2])
        if stated is not None:
            stated[union.find(doc.id)] = stated.get(best[2], set()) | stated.get(old, set())
    return joined


def _bridged(
    doc: Document,
    n: Names,
    stories_of: dict[str, dict[str, bool]],
    union: _Union,
    wide: AbstractSet[str],
    fits: Callable[[str], bool],
) -> list[str]:
    """The dated stories (a member of each) an undated article shares ``_BRIDGE`` names with, not
    counting countries (``wide``), when it does so with two or more: a summary page that names the
    parties and leaders a live blog names and those a news report names tells of what both tell.
    A page's sidebar or a country names a story or two, not four names of each."""
    shared: Counter[str] = Counter()
    for name in n.lead:
        if name not in wide:
            shared.update({union.find(root) for root in stories_of.get(name, {}) if fits(union.find(root))})
    found = sorted(root for root, k in shared.items() if k >= _BRIDGE and root != union.find(doc.id))
    return found if len(found) > 1 else []


def _join_bridged(bridges: list[list[str]], docs: list[Document], union: _Union) -> None:
    """Join the dated stories each undated article bridges, when their dates lie within the window
    (two months' stories of one parliament are not one)."""
    days: dict[str, list[dt.date]] = defaultdict(list)
    for d in docs:
        if d.published is not None:
            days[union.find(d.id)].append(d.published)
    for roots in bridges:
        span = [day for root in roots for day in days.get(union.find(root), [])]
        if span and (max(span) - min(span)).days <= _WINDOW_WEEKS * 7:
            for root in roots[1:]:
                union.join(roots[0], root)


def _same_kind(article: AbstractSet[str], story: AbstractSet[str], hazards: AbstractSet[str]) -> bool:
    """May an article that counts these occurrences join a story that counts those? Not when both
    are known, share none, and one counts a natural hazard (attacks and crashes of one story are
    often told as each other; a quake is never a bombing)."""
    return not (article and story) or bool(article & story) or not (article | story) & hazards


def occurrence_kinds(keys: AbstractSet[str]) -> frozenset[str]:
    """The kinds of occurrence an article's subject keys count ("quantity:deaths|people|-|earthquake|..."
    -> earthquake)."""
    found = set()
    for key in keys:
        if key.startswith("quantity:"):
            parts = key.split("|")
            found.add(parts[3].split(":")[0] if len(parts) > 3 else "-")
        elif key.startswith("date:"):
            found.add(key[5:].split("@")[0].split("/")[0].split(":")[0])
    found.discard("-")
    return frozenset(found)


def _index_names(stories_of: dict[str, dict[str, bool]], n: Names, root: str) -> None:
    for name in n.lead:
        stories_of[name][root] = stories_of[name].get(root, False) or name in n.title


def _attach_by_subjects(
    docs: list[Document], names: dict[str, Names], union: _Union, keys: dict[str, set[str]]
) -> None:
    """An article that no name joined (a jobs report names no place) joins the story, within two
    weeks, whose articles state the most of the same subjects: one shared subject is enough for an
    article that names nothing, two for one whose names no other article gives. Never across
    headlines that name other places or people."""
    sizes = Counter(union.find(d.id) for d in docs)
    # subject and week -> the stories that state it then, one article each, the largest first
    by_key: dict[tuple[str, int | None], dict[str, Document]] = defaultdict(dict)
    for d in docs:
        for k in keys.get(d.id, ()):
            by_key[(k, week_of(d.published) if d.published else None)].setdefault(union.find(d.id), d)
    candidates = {
        bucket: sorted(stories.items(), key=lambda kv: -sizes[kv[0]])[:_CANDIDATES]
        for bucket, stories in by_key.items()
    }
    for d in docs:
        if sizes[union.find(d.id)] > 1:
            continue
        weeks: list[int | None] = [None]
        if d.published is not None:
            weeks = list(range(week_of(d.published) - 2, week_of(d.published) + 3))
        shared: Counter[str] = Counter()
        for k in keys.get(d.id, ()):
            near = [o for w in weeks for _, o in candidates.get((k, w), ()) if o.id != d.id and _near(d, o, names)]
            for other in {union.find(o.id) for o in near}:
                shared[other] += 1
        best = max(((n, root) for root, n in shared.items() if root != union.find(d.id)), default=None)
        if best is not None and best[0] >= (2 if names[d.id].lead else 1):
            union.join(d.id, best[1])


def _subject_keys(claims: list[Claim]) -> set[str]:
    """What an article states, as keys that another article on the same story states too: its
    sure subjects, and each again with the day its text gives it ("the march of 1 July"), which
    counts as a second shared key: the same count of the same day is strong evidence."""
    out: set[str] = set()
    for c in claims:
        if c.subject and c.modality == "asserted" and c.confidence >= 1.0:
            out.add(c.subject)
            if c.time.resolved and c.time.granularity == "day" and c.time.expression != PUBLICATION_DATE:
                out.add(f"{c.subject}@{c.time.start}")
    return out


def document_keys(claims: dict[str, list[Claim]]) -> dict[str, set[str]]:
    """Each article's subject keys, all :func:`cluster` reads of its claims."""
    return {doc: _subject_keys(cs) for doc, cs in claims.items()}


def _near(a: Document, b: Document, names: dict[str, Names]) -> bool:
    """Both dated within two weeks (or both undated), and no headline names that the other
    article lacks."""
    if (a.published is None) != (b.published is None):
        return False
    if a.published and b.published and abs((a.published - b.published).days) > _SUBJECT_WINDOW_DAYS:
        return False
    ta, tb = names[a.id].title, names[b.id].title
    return not (ta and tb and not ta & tb)


def cluster(
    docs: list[Document],
    lex: Lexicon,
    claims: dict[str, list[Claim]] | None = None,
    keys: dict[str, set[str]] | None = None,
    words: dict[str, NameWords] | None = None,
) -> list[Story]:
    """The stories of a set of articles, each named by its most common headline name (``keys``:
    their :func:`document_keys`, given instead of ``claims`` when the claims are elsewhere;
    ``words``: their :func:`name_words`, given when their text is not kept)."""
    outlets = {fold(w) for d in docs for w in _outlet_names(d.source)}
    names = {d.id: article_names(words[d.id] if words else name_words(d, lex), lex, outlets) for d in docs}
    union = _Union(d.id for d in docs)
    dated = [d for d in docs if d.published is not None]
    keys = document_keys(claims or {}) if keys is None else keys
    brought = lex.hazards_brought  # a storm's floods are the storm's story
    kinds = {d: frozenset(brought.get(k, k) for k in occurrence_kinds(ks)) for d, ks in keys.items()}
    hazards_of = {d: k & lex.hazard_occurrences for d, k in kinds.items()}
    wide = wide_names(lex)
    _cluster_dated(dated, names, union, wide, hazards_of)
    undated = [d for d in docs if d.published is None]
    _attach_undated(undated, names, union, docs, keys, kinds, lex.hazard_occurrences, wide)
    _attach_by_subjects(docs, names, union, keys)
    spans = _spans(docs, union)
    leads = {d.id: set(names[d.id].lead) for d in dated}
    hazards = lex.hazard_occurrences
    join_by_occurrence_day(dated, leads, union, keys, lambda a, b: _same_kind(a, b, hazards))
    lone_leads = {d: names - wide for d, names in leads.items()}
    join_lone_hazard(dated, union, hazards_of, lambda d: bool(names[d].title), lone_leads)
    join_follow_up(dated, union, {d.id: names[d.id].title - wide for d in dated}, lone_leads)
    members: dict[str, list[Document]] = defaultdict(list)
    for d in docs:
        members[union.find(d.id)].append(d)
    stories = []
    for i, group in enumerate(sorted(members.values(), key=lambda g: min(d.path for d in g))):
        story = _story(f"s{i + 1}", group, names)
        story.spans = {d.id: spans[d.id] for d in group if d.id in spans and spans[d.id] != (story.start, story.end)}
        stories.append(story)
    return stories


def _spans(docs: list[Document], union: _Union) -> dict[str, tuple[dt.date, dt.date]]:
    """The dates of the dated articles each undated article was joined with, before stories that
    look back on one occurrence are joined: where it is placed in a story told over months."""
    days: dict[str, list[dt.date]] = defaultdict(list)
    for d in docs:
        if d.published is not None:
            days[union.find(d.id)].append(d.published)
    out = {}
    for d in docs:
        found = days.get(union.find(d.id))
        if d.published is None and found:
            out[d.id] = (min(found), max(found))
    return out


def _outlet_names(source: str) -> list[str]:
    """An outlet's name as other articles cite it: a one-word source, or a name in brackets
    ("Yahoo (Reuters)"). Brackets that describe ("Wire (Velm Corp press release)") name the
    issuer, who is often the story's subject, not an outlet."""
    words = NAME_WORD.findall(source)
    inner = [part for part in re.findall(r"\(([^)]*)\)", source) if not _LOWER_WORD.search(part)]
    return (words if len(words) == 1 else []) + [w for part in inner for w in NAME_WORD.findall(part)]


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]\w{3,}")  # "press", "release": not "of", "the"


def _story(sid: str, group: list[Document], names: dict[str, Names]) -> Story:
    counts: Counter[str] = Counter()
    for d in group:
        counts.update(sorted(names[d.id].title) or names[d.id].lead[:1])
    dates = sorted(d.published for d in group if d.published is not None)
    # the most common names, ties by name: a set's order would follow the process's hash seed
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:2]
    label = ", ".join(name.title() for name, _ in top) or "untitled"
    span = ""
    if dates:
        span = f" ({dates[0]}" + (f" to {dates[-1]})" if dates[-1] != dates[0] else ")")
    return Story(
        id=sid,
        name=label + span,
        documents=[d.id for d in group],
        start=dates[0] if dates else None,
        end=dates[-1] if dates else None,
    )


def url_date(url: str | None) -> tuple[dt.date, str] | None:
    """A date in an article's URL ('/2023/10/17/', '/2024/11/'): its day, or its month's first day."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    if m is None:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)), ("day" if m.group(3) else "month")
    except ValueError:
        return None


def text_date(claims: list[Claim]) -> dt.date | None:
    """The latest day an undated article's text names outright: it was written on or after it."""
    days = [
        c.time.start
        for c in claims
        if c.modality == "asserted" and c.time.resolved and c.time.granularity == "day" and c.time.start
    ]
    return max(days) if days else None


def calendar_days(doc: Document, story: Story, lex: Lexicon) -> list[dt.date]:
    """The days an undated article names by month and day without a year ("an Aug. 14 release"),
    each in the year its story's dates give it: the latest such day up to a month after the
    story's last date. Weekdays and "yesterday" are left out: they would only echo the day the
    article is placed at."""
    if story.end is None or lex.dates is None:
        return []
    months = lex.dates.months
    out: list[dt.date] = []
    for d in find_dates(doc.text, doc.body_start, len(doc.text), story.end, lex):
        expr = d.time.expression or ""
        words = {w.rstrip(".,").lower() for w in expr.split()}
        calendar = bool(words & set(months)) and any(ch.isdigit() for ch in expr) and not _A_YEAR.search(expr)
        if calendar and d.time.resolved and d.time.granularity == "day" and d.time.start is not None:
            out.append(d.time.start)
    return out


def place_undated(
    doc: Document, story: Story, claims: list[Claim], lex: Lexicon | None = None
) -> tuple[dt.date, str] | None:
    """Where an undated article sits in time, and how that was found: its URL's date; else the
    latest day its text names (a day written without its year takes its story's year), when that
    falls within its story's dates; else the first day of its story; else the latest day its text
    names. None when nothing places it."""
    from_url = url_date(doc.url)
    if from_url is not None and from_url[1] == "day":
        return from_url[0], "url"
    named = text_date(claims)
    start, end = story.span(doc.id)
    if lex is not None and start is not None and end is not None:
        within = [d for d in calendar_days(doc, story, lex) if start <= d <= end]
        if within and (named is None or max(within) > named):
            named = max(within)
    if start is not None and end is not None:
        if named is not None and start <= named <= end:
            return named, "text"
        if from_url is not None and from_url[0] <= end:
            return max(from_url[0], start), "story"
        return start, "story"
    if named is not None:
        return named, "text"
    return (from_url[0], "url") if from_url is not None else None
