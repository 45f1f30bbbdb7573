"""Stories told over months: a report weeks after an occurrence looks back on it ("the coup of 1
February", "the truck bomb of 14 October"), beyond the weeks within which articles join by their
names alone (``stories.py``). Articles that give one occurrence the same day and share a name of
their leads are one story, however far apart they were written."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
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
