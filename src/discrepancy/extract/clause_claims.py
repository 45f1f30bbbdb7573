"""Claims of dated clauses and clock times that no other claim covers ("Amazon said on Wednesday",
"the alarms sounded at 1:24 a.m."), and of the lead a clock time states ("about four hours before
the crush")."""

from __future__ import annotations

from collections.abc import Callable

from ..lexicon import Lexicon
from ..models import Claim, Document, TimeRef
from ..read import Reading
from .claim_maker import published_ref
from .date_claims import CONFIDENCE as CLAUSE_CONFIDENCE
from .date_claims import clause_dates
from .dates import DateMention
from .offsets import lead_value


def clause_claims(
    text: str,
    sents: list[tuple[int, int]],
    dates: list[DateMention],
    claims: list[Claim],
    reading_of: Callable[[int, int], Reading],
    lex: Lexicon,
    make: Callable[..., Claim],
    doc: Document,
) -> list[Claim]:
    """Dated clauses and clock times that no other claim covers ("Amazon said on Wednesday", "the
    alarms sounded at 1:24 a.m."), keyed by what the clause says happened, with a weak confidence."""
    taken = [(c.span.start, c.span.end) for c in claims if c.kind == "date" and c.subject or c.quantity is not None]
    unkeyed = [(c.span.start, c.span.end) for c in claims if c.kind == "date" and not c.subject]
    out: list[Claim] = []
    first_days = _first_days(claims)
    for cd, day in clause_dates(text, sents, dates, taken, reading_of, lex, unkeyed):
        subject = f"date:{cd.subject}" if cd.subject else ""  # an act told twice: not compared
        if cd.minutes is None:
            assert day is not None
            time, label = day.time, f"date: {cd.label}"
        else:  # a clock time: on its sentence's day, else on the day the article first gave its act
            told = first_days.get(subject) if subject and day is None else None
            on = day.time if day is not None else told.time if told and told.span.start < cd.start else None
            time = (on or published_ref(doc)).model_copy(update={"clock": cd.minutes})
            label = f"time: {cd.label}"
        confidence = 1.0 if cd.sure else CLAUSE_CONFIDENCE
        claim = make("date", cd.start, cd.end, subject, label, cd.start, time=time, confidence=confidence)
        if cd.scheduled and claim.modality == "hedged" and _to_come(time, doc):
            claim = claim.model_copy(update={"modality": "asserted"})  # a schedule is a fact of its own
        out.append(claim)
        if cd.minutes is None and subject:
            first_days.setdefault(subject, claim)
        if cd.lead is not None:  # "came at 6.34pm, about four hours before the crush"
            key, about, value = lead_value(cd.lead, cd.subject)
            lead_time = time.model_copy(update={"clock": None})
            # what the lead is before is not in its key ("before the crush", "before the crowd turned"): weak
            span = (cd.lead.start, cd.lead.end, key, about, cd.lead.start)
            out.append(make("quantity", *span, quantity=value, time=lead_time, confidence=CLAUSE_CONFIDENCE))
    return out


def _to_come(time: TimeRef, doc: Document) -> bool:
    return doc.published is not None and time.start is not None and time.start >= doc.published


def _first_days(claims: list[Claim]) -> dict[str, Claim]:
    """The first claim that dates each act to a day ("A landslide struck Velm on Friday"): a clock
    time told later with no day of its own ("The disaster hit at around 3:00 am") is on that day."""
    first: dict[str, Claim] = {}
    for c in sorted(claims, key=lambda c: c.span.start):
        t = c.time
        if c.kind == "date" and c.subject and t.clock is None and t.granularity == "day" and t.resolved:
            first.setdefault(c.subject, c)
    return first
