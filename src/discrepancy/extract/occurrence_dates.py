"""The subject key of a date that qualifies an occurrence word ("the quake that struck on Monday",
"Tuesday's vote", "the attack happened on October 14").

Kinds that recur (attacks, elections, incidents) are keyed only where the article points at one
of them, the one it tells: a definite or dated mention ("the attack", "Saturday's bombing", "the
November 1 election") of a kind a story holds one of (``story_occurrences`` in
``rules/lexicon/dates.yaml``), not the object of another noun ("the results of the election on
Monday" is the announcement's day). A generic word ("the incident") stands for the article's own
occurrence. An article that dates such a kind on two days that cannot meet tells two of them, and
neither date is keyed.
"""

from __future__ import annotations

from ..grammar import section
from ..lexicon import Lexicon
from ..models import Claim
from .act_words import acts
from .events import OccurrenceHit

G = section("occurrence_dates")

_DEFINITE = G.re("definite_occurrence")
_INDEFINITE = G.re("indefinite_occurrence")
_COMPLEMENT = G.re("occurrence_complement")
_PICKED_OUT = G.re("picked_out_occurrence")
_DATED_RIGHT_AFTER = G.re("dated_right_after")
_BEFORE_REACH = 40  # characters before an occurrence word where its determiner stands


def another_one(text: str, start: int, at: int) -> bool:
    """The words before ``at`` (from ``start``) make the occurrence word there one of several or
    another than the article's own ("another attack", "an earlier election")."""
    return bool(_INDEFINITE.search(text, max(start, at - _BEFORE_REACH), at))


def occurrence_key(text: str, hit: OccurrenceHit, kind: str, lex: Lexicon, default: str | None) -> str:
    """The subject of the date of ``hit`` (whose occurrence reads as ``kind``): "" when it may be
    any of several occurrences of a recurring kind."""
    if kind not in lex.recurring_occurrences:
        return f"date:{kind}"
    a = acts(lex)
    if kind not in a.story_occurrences:
        return ""
    if kind in a.generic_nouns:
        if default is None or default == kind or default in a.not_incidents:
            return ""  # "Monday's incident" in an article about a typhoon: one event in it
        kind = default  # "the incident happened on Saturday" in an article about one bombing
    return f"date:{kind}" if _points_at_one(text, hit) else ""


def _points_at_one(text: str, hit: OccurrenceHit) -> bool:
    """The occurrence word is definite ("the attack", "Saturday's bombing") or its date stands
    before it ("the November 1 election"), and it is not the complement of another noun whose date
    the date may be ("the results of the election on Monday")."""
    at, end = hit.word
    before = text[max(0, at - _BEFORE_REACH) : at]
    if _PICKED_OUT.search(before) and _DATED_RIGHT_AFTER.match(text, end, hit.time.start + 1):
        return True  # "the results of an election on Saturday": the date picks out which one
    if another_one(text, 0, at):
        return False  # "another attack", "an earlier election", "new elections"
    dated_before = hit.time.end <= at
    if dated_before:
        return True
    return bool(_DEFINITE.search(before)) and not _COMPLEMENT.search(before)


def unkey_two_days(claims: list[Claim]) -> list[Claim]:
    """``claims``: one article's dates of recurring kinds. A kind it dates on two days that cannot
    meet is two occurrences ("an election on May 21 and new elections on June 25"): none is keyed."""
    days: dict[str, list[Claim]] = {}
    for c in claims:
        if c.subject and c.time.start is not None and c.time.end is not None:
            days.setdefault(c.subject, []).append(c)
    two = {
        subject
        for subject, dated in days.items()
        if max(c.time.start for c in dated if c.time.start) > min(c.time.end for c in dated if c.time.end)
    }
    return [c.model_copy(update={"subject": ""}) if c.subject in two else c for c in claims]
