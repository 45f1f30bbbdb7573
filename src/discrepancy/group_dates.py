"""Grouping the dates of one story's acts: an occurrence told by two words, and a doer one outlet
names and another leaves unstated, as quantity keys meet (``group._unify``,
``group._merge_story_occurrences``).

A date key is ``date:<kind>`` for an occurrence or an act the lexicon names ("date:attack"), and
``date:<verb>/<doer>`` for an act read off a clause's verb ("date:shut down/government"), with
``-`` for a doer the clause does not name.
"""

from __future__ import annotations

from collections import defaultdict

from .models import Claim

_DATE = "date:"
_PATIENT = "-("  # a passive's doer slot: "charge/-(man)"
_RECURRING = frozenset({"say"})  # statements recur: an unnamed speaker is its own article's (group.py)


def group_dates(buckets: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    return _doer_of_story(_kinds_of_story(buckets))


def _kinds_of_story(buckets: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """Kinds of occurrence whose counts met (``group._merge_story_occurrences``: "the blast killed
    20" and "the attack's 20 dead" name one occurrence) are one occurrence for their dates too: "the
    attack happened on October 14" and "the truck was detonated on 14 October" date it twice."""
    joined: dict[str, set[str]] = defaultdict(set)  # a kind -> the kinds its counts met
    for key, claims in buckets.items():
        if not key.startswith("quantity:"):
            continue
        kinds = {_kind(c.subject) for c in claims} - {"-", ""}
        if len(kinds) > 1 and all(":" not in k for k in kinds):
            for k in kinds:
                joined[k] |= kinds
    for kind in sorted(joined, key=lambda k: (-len(buckets.get(_DATE + k, [])), k)):
        main = _DATE + kind
        if main not in buckets:
            continue
        for other in sorted(joined[kind] - {kind}):
            moved = buckets.pop(_DATE + other, [])
            buckets[main].extend(_relabel(c, buckets[main][0]) for c in moved)
    return buckets


def _kind(subject: str) -> str:
    parts = subject.split("|")
    return parts[3] if len(parts) > 3 else ""


def _doer_of_story(buckets: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """An act whose doer its clause leaves unstated ("taking the step of shutting down on Friday")
    is the act of the one doer the story names for it ("the government shut down services on 6
    December"); with two doers named, it stays apart."""
    doers: dict[str, list[str]] = defaultdict(list)  # "date:verb" -> its keys naming a doer
    for key in buckets:
        verb, slash, doer = key.rpartition("/")
        if key.startswith(_DATE) and slash and not doer.startswith("-"):
            doers[verb].append(key)
    for key in [k for k in buckets if k.startswith(_DATE) and _unnamed(k)]:
        verb = key.rpartition("/")[0]
        named = doers.get(verb, [])
        if len(named) != 1 or verb[len(_DATE) :] in _RECURRING:
            continue
        target = named[0]
        buckets[target].extend(_relabel(c, buckets[target][0]) for c in buckets.pop(key))
    return buckets


def _unnamed(key: str) -> bool:
    """A key whose clause names no doer: "shut down/-", or a passive's "charge/-(man)" (the act
    done to the men, by a doer the clause leaves unstated)."""
    doer = key.rpartition("/")[2]
    return doer == "-" or doer.startswith(_PATIENT)


def _relabel(c: Claim, like: Claim) -> Claim:
    return c.model_copy(update={"subject_label": like.subject_label})
