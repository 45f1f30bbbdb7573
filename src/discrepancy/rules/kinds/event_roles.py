"""Event roles: two accounts of the same event (same type, same key role) must agree on the other
role (a different agent for the same overthrow conflicts) and on when it happened, compared at the
granularity both give ("2014" and "March 2014" agree). What a type is compared on is its
``compare`` list in lexicon/events.yaml (roles, dates); recurring types (demands, deployments,
attacks) are compared on neither by default: two dates, or two attackers of one town, are two events."""

from __future__ import annotations

from typing import Any

from ...extract.claimed_acts import NOBODY
from ...extract.events import compared
from ...lexicon import Lexicon
from ...models import Claim
from ...text import unaccented
from .common import Outcome, same_at_shared_granularity

PARAMS: dict[str, type | tuple[type, ...]] = {
    "compare_agents": bool,
    "compare_dates": bool,
    "date_severity": str,
    "name_severity": str,
    "moment_days": (int, type(None)),  # accounts further apart are not compared (a lead changes)
}


def compare(a: Claim, b: Claim, p: dict[str, Any], lex: Lexicon) -> Outcome | None:
    ea, eb = a.event, b.event
    if ea is None or eb is None or ea.type != eb.type:
        return None
    if p["moment_days"] is not None and not _within(a, b, p["moment_days"]):
        return None  # "Vale leads" on election night and "Holt leads" a day later: both may hold
    spec = lex.event_types.get(ea.type, {})
    what = compared(spec)
    key = spec.get("key", "patient")
    other_a, other_b = (ea.agent, eb.agent) if key == "patient" else (ea.patient, eb.patient)
    role = "agent" if key == "patient" else "patient"
    role = (spec.get("role_names") or {}).get(role, role)  # "a different cause", not "patient"
    if spec.get("names_only") and not (_person(other_a) and _person(other_b)):
        other_a = other_b = None  # "the soldiers" and "Colonel Dara" may both be right
    if p["compare_agents"] and other_a and other_b and "roles" in what and _told_by_then(a, b, other_a, other_b):
        if not _compatible(other_a, other_b, lex):
            # a name no lexicon knows was read off the open text: a question, not a verdict
            known = other_a in lex.entities and other_b in lex.entities
            severity = None if known else str(p["name_severity"])
            return Outcome(
                True, f"{role}: {other_a!r} vs {other_b!r}", severity, f"a different {role} for the same event"
            )
    key_value = ea.patient if key == "patient" else ea.agent
    if p["compare_dates"] and "dates" in what and _one_event(a, b, spec, key_value, lex):
        same = same_at_shared_granularity(a.time, b.time)
        if same is not None and not same[0]:
            return Outcome(
                True,
                f"{a.time.label()} vs {b.time.label()} (compared by {same[1]})",
                str(p["date_severity"]),
                "different dates for the same event",
            )
    return Outcome(False, f"{role}s {other_a or '?'} / {other_b or '?'}; dates {a.time.label()} / {b.time.label()}")


def _told_by_then(a: Claim, b: Claim, other_a: str, other_b: str) -> bool:
    """Whether "no one has claimed it" meets a claim made before: a claim dated on or after the
    day of the article that says no one has may be a later claim; an undated one is unknown."""
    if (other_a == NOBODY) == (other_b == NOBODY):
        return True
    nobody, claim = (a, b) if other_a == NOBODY else (b, a)
    if nobody.time_inferred or claim.time_inferred:
        return False  # an undated article's days are placed by guess: no evidence of which came first
    claimed = claim.time.start if claim.time.resolved and claim.time.start else claim.published
    # a claim of the same day may have come after the article: only one made before it is known
    return nobody.published is not None and claimed is not None and claimed < nobody.published


def _one_event(a: Claim, b: Claim, spec: dict[str, Any], key: str | None, lex: Lexicon) -> bool:
    """Two accounts of a recurring type tell one event only when its key is a person named in full
    and their dates are close (``person_once_days``): "detained Ali Vale on Tuesday" and "on
    Wednesday" tell one detention twice; protesters are detained again and again, and a person
    held in 2019 and again this week was detained twice."""
    days = spec.get("person_once_days")
    if days is None:
        return True
    ent = lex.entities.get(key or "")
    named = _person(key) and len((key or "").split()) >= 2 and (ent is None or ent.type == "person")
    return named and _within(a, b, int(days))


def _compatible(x: str, y: str, lex: Lexicon) -> bool:
    if x == y:
        return True
    if x in lex.entities and y in lex.entities:
        return lex.compatible(x, y)
    if _person(x) and _person(y):  # "Dara" and "Colonel Amir Dara": one person, by the surname
        return _surname(x) == _surname(y)
    return " ".join(x.lower().split()) == " ".join(y.lower().split())


def _person(name: str | None) -> bool:
    """A role that names someone: capitalised words ("Amir Dara"), not a description ("the army")."""
    return bool(name) and all(w[:1].isupper() for w in (name or "").split())


def _surname(name: str) -> str:
    last = name.split()[-1].lower()
    return unaccented(last)


def _within(a: Claim, b: Claim, days: int) -> bool:
    """Two accounts at most ``days`` apart: the date each states, else its article's date."""
    if a.document == b.document:
        return True  # one article is one moment
    da = a.time.start if a.time.resolved and a.time.start else a.published
    db = b.time.start if b.time.resolved and b.time.start else b.published
    return da is not None and db is not None and abs((da - db).days) <= days
