"""One document in, typed claims out: the extractors run over shared sentences, dates and names."""

from __future__ import annotations

import bisect
import datetime as dt
import re

from ..grammar import section
from ..lexicon import Lexicon
from ..models import ONE_REPORT, Claim, Document, EventValue, QuantityValue, TimeRef
from ..normalise.entities import find_mentions, place_key
from ..read import Reading
from ..text import sentences
from .affected import affected_claims
from .ages import age_claims
from .claim_maker import ClaimMaker, published_ref
from .clause_claims import clause_claims
from .date_claims import presupposed
from .datelines import dateline_span
from .dates import DateMention, find_dates
from .events import find_events, find_occurrence_dates
from .occurrence_dates import occurrence_key, unkey_two_days
from .occurrence_names import default_occurrence, name_occurrence, named_occurrences, spans_countries
from .quantities import QuantityHit, find_quantities
from .quantity_context import claim_time, of_a_noun, place_of, reported_as_current
from .quotations import quotation_claims
from .records import find_records
from .sites import site_claims

G = section("document")

_HISTORIC_YEARS = 1
_AS_OF = G.re("as_of")
_RESULT_PARTICIPLE = G.re("result_participle")


_ORGANISATION_HEADS = G.words("organisation_heads")
_POSSESSIVE_AFTER = G.re("possessive_after")
_SINCE_WHEN = G.re("since_when")
_TOLD_OF_NOW = G.re("told_of_now")
_SNAPSHOT_NOW = G.re("snapshot_now")
_AT_THE_TIME = G.re("at_the_time")
_THEN_PERFECT = G.re("then_perfect")
_YEAR_TO_DATE = G.re("year_to_date")


def _year_to_date(
    text: str, ss: int, se: int, when: DateMention | None, since: DateMention | None, published: dt.date
) -> bool:
    """A running total counted from the first day of the publication's year, however it is said."""
    if since is not None and since.time.resolved and since.time.start == dt.date(published.year, 1, 1):
        return True
    return when is None and since is None and _YEAR_TO_DATE.search(text, ss, se) is not None


def _owner_key(owner: str | None, lex: Lexicon) -> str:
    """ "Recep Tayyip Erdogan" and "Erdogan" own one share: a name the lexicon does not know goes by
    its last word in subject keys."""
    if owner is None:
        return "-"
    if owner in lex.entities or " " not in owner or not owner[:1].isupper():
        return owner
    words = owner.split()
    last = words[-1]
    if last.lower() in _ORGANISATION_HEADS or lex.canonical(last) is not None:
        # "Heron Alliance", "Reform UK": an organisation goes by its distinctive word
        named = [w for w in words if w.lower() not in _ORGANISATION_HEADS and lex.canonical(w) is None]
        return named[0] if named else last
    return last


_WHOLE_NEAR = 600  # characters: the whole a part is set against stands in the same passage


def _fresh_day(q: QuantityHit, when: DateMention, published: dt.date | None, lex: Lexicon, text: str) -> bool:
    """A toll that only grows, dated by a recent day of the occurrence ("the crash on Friday night
    killed 261"), not by the day someone stated it ("43 deaths reported by Salgado on Sunday")."""
    day = when.time.start
    return (
        q.measure in lex.measure_classes["running"]
        and not lex.speech_re.search(text, max(0, when.start - 40), when.start)
        and q.period is None
        and when.time.granularity == "day"
        and published is not None
        and day is not None
        and 0 <= (published - day).days <= _FRESH_DAYS
    )


def _result_of_day(q: QuantityHit, when: DateMention, published: dt.date | None, lex: Lexicon, text: str) -> bool:
    """A toll given as the result of an occurrence dated this year ("On 3 May, two bombs went off,
    killing at least 90"): the writer's toll, counted since that day, however long ago it was."""
    day = when.time.start
    return (
        q.measure in lex.measure_classes["running"]
        and q.period is None
        and when.end < q.start
        and when.time.granularity == "day"
        and published is not None
        and day is not None
        and 0 <= (published - day).days <= _RESULT_DAYS
        and _RESULT_PARTICIPLE.search(text, max(when.end, q.start - 40), q.start) is not None
    )


def _said_after(text: str, end: int, lex: Lexicon) -> bool:
    """A day right before its speech verb dates the statement ("The railways on Saturday said
    that 288 had died"): the toll is Saturday's, not a count that Saturday started."""
    gap = _GAP.match(text, end)
    return lex.speech_re.match(text, gap.end() if gap else end) is not None


_GAP = re.compile(r"[\s,]*")


def _below_whole(part: QuantityHit, hits: list[QuantityHit]) -> bool:
    high = part.parsed.high if part.parsed.high is not None else part.parsed.figure * 1.5
    return any(
        h.measure == part.measure
        and h.population == part.population
        and not (h.place or h.scope or h.country)
        and (h.parsed.low or 0) > high
        and abs(h.start - part.start) < _WHOLE_NEAR
        for h in hits
    )


_RESULT_DAYS = 365  # a toll given as an occurrence's result counts since its day, if this recent
_FRESH_DAYS = 30  # a day this recent that dates a toll starts it; an older one dates the toll itself
_CARRY_SENTENCES = 3  # how far back a snapshot count looks for its day
_CARRY_DAYS = 7  # ... and how recent that day must be


def _day_before(dates: list[DateMention], lo: int, hi: int, published: dt.date | None) -> DateMention | None:
    """The last day named in ``text[lo:hi]`` that is within a week before publication."""
    found = None
    for d in dates:
        if lo <= d.start < hi and not d.since and d.time.resolved and d.time.granularity == "day":
            day = d.time.start
            if published is None or day is None or 0 <= (published - day).days <= _CARRY_DAYS:
                found = d
    return found


_HEAD_ZONE = 1500  # characters at the start of a body where a repeated headline stands


def _headline(doc: Document) -> tuple[int, int] | None:
    """Where the front matter's title stands in the file, unless the body repeats it as its first
    line (then that line is the headline)."""
    if not doc.title or doc.body_start == 0:
        return None
    title = doc.title.strip()
    if title in doc.text[doc.body_start : doc.body_start + _HEAD_ZONE]:
        return None  # the body repeats it near its start: that line is the headline
    at = doc.text.find(title, 0, doc.body_start)
    return (at, at + len(title)) if at >= 0 else None


def _past_told_before(
    dates: list[DateMention], starts: list[int], sentence: tuple[int, int], published: dt.date | None, text: str
) -> DateMention | None:
    """The year of a past occurrence the sentence before a figure ends on ("The last major quake hit
    in 2004 with a magnitude of 6.4. More than 600 people were killed."): a figure of a sentence
    with no date of its own, told in the past, continues it."""
    ss, se = sentence
    at = bisect.bisect_left(starts, se) - 1  # the sentence's last date, found by halving
    last = dates[at] if at >= 0 and dates[at].start >= ss else None
    if (
        last is None
        or last.since
        or published is None
        or last.time.end is None
        or last.time.end.year >= published.year - _HISTORIC_YEARS
        or of_a_noun(text, ss, last)  # "... a general slain in an airstrike in 2020. Iran said 84 died"
    ):
        return None
    return last


def extract_document(doc: Document, lex: Lexicon) -> list[Claim]:
    text = doc.text
    sents = sentences(text, doc.body_start)
    head = _headline(doc)
    if head is not None:  # a headline only in the front matter is a claim too
        sents = [head, *sents]
    if not sents:
        return []
    first = sents[0][0]
    # the headline: the title in the front matter, or the body's first line when it is the title
    title = " ".join((doc.title or "").split())
    headline_sentences = (
        {0} if head is not None or (title and " ".join(text[slice(*sents[0])].split()) == title) else set()
    )
    dates = find_dates(text, first, len(text), doc.published, lex, doc.published_latest)
    filed = dateline_span(text, first, lex)
    if filed is not None:  # "PARIS, Feb 17 (Xinhua) - Some 440,000 marched on Thursday": Thursday's
        dates = [d for d in dates if not filed[0] <= d.start < filed[1]]
    mentions = find_mentions(text, first, len(text), lex)
    default_occ = default_occurrence(doc, lex)
    make = ClaimMaker(doc, sents, headline_sentences, lex)
    sentence_of, modality = make.sentence_of, make.modality

    named = named_occurrences(text, doc.body_start, lex, doc.published)
    claims: list[Claim] = []
    readings: dict[tuple[int, int], Reading] = {}

    def reading_of(ss: int, se: int) -> Reading:
        """Each sentence is read once, on first demand, and shared by every extractor."""
        if (ss, se) not in readings:
            readings[ss, se] = Reading(text, ss, se)
        return readings[ss, se]

    records = find_records(text, sents, reading_of)
    # "3.4 percent, the lowest since 1969": the year a record holds since is not the figure's time
    held = [(r.start, r.end) for r in records if r.time.start is not None]
    hits = find_quantities(text, sents, dates, mentions, lex, default_occ, reading_of)
    # a story that counts casualties in several countries: each country's count is its own part
    countries = {q.country for q in hits if q.country}
    # ... and one that counts in several places ("In Paris ..., in Marseille ...") has place parts,
    # as does one whose count for a place is below its count with no place ("48 dead ... five
    # deaths were reported in the town of Coyuca")
    places = {q.place for q in hits if q.place}
    placed_only = any(q.place and not q.scope for q in hits)
    asserted = [h for h in hits if placed_only and modality(sents[sentence_of(h.start)][0], h.pos, h.end) == "asserted"]
    several = len(countries) >= 2 or spans_countries(doc, sents, mentions, lex)
    for q in hits:
        if several and q.country and not q.scope:
            q.scope = q.country.lower()
        elif q.place and not q.scope and (len(places) >= 2 or _below_whole(q, asserted)):
            q.scope = q.place
    all_starts = [d.start for d in dates]
    for q in hits:
        if q.occurrence is not None:
            q.occurrence = name_occurrence(q.occurrence, q.start, sents[sentence_of(q.start)], named)
        si = sentence_of(q.start)
        ss, se = sents[si]
        # "fell to 3.4 percent, the lowest since 1969": a record's year after a figure is not its time
        q_dates = [d for d in dates if not any(q.start < a <= d.start < b for a, b in held)] if held else dates
        date_starts = [d.start for d in q_dates] if held else all_starts
        when, since = claim_time(q_dates, ss, se, q.start, doc.published, text, q.end)
        if reported_as_current(q.measure, when, doc.published, lex):
            when = None  # an employer's last reported headcount, given as its current one
        if (
            when is None
            and since is None
            and q.measure in lex.measure_classes["snapshot"]
            and not _SNAPSHOT_NOW.search(text, ss, se)
        ):
            # "Thousands rallied on Saturday. About 50,000 joined the march": a crowd is counted
            # on the day the story last named ("14 remain missing" is counted now)
            when = _day_before(dates, sents[max(0, si - _CARRY_SENTENCES)][0], ss, doc.published)
        if (
            when is None
            and since is None
            and not q.cumulative
            and si > 0
            and q.measure in lex.measure_classes["casualty"]
        ):
            when = _past_told_before(q_dates, date_starts, sents[si - 1], doc.published, text)
            if when is not None and _TOLD_OF_NOW.search(text, ss, se):
                when = None
        time = published_ref(doc)
        if (
            when is None
            and since is None
            and (_AT_THE_TIME.match(text, ss, q.start) or _THEN_PERFECT.search(text, ss, q.start))
        ):
            # "At the time, the paper reported 10,000 job cuts": an earlier time, undated here
            time = TimeRef(expression="an earlier time the article refers back to", resolved=False)
        historic = None
        period = None
        running = q.cumulative or q.measure in lex.measure_classes["running"]
        if q.period is not None:
            period = q.period  # "in the past 24 hours"
        elif running and doc.published is not None and _year_to_date(text, ss, se, when, since, doc.published):
            # "511 deaths since the start of the year", "since the beginning of 2024": this year's total
            period, when, since = str(doc.published.year), None, None
        elif (
            (
                q.cumulative
                or q.measure in lex.measure_classes["running"]
                and not _POSSESSIVE_AFTER.match(text, when.end if when else 0)
            )
            and since is None
            and when is not None
            and when.time.resolved
            and when.time.granularity in ("month", "year")
            and not _AS_OF.search(text, ss, when.start)
        ):
            # "has killed 500 people this year": a total for a period, not the running total
            period, when = when.time.label(), None
        elif (
            since is None
            and when is not None
            and not _AS_OF.search(text, ss, when.start)
            and not _said_after(text, when.end, lex)
            and (
                q.cumulative
                or _fresh_day(q, when, doc.published, lex, text)
                or _result_of_day(q, when, doc.published, lex, text)
            )
        ):
            # "the quake that struck on Monday has killed 1,200", "the crash on Friday night killed
            # 261": Monday starts the count, which stands as of publication
            since, when = when, None
        elif not q.cumulative and when is None and since is not None and _SINCE_WHEN.search(text, since.end, q.start):
            # "the worst crash since 1998, when 101 people died": not a running total, so the
            # date dates the figure itself
            since, when = None, since
        if when is not None and when.time.resolved:
            time = when.time
            if (
                doc.published is not None
                and when.time.end is not None
                and when.time.end.year < doc.published.year - _HISTORIC_YEARS
            ):
                historic = when.time.label()
        if since is not None and since.time.start is not None:
            time = time.model_copy(update={"since": since.time.start})
        p = q.parsed
        exact = q.population in lex.exact_populations and q.unit is None and p.qualifier == "exact"
        value = QuantityValue(
            low=p.low,
            high=p.high,
            figure=p.figure,
            stated_figure=q.stated_figure,
            figure2=p.figure2,
            ulp=1.0 if exact else p.ulp,
            round_figure=p.round and not exact,
            qualifier=p.qualifier,
            unit=q.unit,
            stated_unit=q.stated_unit,
            measure=q.measure,
            population=q.population,
            owner=q.owner,
            occurrence=q.occurrence,
            anchor=q.anchor,
            direction=q.direction,
            cumulative=q.cumulative,
            running=q.cumulative
            or (q.measure in lex.measure_classes["running"] and historic is None and q.period is None),
        )
        measure = f"{q.measure}:{q.topic}" if q.topic else q.measure
        anchor = q.anchor or (f"in {q.scope}" if q.scope else None) or (f"during {period}" if period else None)
        # "71 km from Marrakesh" meets "72 km from Marrakech": the place's spellings share one key
        anchor_key = place_key(q.anchor) if q.measure == "distance" and q.anchor and " " not in q.anchor else anchor
        if q.anchor == ONE_REPORT:
            anchor_key = f"as of report {doc.id}"  # one article is one moment: its figures meet only each other
        parts = [
            measure,
            q.population or "-",
            _owner_key(q.owner, lex),
            q.occurrence or "-",
            anchor_key or "-",
            historic or "-",
        ]
        # a figure that lacks what it needs to be compared keeps an empty subject: never grouped
        subject = "quantity:" + "|".join(parts) if q.comparable else ""
        label = _quantity_label(measure, q.population, q.owner, q.occurrence, anchor, historic)
        claim = make(
            "quantity", q.start, q.end, subject, label, q.pos, quantity=value, time=time, confidence=q.confidence
        )
        if (
            claim.modality == "hedged"
            and q.measure == "count"
            and text[q.start : q.end].split()[-1][:1].isupper()  # a people: capitalised in English
            and modality(ss, q.pos) == "asserted"  # without the modal after it
        ):
            # "the valley's 120,000 Serbs would be able to vote": a modal after a count of a people
            # says what they may do, not how many they are ("8,000 officers would be on duty" is
            # a plan)
            claim = claim.model_copy(update={"modality": "asserted"})
        if claim.modality == "hedged" and q.anchor == "rule":
            # "would end his family's 53-year hold on power": what may end is hedged, how long it held is told
            claim = claim.model_copy(update={"modality": "asserted"})
        claims.append(claim)

    for e in find_events(text, sents, dates, mentions, lex):
        key = lex.event_types[e.type].get("key", "patient")
        key_value = e.patient if key == "patient" else e.agent
        subject = f"event:{e.type}|{key}={key_value}" if e.comparable else ""
        label = f"{e.type} of {key_value}" if key == "patient" else f"{e.type} by {key_value}"
        time = e.time.time if e.time is not None else TimeRef()
        ev = EventValue(type=e.type, agent=e.agent, patient=e.patient, trigger=e.trigger, place=e.place)
        claim = make("event", e.start, e.end, subject, label, e.trigger_start, event=ev, time=time)
        if e.announced and claim.modality == "hedged" or e.nobody:
            # "said the borders would be closed": done; "no group has claimed it": an account
            claim = claim.model_copy(update={"modality": "asserted"})
        claims.append(claim)

    claims.extend(quotation_claims(text, doc.body_start, doc.source, make, lex))
    claims.extend(affected_claims(text, sents, lex, make))
    claims.extend(site_claims(text, doc.body_start, make))
    claims.extend(age_claims(text, doc.body_start, sents, make, published_ref(doc)))
    for r in records:
        subject = f"event:record|patient={r.direction} {r.topic}"
        label = f"record {r.direction} {r.topic} ({r.span})"
        ev = EventValue(type="record", patient=f"{r.direction} {r.topic}", trigger=text[r.start : r.end])
        claims.append(make("event", r.start, r.end, subject, label, r.trigger_start, event=ev, time=r.time))

    recurring: list[Claim] = []
    for o in find_occurrence_dates(text, sents, dates, lex, place_of):
        # one occurrence: named if the article names it ("the Ridge Fire"), else by its kind
        occurrence = name_occurrence(o.occurrence, o.start, sents[sentence_of(o.start)], named)
        # protests, attacks, rounds of a vote recur: two dates of an unnamed one may be two of them
        subject = occurrence_key(text, o, occurrence, lex, default_occ)
        label = f"date of the {(subject[5:] or occurrence).replace(':', ' ')}"
        claim = make("date", o.start, o.end, subject, label, o.start, time=o.time.time)
        if claim.modality == "negated" and presupposed(text, sents[sentence_of(o.start)][0], o.start):
            claim = claim.model_copy(update={"modality": "asserted"})  # "not clear what caused the blast on Monday"
        elif claim.modality != "asserted" and o.time.end <= o.word[0]:
            claim = claim.model_copy(update={"modality": "asserted"})  # "hoped a November 1 election would be held"
        (recurring if occurrence in lex.recurring_occurrences else claims).append(claim)
    claims.extend(unkey_two_days(recurring))
    claims.extend(clause_claims(text, sents, dates, claims, reading_of, lex, make, doc))
    claims.sort(key=lambda c: (c.span.start, c.kind))
    return claims


def _quantity_label(
    measure: str, population: str | None, owner: str | None, occ: str | None, anchor: str | None, historic: str | None
) -> str:
    words = {
        "deaths": "deaths",
        "injured": "injured",
        "troops": "troops",
        "standby": "troops on standby",
        "destroyed": "destroyed",
        "damaged": "damaged",
    }
    label = words.get(measure, measure.replace("_", " "))
    if population and population not in ("people", "troops") or measure in ("destroyed", "damaged"):
        label += f" ({population})"
    if measure in ("troops", "standby") and population != "troops":
        label += f" ({population})"
    if owner:
        label = f"{owner}'s {label}" if measure in ("troops", "standby", "equipment") else f"{label} of {owner}"
    if occ:
        label += f", {occ}"
    if anchor:
        label += f", from/of {anchor}"
    if historic:
        label += f" ({historic})"
    return label
