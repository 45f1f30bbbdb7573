"""Stories told over months: a report weeks after an occurrence looks back on it ("the coup of 1
February", "the truck bomb of 14 October"), beyond the weeks within which articles join by their
names alone (``stories.py``). Articles that give one occurrence the same day and share a name of
their leads are one story, however far apart they were written."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from collections.abc import Set as AbstractSet
from typing import Protocol

from .models import Document

LOOK_BACK_DAYS = 92  # the occurrence's day must be this recent for the earlier article
_CANDIDATES = 32  # earlier articles of one day each article is weighed against


class Union(Protocol):
    def find(self, x: str) -> str: ...
    def join(self, a: str, b: str) -> None: ...


# whether articles that count these two kinds of occurrence may be one story (stories._same_kind)
SameKind = Callable[[AbstractSet[str], AbstractSet[str]], bool]


def join_by_occurrence_day(
    dated: Iterable[Document], leads: dict[str, set[str]], union: Union, keys: dict[str, set[str]], same_kind: SameKind
) -> None:
    """Join the stories of dated articles that give an occurrence the same day and share a lead
    name. The day must be recent for the earlier article (two stories that both recall an old
    disaster are not one), and the two occurrences of one kind or of kinds told as each other (an
    attack and a blast, never a quake and a bombing)."""
    for day, found in _by_day(dated, keys).items():
        found.sort(key=lambda dk: (dk[0].published or day, dk[0].id))
        for i, (doc, kind) in enumerate(found):
            for other, theirs in found[max(0, i - _CANDIDATES) : i]:
                if _looks_back(doc, other, day, leads, union) and same_kind({kind}, {theirs}):
                    union.join(doc.id, other.id)


def _by_day(dated: Iterable[Document], keys: dict[str, set[str]]) -> dict[dt.date, list[tuple[Document, str]]]:
    """Each occurrence day the articles date, with the articles and the kind they give it."""
    by_day: dict[dt.date, list[tuple[Document, str]]] = defaultdict(list)
    for doc in dated:
        for key in keys.get(doc.id, ()):
            day = occurrence_day(key)
            if day is not None and doc.published is not None and day[1] <= doc.published:
                by_day[day[1]].append((doc, day[0]))
    return by_day


def _looks_back(doc: Document, other: Document, day: dt.date, leads: dict[str, set[str]], union: Union) -> bool:
    """``other`` (the earlier) tells of the day while it is recent, ``doc`` shares a lead name with
    it, and the two are not one story yet."""
    return (
        other.published is not None
        and (other.published - day).days <= LOOK_BACK_DAYS
        and union.find(doc.id) != union.find(other.id)
        and bool(leads[doc.id] & leads[other.id])
    )


def occurrence_day(key: str) -> tuple[str, dt.date] | None:
    """The kind and day of an occurrence's date key ("date:coup@2021-02-01" -> coup, 1 February);
    None for any other key, and for the date of an act ("date:say/ministry@..."), which recurs."""
    subject, _, day = key.partition("@")
    if not subject.startswith("date:") or "/" in subject or not day:
        return None
    try:
        return subject[5:].split(":")[0], dt.date.fromisoformat(day)
    except ValueError:
        return None


HAZARD_FOLLOW_DAYS = 42  # a lone report on a natural hazard this long after its story's last article


def join_lone_hazard(
    dated: Iterable[Document],
    union: Union,
    hazards_of: Mapping[str, AbstractSet[str]],
    named: Callable[[str], bool],
    leads: Mapping[str, AbstractSet[str]] | None = None,
) -> None:
    """A lone report on a natural hazard whose headline names nothing ("11 bodies retrieved, recovery
    ends", a local outlet's follow-up weeks later) joins the one story of that hazard told in the
    weeks before it (from its first article to ``HAZARD_FOLLOW_DAYS`` after its last). With two such
    stories it joins the one whose leads share a name with its own (``leads``: each article's lead
    names, the wide ones left out), else neither: it may be either's. ``named``: whether an article's
    headline names a place or a person, which would have joined it by name. Stories are found by
    their hazards and the weeks they cover, so an article is weighed against the few told in its
    week, not all."""
    members: dict[str, list[Document]] = defaultdict(list)
    for d in dated:
        members[union.find(d.id)].append(d)
    covering = _by_hazardweek_of(members, hazards_of)
    for docs in [docs for docs in members.values() if len(docs) == 1]:
        d = docs[0]
        hazards = frozenset(hazards_of.get(d.id, frozenset()))
        if not hazards or named(d.id) or d.published is None:
            continue
        near = {
            root: others
            for root, others in covering.get((hazards, week_of(d.published)), ())
            if _follows(d.published, others)
        }
        if len(near) > 1 and leads is not None:
            own = leads.get(d.id, frozenset())
            near = {root: others for root, others in near.items() if any(own & leads.get(o.id, set()) for o in others)}
        if len(near) == 1:
            union.join(d.id, next(iter(near)))


def _by_hazardweek_of(
    members: dict[str, list[Document]], hazards_of: Mapping[str, AbstractSet[str]]
) -> dict[tuple[frozenset[str], int], list[tuple[str, list[Document]]]]:
    """The stories of two or more articles by their hazards and each week a follow-up may join them
    in: from their first article's week to the week ``HAZARD_FOLLOW_DAYS`` after their last."""
    covering: dict[tuple[frozenset[str], int], list[tuple[str, list[Document]]]] = defaultdict(list)
    for root, docs in members.items():
        days = [d.published for d in docs if d.published is not None]
        if len(docs) < 2 or not days:
            continue
        hazards = _hazards(docs, hazards_of)
        last = max(days) + dt.timedelta(days=HAZARD_FOLLOW_DAYS)
        for week in range(week_of(min(days)), week_of(last) + 1):
            covering[hazards, week].append((root, docs))
    return covering


def week_of(day: dt.date) -> int:
    """The week a day is in, counted from the calendar's start: stories' time buckets."""
    return day.toordinal() // 7


def _hazards(docs: list[Document], hazards_of: Mapping[str, AbstractSet[str]]) -> frozenset[str]:
    return frozenset().union(*(hazards_of.get(d.id, frozenset()) for d in docs))


def _follows(day: dt.date, others: list[Document]) -> bool:
    days = [o.published for o in others if o.published is not None]
    return bool(days) and min(days) <= day and (day - max(days)).days <= HAZARD_FOLLOW_DAYS


FOLLOW_UP_SHARED = 2  # lead names a follow-up shares with its story (countries and continents aside)


def join_follow_up(
    dated: Iterable[Document],
    union: Union,
    titles: Mapping[str, AbstractSet[str]],
    leads: Mapping[str, AbstractSet[str]],
) -> None:
    """A lone report weeks after its story ("Velmair workers accept offer and end strike", seven weeks
    after "Velmair workers go on strike") joins the story whose headlines name a name its own headline
    names, when its lead shares two names with that story's leads and the story's last article came
    out at most ``LOOK_BACK_DAYS`` before it. With two such stories it joins neither. ``titles`` and
    ``leads``: each article's headline and lead names, the wide ones (countries, continents) left out,
    so a country in two headlines makes no story of two."""
    members: dict[str, list[Document]] = defaultdict(list)
    for d in dated:
        members[union.find(d.id)].append(d)
    by_title: dict[str, set[str]] = defaultdict(set)  # a headline name -> the stories that name it
    for root, docs in members.items():
        for d in docs:
            for name in titles.get(d.id, ()):
                by_title[name].add(root)
    for root, docs in list(members.items()):
        if len(docs) != 1 or docs[0].published is None:
            continue
        d = docs[0]
        found = set().union(*(by_title.get(n, set()) for n in titles.get(d.id, ()))) - {root}
        fits = [r for r in found if _follows_story(d, members[r], leads)]
        if len(fits) == 1:
            union.join(d.id, fits[0])


def _follows_story(doc: Document, story: list[Document], leads: Mapping[str, AbstractSet[str]]) -> bool:
    """``doc`` came out after every dated article of ``story``, at most ``LOOK_BACK_DAYS`` after the
    last, and its lead shares ``FOLLOW_UP_SHARED`` names with the story's leads."""
    days = [o.published for o in story if o.published is not None]
    if doc.published is None or not days or max(days) >= doc.published:
        return False
    if (doc.published - max(days)).days > LOOK_BACK_DAYS:
        return False
    told = set().union(*(leads.get(o.id, set()) for o in story))
    return len(set(leads.get(doc.id, ())) & told) >= FOLLOW_UP_SHARED
