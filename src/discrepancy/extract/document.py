"""One document in, typed claims out: the extractors run over shared sentences, dates and names."""

from __future__ import annotations

import bisect
import dataclasses
import functools

from ..grammar import section
from ..lexicon import Lexicon
from ..models import EARLIER_TIME, ONE_REPORT, Claim, Document, EventValue, TimeRef
from ..normalise.entities import Mention, find_mentions, place_key
from ..read import Reading
from ..read.truecase import truecase
from ..text import sentences
from . import reread
from .affected import affected_claims
from .ages import age_claims
from .claim_maker import ClaimMaker, published_ref
from .clause_claims import clause_claims
from .date_claims import presupposed
from .datelines import dateline_span
from .dates import DateMention, find_dates
from .events import find_events, find_occurrence_dates
from .figure import attributive_size
from .figure_time import Timeline, figure_time
from .numbers import quantity_value
from .occurrence_dates import occurrence_key, unkey_two_days
from .occurrence_names import Named, default_occurrence, name_occurrence, named_occurrences, past_era, spans_countries
from .ordinal_tolls import ordinal_toll_hits
from .owners import owner_key
from .place_subjects import tolls_of_parts
from .quantities import QuantityHit, find_quantities
from .quantity_context import place_of
from .quotations import quotation_claims
from .race_times import race_time_claims
from .records import Record, find_records
from .results import expectation_topic
from .section_places import SectionPlaces
from .sites import site_claims
from .storeys import storey_claims
from .thing_ages import thing_age_claims
from .weekends import with_weekends
from .wins import win_claims

G = section("document")

_LINK_LINE = G.re("link_line")
_EDITORIAL_BRACKET = G.re("editorial_bracket")


_WHOLE_NEAR = 600  # characters: the whole a part is set against stands in the same passage


class _Near:
    """Hits by where they start, so that those near a point are found by bisection: a pass over
    every hit for each would be quadratic in a long article."""

    def __init__(self, hits: list[QuantityHit]) -> None:
        self.hits = sorted(hits, key=lambda h: h.start)
        self.starts = [h.start for h in self.hits]

    def around(self, pos: int, reach: int) -> list[QuantityHit]:
        """The hits that start less than ``reach`` characters from ``pos``."""
        return self.hits[bisect.bisect_right(self.starts, pos - reach) : bisect.bisect_left(self.starts, pos + reach)]


def _below_whole(part: QuantityHit, hits: _Near) -> bool:
    high = part.parsed.high if part.parsed.high is not None else part.parsed.figure * 1.5
    return any(
        h.measure == part.measure
        and h.population == part.population
        and not (h.place or h.scope)
        and (not h.country or h.country == part.country and part.place is not None)  # the country a place is in
        and (h.parsed.low or 0) > high
        for h in hits.around(part.start, _WHOLE_NEAR)
    )


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


def extract_document(doc: Document, lex: Lexicon) -> list[Claim]:
    text = doc.text
    sents = sentences(text, doc.body_start)
    head = _headline(doc)
    if head is not None:  # a headline only in the front matter is a claim too
        sents = [head, *sents]
    if not sents:
        return []
    first = sents[0][0]
    headlines = _headline_sentences(doc, text, sents, head)
    # the readers see a title-case headline in the body's casing; quotes come from doc.text
    text = _editors_words(truecase(text, [sents[i] for i in headlines], doc.body_start), doc.body_start)
    dates = find_dates(text, first, len(text), doc.published, lex, doc.published_latest)
    filed = dateline_span(text, first, lex)
    if filed is not None:  # "PARIS, Feb 17 (Xinhua) - Some 440,000 marched on Thursday": Thursday's
        dates = [d for d in dates if not filed[0] <= d.start < filed[1]]
    dates = with_weekends(text, first, dates, doc.published)  # "the dam burst over the weekend"
    mentions = find_mentions(text, first, len(text), lex)
    default_occ = default_occurrence(doc, lex)
    known = reread.kept(doc, lex)
    make = ClaimMaker(doc, sents, headlines, lex, known.read if known else None)
    told = published_ref(doc)  # the time of every claim that states none of its own: one object, shared
    named = Named(named_occurrences(text, doc.body_start, lex, doc.published))
    readings: dict[tuple[int, int], Reading] = {}

    def reading_of(ss: int, se: int) -> Reading:
        """Each sentence is read once, on first demand, and shared by every extractor."""
        if (ss, se) not in readings:
            readings[ss, se] = Reading(text, ss, se)
        return readings[ss, se]

    records = find_records(text, sents, reading_of, {d.start: d.time for d in dates if d.since}, lex, doc.published)
    hits = reread.figures(
        known,
        dates,
        default_occ,
        lambda: (
            find_quantities(text, sents, dates, mentions, lex, default_occ, reading_of, filed)
            + ordinal_toll_hits(text, sents, lex, default_occ)
        ),
    )
    _scope_parts(doc, hits, sents, mentions, make, lex)
    timeline = Timeline(
        text=text,
        sents=sents,
        dates=dates,
        starts=[d.start for d in dates],
        # "3.4 percent, the lowest since 1969": the year a record holds since is not the figure's time
        held=[(r.start, r.end) for r in records if r.time.start is not None],
        published=doc.published,
        told=told,
        lex=lex,
    )
    claims = [_quantity_claim(q, timeline, named, make, doc) for q in hits]
    claims.extend(_event_claims(text, sents, dates, mentions, lex, make))
    claims.extend(quotation_claims(text, doc.body_start, doc.source, make, lex))
    claims.extend(affected_claims(text, sents, lex, make))
    claims.extend(site_claims(text, doc.body_start, make))
    ages = age_claims(text, doc.body_start, sents, make, told)
    claims.extend(ages)
    taken = {c.span.start for c in ages}
    claims.extend(thing_age_claims(text, sents, reading_of, lex, make, told, taken))
    claims.extend(storey_claims(text, sents, reading_of, lex, make, told))
    claims.extend(race_time_claims(text, doc.body_start, make, told, lex))
    claims.extend(win_claims(text, doc.body_start, make, told, lex))
    claims.extend(_record_claims(text, records, make))
    claims.extend(_occurrence_date_claims(text, sents, dates, named, default_occ, make, lex))
    claims.extend(clause_claims(text, sents, dates, claims, reading_of, lex, make, doc))
    claims.sort(key=lambda c: (c.span.start, c.kind))
    return _linked_told_earlier(claims, [m.span() for m in _LINK_LINE.finditer(doc.text, doc.body_start)])


def _linked_told_earlier(claims: list[Claim], links: list[tuple[int, int]]) -> list[Claim]:
    """A line that links to another article ("READ: Toll from Velm ferry fire now 26") holds that
    article's headline, told on an earlier day the line does not give: its figures are of that
    earlier time (compared with no other day's, as "the previous toll" is), its dates and acts none
    of this article's."""
    if not links:
        return claims
    earlier = TimeRef(expression=EARLIER_TIME, resolved=False)
    out = []
    for c in claims:
        if not any(a <= c.span.start < b for a, b in links):
            out.append(c)
        elif c.kind == "quantity":
            out.append(c.model_copy(update={"time": earlier}))
    return out


def _editors_words(text: str, start: int) -> str:
    """The text with an editor's brackets in a quotation passed over ("recovered 18 [bodies]
    onboard": the word is read as the sentence's own), its length kept so that offsets hold."""
    for m in _EDITORIAL_BRACKET.finditer(text, start):
        a, b = m.start(), m.end() - 1
        text = text[:a] + " " + text[a + 1 : b] + " " + text[b + 1 :]
    return text


def _headline_sentences(
    doc: Document, text: str, sents: list[tuple[int, int]], head: tuple[int, int] | None
) -> set[int]:
    """The headline: the title in the front matter, or the body's first line when it is the title."""
    title = " ".join((doc.title or "").split())
    if head is not None or (title and " ".join(text[slice(*sents[0])].split()) == title):
        return {0}
    return set()


def _scope_parts(
    doc: Document,
    hits: list[QuantityHit],
    sents: list[tuple[int, int]],
    mentions: list[Mention],
    make: ClaimMaker,
    lex: Lexicon,
) -> None:
    """A story that counts casualties in several countries: each country's count is its own part;
    and one that counts in several places ("In Paris ..., in Marseille ...") has place parts, as
    does one whose count for a place is below its count with no place ("48 dead ... five deaths
    were reported in the town of Coyuca")."""
    _under_place_headings(doc, hits, lex)
    tolls_of_parts(doc.text, hits, lex)
    told = {q.country for q in hits if q.country}
    for q in hits:
        if q.place and not q.country:  # "the West Bengal government evacuated ...": India's state
            q.country = _country_of(q.place, lex)
    countries = {q.country for q in hits if q.country}
    # a country known from a region's name parts the counts only beside another country's count
    filled = len(countries) >= 2
    places = {q.place for q in hits if q.place}
    placed_only = any((q.place or q.country) and not q.scope for q in hits)

    @functools.cache
    def asserted() -> _Near:  # built on first need: most stories set no part against a whole
        return _Near(
            [
                h
                for h in hits
                if placed_only and make.modality(sents[make.sentence_of(h.start)][0], h.pos, h.end) == "asserted"
            ]
        )

    # looked through only for a count placed in a country: most stories have none
    several = functools.cache(lambda: len(countries) >= 2 or spans_countries(doc, sents, mentions, lex))
    for q in hits:
        if q.country and q.country not in told and not filled:
            q.country = None
        if q.country and not q.scope and several():
            # "four in South Carolina" beside North Carolina's: the state's own count, which the
            # country's holds; a story told in one place of a country counts the country
            regional = _country_of(q.place, lex) == q.country and (len(places) >= 2 or _below_whole(q, asserted()))
            q.scope = q.place if regional else q.country.lower()
        elif q.place and not q.scope and (len(places) >= 2 or _below_whole(q, asserted())):
            q.scope = q.place
        elif q.country and not q.scope and q.parsed.qualifier != "vague" and _below_whole(q, asserted()):
            q.scope = q.country.lower()  # "116 dead ... 25 have died in Georgia": a part, told below its whole


def _country_of(place: str | None, lex: Lexicon) -> str | None:
    """The country of a region or city the lexicon knows, else None."""
    known = lex.canonical(place) if place else None
    if known is None or lex.entities[known].type not in ("region", "city"):
        return None
    return lex.country_of(known)


def _under_place_headings(doc: Document, hits: list[QuantityHit], lex: Lexicon) -> None:
    """A casualty count that names no place of its own, in a passage under a heading that names one
    ("Velmland" on its own line, then "Seven deaths have been confirmed."), is that place's
    (``section_places``)."""
    classes = lex.measure_classes
    counted = classes["casualty"] | classes["snapshot"]
    todo = [q for q in hits if q.measure in counted and not (q.place or q.scope or q.country)]
    if not todo:
        return
    headings = SectionPlaces(doc.text, doc.body_start)
    for q in todo:
        q.place = headings.at(q.start)


def _quantity_claim(q: QuantityHit, tl: Timeline, named: Named, make: ClaimMaker, doc: Document) -> Claim:
    lex = tl.lex
    si = make.sentence_of(q.start)
    if q.occurrence is not None:
        q.occurrence = name_occurrence(q.occurrence, q.start, tl.sents[si], named)
    when = figure_time(q, si, tl)
    if when.historic is None and q.occurrence is not None and (era := past_era(q.occurrence, named)) is not None:
        when = dataclasses.replace(when, historic=era)  # "Hurricane Harvey in 2017, which killed 68"
    p = q.parsed
    exact = q.population in lex.exact_populations and q.unit is None and p.qualifier == "exact"
    value = quantity_value(
        p,
        exact,
        stated_figure=q.stated_figure,
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
        or (q.measure in lex.measure_classes["running"] and when.historic is None and q.period is None),
    )
    measure = f"{q.measure}:{q.topic}" if q.topic else q.measure
    anchor = q.anchor or (f"in {q.scope}" if q.scope else None) or (f"during {when.period}" if when.period else None)
    # "71 km from Marrakesh" meets "72 km from Marrakech": the place's spellings share one key
    anchor_key = place_key(q.anchor) if q.measure == "distance" and q.anchor and " " not in q.anchor else anchor
    if q.anchor == ONE_REPORT:
        anchor_key = f"as of report {doc.id}"  # one article is one moment: its figures meet only each other
    parts = [
        measure,
        q.population or "-",
        owner_key(q.owner, lex),
        q.occurrence or "-",
        anchor_key or "-",
        when.historic or "-",
    ]
    # a figure that lacks what it needs to be compared keeps an empty subject: never grouped
    subject = "quantity:" + "|".join(parts) if q.comparable else ""
    label = _quantity_label(measure, q.population, q.owner, q.occurrence, anchor, when.historic)
    claim = make(
        "quantity", q.start, q.end, subject, label, q.pos, quantity=value, time=when.time, confidence=q.confidence
    )
    return _told_of_quantity(claim, q, tl.text, tl.sents[si][0], make)


def _told_of_quantity(claim: Claim, q: QuantityHit, text: str, ss: int, make: ClaimMaker) -> Claim:
    """A modal that hedges what a figure's subject may do, not the figure itself, leaves it told."""
    if (
        claim.modality == "hedged"
        and q.measure == "count"
        and text[q.start : q.end].split()[-1][:1].isupper()  # a people: capitalised in English
        and make.modality(ss, q.pos) == "asserted"  # without the modal after it
    ):
        # "the valley's 120,000 Serbs would be able to vote": a modal after a count of a people
        # says what they may do, not how many they are ("8,000 officers would be on duty" is
        # a plan)
        return claim.model_copy(update={"modality": "asserted"})
    if claim.modality != "asserted" and q.unit not in (None, "percent") and q.measure != "money":
        if attributive_size(text, q.start, q.end):  # "on board the 20-metre-long vessel", "a six-week trial"
            return claim.model_copy(update={"modality": "asserted"})
    if claim.modality in ("hedged", "generic") and q.measure == "money" and expectation_topic(q.topic):
        # "analysts expected $2.09", "expects revenue of $16 billion": the consensus or the guidance
        # is a figure of its own kind, told as a fact (its topic keeps it off the reported one)
        return claim.model_copy(update={"modality": "asserted"})
    if claim.modality == "hedged" and q.anchor == "rule":
        # "would end his family's 53-year hold on power": what may end is hedged, how long it held is told
        return claim.model_copy(update={"modality": "asserted"})
    if claim.modality == "hedged" and q.measure == "reach":
        # "an explosion could send shrapnel a mile away": the danger a warning tells, always a possibility
        return claim.model_copy(update={"modality": "asserted"})
    return claim


def _event_claims(
    text: str,
    sents: list[tuple[int, int]],
    dates: list[DateMention],
    mentions: list[Mention],
    lex: Lexicon,
    make: ClaimMaker,
) -> list[Claim]:
    claims = []
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
    return claims


def _record_claims(text: str, records: list[Record], make: ClaimMaker) -> list[Claim]:
    claims = []
    for r in records:
        subject = f"event:record|patient={r.direction} {r.topic}"
        label = f"record {r.direction} {r.topic} ({r.span})"
        ev = EventValue(type="record", patient=f"{r.direction} {r.topic}", trigger=text[r.start : r.end])
        claims.append(make("event", r.start, r.end, subject, label, r.trigger_start, event=ev, time=r.time))
    return claims


def _occurrence_date_claims(
    text: str,
    sents: list[tuple[int, int]],
    dates: list[DateMention],
    named: Named,
    default_occ: str | None,
    make: ClaimMaker,
    lex: Lexicon,
) -> list[Claim]:
    claims: list[Claim] = []
    recurring: list[Claim] = []
    for o in find_occurrence_dates(text, sents, dates, lex, place_of):
        # one occurrence: named if the article names it ("the Ridge Fire"), else by its kind
        occurrence = name_occurrence(o.occurrence, o.start, sents[make.sentence_of(o.start)], named)
        # protests, attacks, rounds of a vote recur: two dates of an unnamed one may be two of them
        subject = occurrence_key(text, o, occurrence, lex, default_occ)
        label = f"date of the {(subject[5:] or occurrence).replace(':', ' ')}"
        claim = make("date", o.start, o.end, subject, label, o.start, time=o.time.time)
        if claim.modality == "negated" and presupposed(text, sents[make.sentence_of(o.start)][0], o.start):
            claim = claim.model_copy(update={"modality": "asserted"})  # "not clear what caused the blast on Monday"
        elif claim.modality != "asserted" and o.time.end <= o.word[0]:
            claim = claim.model_copy(update={"modality": "asserted"})  # "hoped a November 1 election would be held"
        (recurring if occurrence in lex.recurring_occurrences else claims).append(claim)
    claims.extend(unkey_two_days(recurring))
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
