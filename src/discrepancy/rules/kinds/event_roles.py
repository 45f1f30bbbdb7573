"""Event roles: two accounts of the same event (same type, same key role) must agree on the other
role (a different agent for the same overthrow conflicts) and on when it happened, compared at the
granularity both give ("2014" and "March 2014" agree). What a type is compared on is its
``compare`` list in lexicon/events.yaml (roles, dates); recurring types (demands, deployments,
attacks) are compared on neither by default: two dates, or two attackers of one town, are two events."""

from __future__ import annotations

from typing import Any

from ...extract.events import compared
from ...lexicon import Lexicon
from ...models import Claim
from .common import Outcome, same_at_shared_granularity

PARAMS: dict[str, type | tuple[type, ...]] = {
    "compare_agents": bool,
    "compare_dates": bool,
    "date_severity": str,
}


def compare(a: Claim, b: Claim, p: dict[str, Any], lex: Lexicon) -> Outcome | None:
    ea, eb = a.event, b.event
    if ea is None or eb is None or ea.type != eb.type:
        return None
    spec = lex.event_types.get(ea.type, {})
    what = compared(spec)
    key = spec.get("key", "patient")
    other_a, other_b = (ea.agent, eb.agent) if key == "patient" else (ea.patient, eb.patient)
    role = "agent" if key == "patient" else "patient"
    if p["compare_agents"] and other_a and other_b and "roles" in what:
        if not _compatible(other_a, other_b, lex):
            return Outcome(True, f"{role}: {other_a!r} vs {other_b!r}", None, f"a different {role} for the same event")
    if p["compare_dates"] and "dates" in what:
        same = same_at_shared_granularity(a.time, b.time)
        if same is not None and not same[0]:
            return Outcome(
                True,
                f"{a.time.label()} vs {b.time.label()} (compared by {same[1]})",
                str(p["date_severity"]),
                "different dates for the same event",
            )
    return Outcome(False, f"{role}s {other_a or '?'} / {other_b or '?'}; dates {a.time.label()} / {b.time.label()}")


def _compatible(x: str, y: str, lex: Lexicon) -> bool:
    if x == y:
        return True
    if x in lex.entities and y in lex.entities:
        return lex.compatible(x, y)
    return " ".join(x.lower().split()) == " ".join(y.lower().split())
