"""Applying rules to grouped claims: pairs within a subject, first matching rule decides."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ..lexicon import Lexicon
from ..models import Claim, Finding, Group
from .kinds import KINDS, Outcome
from .kinds.common import days_apart
from .schema import Rule, Selector


def selects(sel: Selector, c: Claim) -> bool:
    if c.kind != sel.kind or c.modality not in sel.modalities:
        return False
    if c.quantity is not None:
        if sel.measures is not None and c.quantity.measure not in sel.measures:
            return False
        if c.quantity.measure in sel.exclude_measures:
            return False
    if c.event is not None and sel.event_types is not None and c.event.type not in sel.event_types:
        return False
    return True


def _pair_selected(sel: Selector, a: Claim, b: Claim) -> bool:
    if sel.cumulative == "either":
        return True
    cum = bool((a.quantity and a.quantity.running) or (b.quantity and b.quantity.running))
    return cum if sel.cumulative == "any" else not cum


def _order_key(c: Claim) -> tuple[dt.date, str, int]:
    return (c.time.start or c.published or dt.date.min, c.document, c.span.start)


def _date(c: Claim) -> str:
    if c.published is None:
        return "undated"
    return f"undated, placed at {c.published.isoformat()}" if c.time_inferred else c.published.isoformat()


def _who(c: Claim) -> str:
    """'Daily A, 2022-02-22', or 'police (in City Wire, 2023-05-02)' when the outlet quotes someone."""
    if c.speaker == c.source:
        return f"{c.source}, {_date(c)}"
    return f"{c.speaker} (in {c.source}, {_date(c)})"


def _message(rule: Rule, subject: str, a: Claim, b: Claim, out: Outcome) -> str:
    # the days between what the claims state (their dates), as in the working; else between articles
    apart = days_apart(a, b)
    days = str(apart) if apart is not None else ""
    if not days and a.published and b.published:
        days = str(abs((b.published - a.published).days))
    fields = {
        "a_who": _who(a),
        "b_who": _who(b),
        "subject": subject,
        "a_quote": a.span.quote,
        "a_speaker": a.speaker,
        "a_source": a.source,
        "a_date": _date(a),
        "a_value": a.value_label(),
        "b_quote": b.span.quote,
        "b_speaker": b.speaker,
        "b_source": b.source,
        "b_date": _date(b),
        "b_value": b.value_label(),
        "days": days or "?",
        "reason": out.reason,
    }
    return rule.message.format(**fields)


def _signature(c: Claim) -> tuple[object, ...]:
    """What a comparison looks at: claims with the same signature compare the same way."""
    t = (c.time.start, c.time.end, c.time.since, c.time.granularity, c.time.resolved)
    if c.quantity is not None:
        q = c.quantity
        return (*t, q.figure, q.figure2, q.qualifier, q.unit, q.ulp, q.round_figure, q.running)
    if c.event is not None:
        return (*t, c.event.type, c.event.agent, c.event.patient)
    return t


def finding_order(f: Finding) -> tuple[str, dt.date, str, int, str]:
    return (f.subject, *_order_key(f.claim), f.rule)


def evaluate(
    buckets: dict[str, list[Claim]], rules: Iterable[Rule], lex: Lexicon, story: str | None = None
) -> tuple[list[Finding], list[Group]]:
    """Findings and groups. Within a subject, claims that say the same thing at the same time form
    one class and are compared once (many outlets repeating one figure cost one comparison), and
    classes are swept in time order: when every applicable rule has a time window, a class is only
    compared with those inside it."""
    rules = list(rules)
    findings: dict[tuple[str, ...], Finding] = {}
    groups: list[Group] = []
    for subject in sorted(buckets):
        claims = sorted(buckets[subject], key=_order_key)
        if len(claims) < 2:
            continue
        classes: dict[tuple[object, ...], list[Claim]] = {}
        for c in claims:
            classes.setdefault(_signature(c), []).append(c)
        reps = sorted(classes.values(), key=lambda members: _order_key(members[0]))
        applicable = [r for r in rules if selects(r.applies_to, claims[0])]
        windows = [
            int(r.params["window_days"]) for r in applicable if "window_days" in r.params and r.kind != "running_total"
        ]
        horizon = max(windows) if windows and len(windows) == len(applicable) else None
        label = claims[0].subject_label
        conflict = False
        for i, members_a in enumerate(reps):
            a = members_a[0]
            a_day = a.time.start or a.published
            for members_b in reps[i + 1 :]:
                b = members_b[0]
                b_day = b.time.start or b.published
                if horizon is not None and a_day and b_day and (b_day - a_day).days > horizon + 31:
                    break  # +31: sorted by start, compared by midpoint (a month-wide date)
                for rule in applicable:
                    if not (selects(rule.applies_to, b) and _pair_selected(rule.applies_to, a, b)):
                        continue
                    out = KINDS[rule.kind].compare(a, b, rule.params, lex)
                    if out is None:
                        continue
                    if out.conflict:
                        conflict |= _record(findings, rule, subject, label, members_a, members_b, out, story)
                    break
        flagged = {f.claim.id for f in findings.values() if f.subject == subject} if conflict else set()
        for part in _by_day(claims, lex):
            docs = {c.document for c in part}
            speakers = {c.speaker for c in part}
            if len(docs) >= 2 or len(speakers) >= 2:
                in_conflict = any(c.id in flagged for c in part)
                groups.append(
                    Group(
                        subject=subject,
                        subject_label=label,
                        status="conflict" if in_conflict else "consistent",
                        sources=sorted({f"{c.source} ({_date(c)})" for c in part}),
                        claims=part,
                        story=story,
                    )
                )
    ordered = sorted(findings.values(), key=finding_order)
    groups.sort(key=lambda g: (g.status != "conflict", g.subject))
    return ordered, groups


_DAY_GAP = 1  # counts that hold for one day: a gap of more than this starts another day's group


def _by_day(claims: list[Claim], lex: Lexicon) -> list[list[Claim]]:
    """A subject's claims as groups: one group, except for counts that hold for one day (a crowd,
    the missing), whose claims group by day (a strike day's crowd is not the next week's)."""
    q = claims[0].quantity
    if q is None or q.measure not in lex.measure_classes["snapshot"]:
        return [claims]
    out: list[list[Claim]] = []
    last: dt.date | None = None
    for c in claims:  # sorted by time
        day = c.time.start or c.published
        if out and day is not None and last is not None and (day - last).days <= _DAY_GAP:
            out[-1].append(c)
        else:
            out.append([c])
        last = day or last
    return out


def _first_per_document(members: list[Claim]) -> list[Claim]:
    """One claim per article and speaker: a mention in the body over the headline's (which is
    dropped when the body says the same), the most explicit one ("22 deaths" over "22"), the first
    on a tie."""
    seen: dict[tuple[str, str | None], Claim] = {}
    documents: set[str] = set()
    for c in sorted(members, key=lambda c: (c.headline, -len(c.span.quote), c.span.start)):
        if c.headline and c.document in documents:
            continue  # the headline repeats what the body says, with the body's speaker
        seen.setdefault((c.document, c.speaker), c)
        documents.add(c.document)
    return sorted(seen.values(), key=_order_key)


_INFERRED = " (an article is undated: its time is inferred from its story)"
_SURE = 1.0  # a key the lexicon names
_PLAUSIBLE = 0.7  # a key read off the open vocabulary through a family: a warning at most


def _weakened(severity: str, confidence: float) -> str:
    """A finding is no surer than the subject keys it rests on: a key read off the open vocabulary
    makes an error a warning, and a weaker one (a bare noun, an unknown verb) a note."""
    if confidence >= _SURE:
        return severity
    if confidence >= _PLAUSIBLE:
        return "warning" if severity == "error" else severity
    return "info"


def _record(
    findings: dict[tuple[str, ...], Finding],
    rule: Rule,
    subject: str,
    label: str,
    members_a: list[Claim],
    members_b: list[Claim],
    out: Outcome,
    story: str | None = None,
) -> bool:
    """One finding per claim of the earlier class, naming every claim of the later one. An article
    that repeats a figure (headline, lead, body) is represented by one mention of it."""
    recorded = False
    members_a, members_b = _first_per_document(members_a), _first_per_document(members_b)
    for a in members_a:
        # one sentence does not contradict itself ("30 miles (48 km)"), unless two speakers in it do
        others = [
            b
            for b in members_b
            if not (a.document == b.document and a.span.sentence == b.span.sentence and a.speaker == b.speaker)
            # a headline is held to its own article's body; across articles the bodies speak
            and not ((a.headline or b.headline) and a.document != b.document)
        ]
        if not others:
            continue
        recorded = True
        severity = _weakened(out.severity or rule.severity, min(c.confidence for c in (a, *others)))
        inferred = any(c.time_inferred for c in (a, *others))
        if inferred and severity == "error":
            severity = "warning"  # an undated article's time is inferred: a finding on it is not sure
        key = (rule.id, a.id, severity, out.reason)
        if key in findings:
            findings[key].conflicts_with.extend(others)
            findings[key].arithmetic += f" | {out.arithmetic}"
            continue
        findings[key] = Finding(
            rule=rule.id,
            severity=severity,  # type: ignore[arg-type]
            subject=subject,
            subject_label=label,
            message=_message(rule, label, a, others[0], out) + (_INFERRED if inferred else ""),
            claim=a,
            conflicts_with=others,
            arithmetic=out.arithmetic,
            story=story,
        )
    return recorded
