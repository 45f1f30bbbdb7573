"""Counts and measures: "more than 100,000 troops", "tens of thousands", "30 miles (48 km)".

A cheap trigger scan (the compiled number pattern) finds candidate figures; only those get the
costlier context reading: the unit or counted noun after the figure, the state words around it
("killed", "on standby") that say what is measured, the owner ("Russian troops", "NATO has put"),
the occurrence it belongs to ("the quake", "the war"), and whether it is a running total.
Returns plain dicts; the caller turns them into typed claims.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..grammar import section
from ..lexicon import Lexicon, fold
from ..models import ONE_REPORT
from ..normalise.entities import Mention
from ..normalise.units import to_base
from ..read import Reading, lemmas
from .counted import coordinated_noun, nearest_state, noun_after, noun_before, state_near
from .dates import DateMention
from .event_frames import dated_other_act
from .numbers import Parsed, parse_number, value_of
from .open_counts import FAMILY_ONLY, RAW_VERB, WEAK_TOPIC, open_count, own_state, subject_noun
from .parts import bracket_whole, part_after
from .quantity_context import (
    STATE_CUT,
    clause_topic,
    country_in,
    named_owner,
    occurrence_of,
    owner_of,
    place_part,
    rate_place,
    refine_measure,
    scope_of,
    share_of,
    shared_owners,
    topic_of_figure,
    unit_context_ok,
)

G = section("quantities")

_COUNTS_OTHER = G.re("counts_other")
_LOCATIVE = G.re("locative")
_MINUS = G.re("minus")
_CONVERSION = G.re("conversion")
_CONDITION_AFTER = G.re("condition_after")
_OTHER_CLAUSE = G.re("other_clause")
_PART_OF = G.re("part_of")
_MAGNITUDE = G.re("magnitude")
_MAGNITUDE_AFTER = G.re("magnitude_after")
_MAGNITUDE_AS = G.re("magnitude_as")
_AGE = G.re("age")
_AGE_APPOSITIVE = G.re("age_appositive")
_PHONE = G.re("phone")
_SPEAKER_BEFORE = G.re("speaker_before")
_DISTRIBUTIVE_BEFORE = G.re("distributive_before")
_DISTRIBUTIVE_AFTER = G.re("distributive_after")
_FROM_ANCHOR = G.re("from_anchor")
_COMPASS = G.re("compass")

_LOOSE_BELOW = 10  # vague words for fewer than this ("several", "a few") are not compared

_LANDFALL = G.re("landfall")
_BREAKDOWN = G.re("breakdown")
_OF_THE_GROUP = G.re("of_the_group")
_SUBGROUP_COLON = G.re("subgroup_colon")
_RECENT_PERIOD = G.re("recent_period")
_BRINGING_TOTAL = G.re("bringing_total")
_NEW_INCREMENT = G.re("new_increment")
_ADDED_BEFORE = G.re("added_before")
_JOINT_NOUN = G.re("joint_noun")
_RESTATED = G.re("restated")


def _decimal(figure: str) -> bool:
    """A figure written with a decimal point ("6.9"), as magnitudes are."""
    return any(
        figure[i - 1].isdigit() and figure[i + 1 : i + 2].isdigit() for i in range(1, len(figure)) if figure[i] == "."
    )


def _part(
    reading: Reading, text: str, end: int, se: int, lex: Lexicon, whole: Shared | None, previous: QuantityHit | None
) -> tuple[str, str, int] | None:
    """A figure that counts a part of a group: (the whole's measure, the part's group, the quote's
    end). The whole is named after the figure ("of the dead"), or is the total it breaks down, or
    the count just before it ("200 people were killed, 10 of whom were civilians")."""
    of_group = bool(_PART_OF.match(text, end, se))
    if not of_group and whole is None:
        return None
    part = part_after(reading, end, lex, of_group, _POPULATION_QUALIFIERS)
    if part is None:
        return None
    if not of_group and whole is not None:
        own = noun_after(text, end, se, lex)
        if own is not None and own[0].get("measure") not in (None, whole.measure):
            return None  # "36 cases, including 23 deaths": the deaths are counted as deaths
    measure = part.measure or (whole.measure if whole is not None else None)
    if measure is None and of_group and previous is not None and previous.unit is None:
        measure = previous.measure
    population = part.population
    if measure == "cases" and population in _POPULATION_QUALIFIERS:
        population = f"{population} cases"  # as "18 confirmed cases" reads
    return (measure, population, part.end) if measure else None


@dataclass
class QuantityHit:
    start: int
    end: int
    parsed: Parsed
    measure: str
    population: str | None
    unit: str | None
    stated_unit: str | None
    owner: str | None
    occurrence: str | None
    anchor: str | None
    cumulative: bool
    pos: int  # where the figure starts (for modality)
    stated_figure: float = 0.0  # the figure in the unit as written
    topic: str | None = None  # what a percentage or amount is of
    also_owners: tuple[str, ...] = ()  # "A, B and C each won four seats": B's and C's four too
    direction: str | None = None  # "71 km southwest of Marrakesh": SW
    scope: str | None = None  # a part of the whole: "at the base camp", "Pakistan, where 50 died"
    country: str | None = None  # "90 people have died in Nepal": a country part, if the story spans several
    place: str | None = None  # "In Rouen, 14,800 marched": a place part, if the story counts in several
    period: str | None = None  # "in the past 24 hours": an increment over a period, not the total
    comparable: bool = True  # False: the figure lacks what it needs to be compared (topic, owner)
    confidence: float = 1.0  # how surely the subject key was read (lower: read off the open vocabulary)


WEAK_OWNER = 0.4
_OFFSET_AFTER = G.re("offset_after")
_OTHERS = G.re("others")
_RISEN_UP = G.re("risen_up")
_PER_PERIOD = G.re("per_period")
_RATIO = G.re("ratio")
_RATIO_BEFORE = G.re("ratio_before")
_ANCHOR_APPOSED = G.re("anchor_apposed")
_RELATIVE_ANCHORS = G.words("relative_anchors")
_ANCHOR_NAME_BEFORE = G.re("anchor_name_before")
_PER_YEAR = {"hour": 8760.0, "day": 365.0, "week": 52.0, "month": 12.0, "quarter": 4.0, "year": 1.0}
_POPULATION_QUALIFIERS = G.words("population_qualifiers")
_LIST_GAP = G.re("list_gap")
_CONFIRMING_VERB = G.re("confirming_verb")


_ESTIMATE_OF = G.re("estimate_of")
_ELIDED_AFTER = G.re("elided_after")
_CONTRAST = G.re("contrast")


def find_quantities(
    text: str,
    sentences: list[tuple[int, int]],
    dates: list[DateMention],
    mentions: list[Mention],
    lex: Lexicon,
    default_occurrence: str | None,
    reading_of: Callable[[int, int], Reading],
) -> list[QuantityHit]:
    out: list[QuantityHit] = []
    by_start = sorted(dates, key=lambda d: (d.start, d.end))
    date_spans = [(d.start, d.end) for d in by_start]
    date_starts = [a for a, _ in date_spans]
    date_reach = list(itertools.accumulate((b for _, b in date_spans), max))  # the furthest end so far

    def in_date(pos: int) -> bool:  # some date's span holds pos: one bisection, not a scan
        k = bisect_right(date_starts, pos)
        return k > 0 and date_reach[k - 1] > pos

    mi = 0
    prev_sentence_last: QuantityHit | None = None
    for ss, se in sentences:
        sent_mentions = []
        while mi < len(mentions) and mentions[mi].start < ss:
            mi += 1
        j = mi
        while j < len(mentions) and mentions[j].start < se:
            sent_mentions.append(mentions[j])
            j += 1
        taken = ss  # a figure inside the previous claim ("30 miles (48 km)") is part of it
        sent_hits: list[QuantityHit] = []
        reading = functools.partial(reading_of, ss, se)
        group, group_end = _group_of(text, ss, se, lex)
        in_sentence = by_start[bisect_left(date_starts, ss) : bisect_left(date_starts, se)]
        # "an Oct. 7 rampage by gunmen who killed 1,400": another act's toll, not the article's
        default = None if dated_other_act(text, in_sentence, lex) else default_occurrence
        last_figure: int | None = None
        subgroup = False
        listed: Shared | None = None  # the whole of a breakdown being listed
        for m in lex.figures(text, ss, se):
            if not (m.group("num") or m.group("vague")) or m.start() < taken:
                continue
            if lex.change_by_re.search(text, max(ss, m.start() - 40), m.start()):
                # "rose by 3,000 to 15,400": the change is not a claim, the new level is
                if not m.group("num2"):
                    continue
                m = lex.number_re.match(text, m.start("num2"), se)
                if m is None or not m.group("num"):
                    continue
            inherit = _elided(text, ss, m, sent_hits[-1] if sent_hits else None, prev_sentence_last, lex)
            breakdown = bool(sent_hits and _BREAKDOWN.search(text, sent_hits[-1].end, m.start()))
            bracketed = bracket_whole(text, ss, m.start(), sent_hits) if inherit is None and not breakdown else None
            if bracketed is not None:  # "23 deaths (4 confirmed, 19 probable)"
                prev = sent_hits[bracketed]
                inherit, breakdown = Shared(prev.measure, prev.population, prev.scope, prev.place, prev.country), True
            if breakdown and inherit is None and sent_hits:  # "3,614 evacuated, including 80 people with ..."
                prev = sent_hits[-1]
                inherit = Shared(prev.measure, prev.population, prev.scope, prev.place, prev.country)
            if breakdown and inherit is not None:
                listed = inherit
            elif listed is not None and last_figure is not None:
                if _LIST_GAP.search(text[last_figure : m.start()]):  # "24 recovered, 11 ... while 25 died"
                    inherit, breakdown = listed, True
                else:
                    listed = None
            if inherit is None and group is not None and m.start() > group_end:
                inherit, breakdown = group, True  # "Of the dead, 14 were in Varne and nine in ..."
            if inherit is None and (
                subgroup or last_figure is not None and _SUBGROUP_COLON.match(text, last_figure, m.start())
            ):
                # "The crew consisted of 5 members: 2 died, and 3 survived": parts of a subgroup
                inherit, breakdown, subgroup = Shared("", None, subgroup=True), True, True
            hit = _read(
                text,
                ss,
                se,
                m,
                in_date,
                sent_mentions,
                lex,
                default,
                reading,
                inherit,
                breakdown,
                sent_hits[-1] if sent_hits else None,
            )
            last_figure = m.end()
            if hit is not None:
                if hit.measure == "count" and hit.population in lex.containers:
                    # "the final figures now stand at 288": the running total told last
                    running = [h for h in out if h.measure in lex.measure_classes["running"]]
                    ref = next(
                        (h for h in reversed(running) if h.measure == "deaths"), running[-1] if running else None
                    )
                    if ref is not None:
                        hit.measure, hit.population = ref.measure, ref.population
                        hit.occurrence = hit.occurrence or ref.occurrence
                if sent_hits and _OTHERS.match(text, m.end(), se):
                    hit.population = sent_hits[-1].population  # "destroyed 62 homes and damaged 140 others"
                out.append(hit)
                out.extend(dataclasses.replace(hit, owner=o, also_owners=()) for o in hit.also_owners)
                sent_hits.append(hit)
                taken = hit.end
        prev_sentence_last = sent_hits[-1] if sent_hits else None
    return out


@dataclass
class Shared:
    """What a bare figure takes from the claim or group it belongs to."""

    measure: str
    population: str | None
    scope: str | None = None
    place: str | None = None
    country: str | None = None
    subgroup: bool = False  # a part of a group of its own ("Of the 16 Russian citizens, 7 died")


def _group_of(text: str, ss: int, se: int, lex: Lexicon) -> tuple[Shared | None, int]:
    """A sentence that opens on the group it breaks down: "Of the dead, 14 were in Varne ..."."""
    m = _OF_THE_GROUP.match(text, ss, se)
    if m is None:
        return None, ss
    noun = lex.noun_re.search(text, m.start("group"), m.end("group"))
    if noun is not None:
        spec = lex.nouns[fold(noun.group(0))]
        if "measure" in spec:
            return Shared(spec["measure"], spec.get("population") or "people"), m.end()
    state = nearest_state(text, lex, (m.start("group"), m.end("group")), None, things=False)
    if state is None:  # "Of the 16 Russian citizens, 7 died": a part of a group the lexicon cannot count
        return Shared("", None, subgroup=True), m.end()
    return Shared(state[0], "people"), m.end()


def _elided(
    text: str, ss: int, m: Any, before: QuantityHit | None, prev_sentence: QuantityHit | None, lex: Lexicon
) -> Shared | None:
    """The claim a bare figure shares its noun with: "2.8 million people marched, against 1.27
    million according to the ministry", "the unions counted 20,000 and the police 8,500", "A charity
    said 750 were on board. The UN estimated up to 400." Only counts, of a similar size."""
    if not _ELIDED_AFTER.match(text, m.end()):
        return None
    ref = None
    if before is not None and before.unit is None:
        gap = text[before.end : m.start()]
        if len(gap) < 90 and _CONTRAST.search(gap):
            ref = before
    elif before is None and prev_sentence is not None and prev_sentence.unit is None:
        verb = lex.speech_re.search(text, max(ss, m.start() - 25), m.start())
        if verb is not None and not text[verb.end() : m.start()].strip():
            ref = prev_sentence
    if ref is None or ref.parsed.figure <= 0:
        return None
    ratio = (parse_number(m, lex) or ref.parsed).figure / ref.parsed.figure
    if not 0.01 <= ratio <= 100:
        return None
    if before is ref and _BRINGING_TOTAL.search(text, before.end, m.start()):
        return Shared(ref.measure, ref.population)  # "..., bringing the total to 15,383": the whole
    return Shared(ref.measure, ref.population, ref.scope, ref.place, ref.country)


def _status_of(
    text: str, ss: int, se: int, start: int, end: int, measure: str, population: str | None, whole: Shared | None
) -> str | None:
    """Confirmed, probable or suspected: "had confirmed 60 cases" are confirmed cases, and of a whole
    of confirmed cases, "25 died" are deaths among them, the confirmed deaths."""
    if measure == "cases" and population == "cases":
        if _CONFIRMING_VERB.search(text[max(ss, start - 30) : start]) or _CONFIRMING_VERB.search(
            text[end : min(se, end + 40)]
        ):
            return "confirmed cases"
    if whole is not None and whole.measure == "cases" and measure != "cases" and whole.population:
        status = whole.population.removesuffix(" cases")
        if status in _POPULATION_QUALIFIERS and population == "people":
            return status
    return population


def _owned_noun(noun: str | None, lex: Lexicon) -> bool:
    """A counted noun that belongs to someone ("seats", "votes"): the lexicon's owned topics."""
    if not noun:
        return False
    word = fold(noun)
    topic = lex.topic_of.get(word) or lex.topic_of.get(word + "s")
    return topic in lex.owned_topics


def _no_claim(text: str, m: Any, before: str, after: str, lex: Lexicon) -> bool:
    """A figure that is no count of anything: an age, a clock time, a label, a phone number, who
    speaks ('..., said one demonstrator'), or the earlier figure of a change ('rose to 3,400 from
    1,200')."""
    if _AGE.match(after) or lex.aged_re.search(before) or lex.clock_re.match(after) or lex.label_re.search(before):
        return True
    num = m.group("num")
    if (
        before.rstrip().endswith(",")
        and num
        and num.isdigit()
        and len(num) <= 3
        and not (m.group("qual") or m.group("cur"))
        and _AGE_APPOSITIVE.match(after)
    ):
        return True  # "Ali Reza, 34, ...": an age in apposition
    if num and _PHONE_DIGITS.match(text, m.start("num")) and _PHONE.match(after):
        return True
    if _SPEAKER_BEFORE.search(before):
        return True
    return bool(lex.change_from_re.search(before + (m.group("between") or "")) and m.group("between") != "between")


def _read(
    text: str,
    ss: int,
    se: int,
    m: Any,
    in_date: Callable[[int], bool],
    mentions: list[Mention],
    lex: Lexicon,
    default_occurrence: str | None,
    reading: Callable[[], Reading],
    inherit: Shared | None = None,
    breakdown: bool = False,
    previous: QuantityHit | None = None,
) -> QuantityHit | None:
    confidence = 1.0
    owned_noun = False  # an open count of something owned ("won five seats"): whose, from the sentence
    fig_start = m.start("vague") if m.group("vague") else m.start("num")
    if in_date(fig_start):
        return None
    before = text[max(ss, m.start() - 40) : m.start()]
    after = text[m.end() : min(se, m.end() + 40)]
    if _no_claim(text, m, before, after, lex):
        return None
    # "each made up of 700 to 800 troops", "₹2 lakh to each family": per unit, its own subject
    per_unit = bool(_DISTRIBUTIVE_BEFORE.search(before) or _DISTRIBUTIVE_AFTER.match(after))
    parsed = parse_number(m, lex)
    if parsed is None:
        return None
    ratio = _RATIO.match(text, m.end(), se)
    if ratio is not None and parsed.figure <= 10 and parsed.figure < (value_of(ratio.group("whole"), lex) or 0):
        return None  # "nearly 1 in 4 of the population": a proportion, not a count
    if _RATIO_BEFORE.search(text, max(ss, m.start() - 20), m.start()):
        return None  # "1 in 3 residents": the proportion's second term
    if parsed.qualifier == "up_to" and _RISEN_UP.search(text, max(ss, m.start() - 20), m.start()):
        parsed = dataclasses.replace(parsed, qualifier="exact")  # "has gone up to 2,497": the level reached
    stated_figure = parsed.figure
    start, end = m.start(), m.end()
    restated = _RESTATED.match(text, end, se)
    if restated and m.group("num") and not m.group("num")[0].isdigit():
        end = restated.end()  # "thirty-nine (39) people": the digits restate the words
    start += len(text[start:end]) - len(text[start:end].lstrip())
    unit = stated = None
    measure: str | None = None
    population: str | None = None
    mods: list[str] = []
    anchor: str | None = None
    direction: str | None = None
    cur = m.group("cur") or m.group("cur2")
    um = lex.unit_re.match(
        text, end + (len(text[end:se]) - len(text[end:se].lstrip())) if text[end : end + 1] != "-" else end + 1, se
    )
    if um is not None:
        spec0 = lex.units.get(um.group(0).lower())
        if (
            spec0 is not None
            and spec0.get("needs_context")
            and not unit_context_ok(um.group(0).lower(), text, um.end(), se)
        ):
            um = None  # "15,400 in the past week": 'in' is not inches here
    if cur:
        measure, unit = "money", lex.currencies[cur.lower()]
        stated = unit
    elif (
        _MAGNITUDE.search(before)
        or _MAGNITUDE_AFTER.match(after)
        or _decimal(m.group(0))
        and _MAGNITUDE_AS.search(text, max(ss, m.start() - 80), m.start())
    ):
        measure, unit, stated = "magnitude", None, "magnitude"
        mm = _MAGNITUDE_AFTER.match(after)
        if mm:
            end = m.end() + mm.end()
    elif um is not None:
        word = um.group(0).lower()
        if word in lex.currencies:
            measure, unit, stated = "money", lex.currencies[word], word
        else:
            spec = lex.units[word]
            measure = str(spec["measure"])
            base = lex.base_units.get(measure)
            stated = word
            if measure == "temperature" and _MINUS.search(text, max(ss, start - 7), start):
                parsed = parsed.converted(_negate)  # "minus 20 degrees Celsius"
                stated_figure = -stated_figure
            unit = base or str(spec["unit"])
            if base:
                stated_pint = str(spec["unit"])
                parsed = parsed.converted(functools.partial(_convert, unit=stated_pint, base=base))
        end = um.end()
        if measure == "duration" and _OFFSET_AFTER.match(text, end, se):
            return None  # "two days after the blast": a time, not a duration
        conv = _CONVERSION.match(text, end, se)
        if conv:  # "30 miles (48 km)": the conversion is part of the same claim
            end = conv.end()
        measure = refine_measure(measure, text, ss, se, start, end, lex)
        if measure == "distance":
            am = _FROM_ANCHOR.match(text, end, se)
            anchor = am.group(1).lower().removesuffix("'s").removesuffix("’s") if am else None
            if am is not None:
                anchor = _anchor_name(text, ss, se, start, am.end(1), anchor) or anchor
                direction = _direction(text, end, am.end(1))
    part = None
    if measure is None:
        part = _part(reading(), text, end, se, lex, inherit if breakdown else None, previous)
        if part is not None:
            measure, population, end = part
    if measure is None:
        if _PART_OF.match(text, end, se):
            return None  # "55 of 75 confirmed dead", "one of the victims": a part of a group we cannot read
        noun = (
            noun_after(text, end, se, lex)
            or coordinated_noun(text, end, se, lex)
            or noun_before(text, ss, start, lex, bool(m.group("qual")))
        )
        thing = False
        if noun is not None:
            spec, nend, mods = noun
            population = spec.get("population")
            qualified = [w.lower() for w in mods if w.lower() in _POPULATION_QUALIFIERS]
            if qualified and population:
                population = f"{qualified[-1]} {population}"  # "18 confirmed cases": a part of all cases
            measure = spec.get("measure")
            thing = bool(spec.get("thing"))
            end = max(end, nend)
            joint = _JOINT_NOUN.match(text, end, se) if population else None
            if joint is not None:  # "10,000 soldiers and police officers": both groups together
                population = f"{population} and {lemmas(joint.group('noun').lower())[0] or joint.group('noun')}"
        if (
            (noun is None or "measure" not in noun[0])
            and _LOCATIVE.search(text, max(ss, start - 20), start)
            and not (noun is not None and noun[0].get("population") in ("people", "troops", "civilians", "children"))
        ):
            return None  # "killed in the two countries": a place count, not a victim count
        other = noun is None and _COUNTS_OTHER.match(text, end, se) and not lex.state_re_any.match(text, end, se)
        # "one blaze": the figure counts a thing the lexicon does not know; the open reading says what
        state = None if other else state_near(text, ss, se, start, end, lex, things=thing)
        own_measure, own_lemma = (
            own_state(reading(), end, lex) if state is not None or noun is not None else (None, None)
        )
        if own_lemma is not None and state is not None:
            # "288 have died and over 800 have been reported injured": the state in the figure's own
            # clause, after it, wins over a nearer one in the clause before
            cut = STATE_CUT.search(text, end, min(se, end + 60))
            right = nearest_state(text, lex, None, (end, cut.start() if cut else min(se, end + 60)), things=thing)
            if right is not None:
                state = (right[0], 0)
        if (
            own_measure is None
            and own_lemma
            and noun is not None
            and noun[0].get("measure") in lex.measure_classes["by_verb"]
        ):
            measure = f"{noun[0]['measure']}:{own_lemma.replace(' ', '_')}"  # "88 bodies have been identified"
        elif (
            own_measure is not None
            and noun is not None
            and noun[0].get("measure") in lex.measure_classes["casualty"]
            and own_measure != noun[0].get("measure")
        ):
            measure = own_measure  # "793 injured passengers had been released": what happened to them next
        estimate = False
        if state is None and noun is None and _ESTIMATE_OF.search(text, max(ss, start - 40), start):
            # "gave a rough estimate of 35,000 to 50,000": the estimate is of what the sentence counts
            state, estimate = nearest_state(text, lex, (ss, start), None, things=False), True
        if state is not None and (noun is not None or estimate or state[1] < 45):
            if population is None:
                population = "people"
            # who they are (troops, protesters) gives way to what happened to them (killed, detained)
            if measure is None or measure in lex.measure_classes["yields_to_state"] or state[0] in ("standby",):
                measure = state[0]
        if measure is None and noun is None and inherit is not None and not inherit.subgroup and not breakdown:
            measure, population = inherit.measure, inherit.population  # "..., against 1.27 million"
        noun_measure = noun[0].get("measure") if noun is not None else None
        if thing and measure not in lex.thing_states and measure not in lex.both_states and measure != noun_measure:
            return None  # "40 homes" only count as destroyed or damaged; "92 fires" count themselves
        if measure is None and inherit is not None and breakdown and not inherit.subgroup and inherit.measure:
            own = open_count(reading(), start, m.end(), lex) if noun is None or "measure" not in noun[0] else None
            if own is not None and own.measure != "count" and own.confidence >= FAMILY_ONLY:
                # "1,175 were admitted, and of them, 793 were discharged": the part's own state
                measure, confidence, end = own.measure, own.confidence, max(end, own.end)
            else:
                measure = inherit.measure  # "killed five people, including two children": the children's deaths
                if noun is None:
                    population = inherit.population
        unknown = False  # "56 containing hazardous materials": what is counted is not said
        if measure is None and not (inherit is not None and inherit.subgroup):
            opened = open_count(reading(), start, m.end(), lex)
            if opened is not None:
                unknown = noun is None and opened.population is None and opened.confidence == RAW_VERB
                measure, confidence = opened.measure, opened.confidence
                population = population or opened.population
                end = max(end, opened.end)
                owned_noun = _owned_noun(opened.population, lex)
        if measure is None:
            return None
        if population is None and not unknown:
            population = "people"
        whole = inherit if breakdown and noun is None else None  # "23 deaths" names its own whole
        population = _status_of(text, ss, se, start, end, measure, population, whole)
        condition = _CONDITION_AFTER.match(text, end, se)
        if (
            condition is not None and population is not None
        ):  # "one injured is critical": those in that condition, a part
            population = f"{population} ({condition.group('condition').lower()})"
    occurrence = None
    classes = lex.measure_classes
    casualty = measure in classes["casualty"]
    if casualty or measure in classes["occurrence"]:
        occurrence = occurrence_of(text, ss, se, start, lex, casualty) or default_occurrence
    owner = None
    also_owners: tuple[str, ...] = ()
    if measure in classes["owned"]:
        owner = owner_of(text, ss, start, mods, mentions, lex)
    elif measure in classes["named_owner"]:
        owner = named_owner(text, ss, start, lex)  # "Labour has won 412 seats"
    elif population == "troops":  # "five Russian soldiers killed": only a stated owner counts
        owner = next((o for w in mods if (o := lex.demonyms.get(w.lower()))), None)
    elif owned_noun:  # "Reform UK won five seats": whose seats, read off the sentence
        shared = shared_owners(text, ss, start, lex)  # "A, B and C each secured four seats"
        owner, also_owners = (shared[0], tuple(shared[1:])) if shared else (named_owner(text, ss, start, lex), ())
        if owner is None:
            confidence = min(confidence, WEAK_OWNER)
    # a running-total word ("already", "so far") says nothing of a figure in a clause of another
    # time after it: "already the worst since 1967 when 500 died"
    cumulative = casualty and any(
        not (m.group(0).lower() == "since" and lex.superlative_since_re.search(text, max(ss, m.start() - 50), m.end()))
        and not (m.end() <= start and _OTHER_CLAUSE.search(text, m.end(), start))
        for m in lex.running_total_re.finditer(text, ss, se)
    )
    comparable_part = True
    period = None
    if casualty:
        # "27 people died in the past 24 hours", "22 died on Thursday, pushing the toll over 1,500":
        # a day's increment, not the running total
        recent = _RECENT_PERIOD.search(text, ss, min(se, end + 60))
        if recent is not None:
            period = " ".join(recent.group("period").lower().split())
        elif _BRINGING_TOTAL.search(text, end, se):
            period = "one update"
        elif _NEW_INCREMENT.match(text, m.end(), se):
            period = "one update"  # "102 new suspected cases", "eight more bodies"
        if period is not None:
            cumulative = False
    # an owned tally is split by place too ("lost 12 seats in Wales" is no national figure)
    placed = casualty or measure in classes["snapshot"] or owned_noun
    scope = scope_of(text, ss, se, start, end) if placed else None
    place = place_part(text, ss, se, start, end, lex) if placed and scope is None else None
    if place is not None and place.startswith("part: "):
        scope, place = place[len("part: ") :], None
    country = country_in(text, ss, se, start, end, mentions, lex) if placed else None
    if inherit is not None and scope is None and place is None and country is None:
        if breakdown:  # "48 dead, including 43 in Acapulco": a part; with no place, of an unknown kind
            # ... unless it names a group of its own ("including 474 children": the children's count)
            comparable_part = not inherit.subgroup and (measure != inherit.measure or population != inherit.population)
        else:  # "Marseille, where 40,000 marched, against 26,000 ...": the same place
            scope, place, country = inherit.scope, inherit.place, inherit.country
    topic = None
    # whose troops, whose seats? unknown: not compared
    if measure in classes["owned"] | classes["named_owner"] and owner is None:
        confidence = min(confidence, WEAK_OWNER)  # whose troops? unknown: compared, but only as a note
    comparable = comparable_part
    if parsed.qualifier == "vague" and (parsed.high or 0) < _LOOSE_BELOW:
        comparable = False  # "several people have died": a manner of speaking, not an estimate
    if measure in classes["unanchored"] and anchor is None:
        # "30 metres" of what? the noun it modifies or is said of, if any, with a weaker key
        anchor = subject_noun(reading(), start, end, lex)
        if anchor is None:
            comparable = False
        else:
            confidence = min(confidence, WEAK_TOPIC)
    if per_unit:
        scope = "each"
    if measure in classes["momentary"]:
        # a storm's winds change by the hour: compared at landfall, the one moment outlets share
        if _LANDFALL.search(text, ss, se):
            anchor = "landfall"
        else:
            comparable = False
    if _SUPERSEDED.search(text, max(ss, start - 80), start):
        comparable = False  # "the previous toll ... indicated 2,012 dead": an earlier update
    if (
        not casualty
        and unit is None
        and period is None
        and (_NEW_INCREMENT.match(text, m.end(), se) or _ADDED_BEFORE.search(text, max(ss, start - 20), start))
    ):
        period = "one update"  # "5,000 additional soldiers": an addition, compared with additions only
    if measure in classes["rates"] and lex.change_direct_re.search(text, max(ss, start - 30), start):
        return None  # "exports fell 12 percent", "shares jumped 9%": a change, not a level
    if measure in classes["topical"]:
        share = share_of(text, ss, se, start, end, lex)  # "6% of its corporate workforce"
        if share is not None and share[1] is not None and scope is None:
            scope = share[1]  # the part of the whole the share is of
        topic = (share[0] if share else None) or topic_of_figure(text, ss, se, start, end, lex)
        topic = topic or clause_topic(reading(), start, lex)
        if topic is None:
            topic = subject_noun(reading(), start, end, lex)  # "a $2 billion deal": the deal's value
            if topic is None and measure == "jobs":  # "cutting about 10,000 jobs": what happened to them
                opened = open_count(reading(), start, m.end(), lex)
                topic = opened.measure if opened is not None and opened.measure != "count" else None
            confidence = min(confidence, WEAK_TOPIC)
        if measure == "jobs" and topic in ("growth", "added"):
            topic = "payrolls"  # "the growth from December's 260,000 jobs", "employers added 517,000 jobs"
        if topic is None:
            comparable = False
        elif topic in lex.owned_topics:
            owner = named_owner(text, ss, start, lex)
            comparable = owner is not None
        elif scope is None and (local := rate_place(text, ss, start, lex)) is not None:
            scope = local  # "Scotland 59%": a region's turnout, not the country's
        if topic == "count_progress":
            # how far a count has got changes by the hour: compared only within one report, whose
            # claims are of one moment ("74% of ballot boxes opened" against "23.87%" in one article)
            anchor = ONE_REPORT
        elif any(lex.topic_of.get(fold(t.group(0))) == "count_progress" for t in lex.topic_re.finditer(text, ss, se)):
            comparable = False  # shares while the count goes on change by the hour: not compared
    if measure == "jobs" and topic == "laid_off" or measure == "laid_off" and population == "jobs":
        # "cutting 10,000 jobs" and "laying off 10,000 employees" are one count
        measure, population, topic = "laid_off", "workers", None
    rate = _PER_PERIOD.match(text, end, se)
    if rate is not None:
        # "EUR 2M a week" against "EUR 2M a year": rates meet per year, and never meet a total
        factor = _PER_YEAR[(rate.group("period") or rate.group("period2")).lower()]
        parsed = parsed.converted(functools.partial(_times, factor=factor))
        anchor = f"{anchor} per year" if anchor else "per year"
        end = rate.end()
    return QuantityHit(
        start,
        end,
        parsed,
        measure,
        population,
        unit,
        stated,
        owner,
        occurrence,
        anchor,
        cumulative,
        m.start("vague") if m.group("vague") else m.start("num"),
        stated_figure=stated_figure,
        topic=topic,
        comparable=comparable,
        scope=scope,
        place=place,
        country=country,
        period=period,
        confidence=confidence,
        also_owners=also_owners,
        direction=direction,
    )


def _direction(text: str, lo: int, hi: int) -> str | None:
    """The compass direction between a distance and its anchor, as letters: "southwest of" is SW."""
    m = _COMPASS.search(text, lo, hi)
    if m is None:
        return None
    ns, ew = m.group("ns"), m.group("ew") or m.group("ew2")
    return "".join(w[0].upper() for w in (ns, ew) if w)


def _anchor_name(text: str, ss: int, se: int, start: int, after: int, anchor: str | None) -> str | None:
    """The place a distance is measured from, when its anchor is a common noun: the name set in
    apposition ("the capital, Rabat"), or, for an anchor that is the other end's role ("some 350 km
    away from the epicentre"), the name the sentence gives before the figure ("Rabat, ...")."""
    if anchor is None or not text[after - len(anchor) : after].islower():
        return None
    apposed = _ANCHOR_APPOSED.match(text, after, se)
    if apposed is not None:
        return apposed.group("name").lower()
    if anchor in _RELATIVE_ANCHORS:
        named = _ANCHOR_NAME_BEFORE.search(text, max(ss, start - 40), start)
        return named.group("name").lower() if named else None
    return None


def _times(value: float, factor: float) -> float:
    return value * factor


def _negate(value: float) -> float:
    return -value


def _convert(value: float, unit: str, base: str) -> float:
    return to_base(value, unit, base)


_SUPERSEDED = G.re("superseded")
_PHONE_DIGITS = G.re("phone_digits")
