"""What a figure is said of, the last stage of reading a count or measure.

The occurrence it belongs to ("the quake"), its owner ("Russian troops", "Labour has won"), the time
it covers (a running total, a day's increment, an addition, a rate per period), the part of the
whole it is (a place, a country, a scope), and what a share or an amount is of.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from ..grammar import section
from ..lexicon import Lexicon, fold
from ..models import ONE_REPORT
from ..normalise.entities import Mention
from ..read import Reading
from ..read.literal_gate import gated
from .act_lengths import act_lasting, held_or_nearing, rule_holder
from .ballots import ballot_topic
from .figure import Figure, QuantityHit, Shared
from .figure_gates import Gate
from .figure_occurrence import occurrence_of
from .money import kind_in_after, money_role
from .open_counts import WEAK_TOPIC, open_count
from .owners import named_owner, owner_of, shared_owners
from .parts import manner_part, placed_as_whole, restated_sum
from .persons import Cast
from .prison_terms import Term, prison_term, verdict_count
from .quantity_context import (
    clause_topic,
    country_in,
    place_part,
    rate_place,
    scope_of,
    share_of,
    topic_of_figure,
)
from .rates import (
    INDICES,
    component,
    earlier_month_rate,
    earlier_topic,
    expected_after,
    rate_level,
    rate_moved,
    rate_period,
    rate_rise,
    sector_of,
    told_from_the_past,
    with_period,
)
from .results import no_share, results_topic
from .revisions import set_aside
from .subject_nouns import subject_noun, thing_before
from .told_parts import told_apart
from .zones import zone_of

G = section("figure_context")

_OTHER_CLAUSE = gated(G.re("other_clause"))
_LANDFALL = gated(G.re("landfall"))
_RECENT_PERIOD = Gate(G.re("recent_period"))
_LONG_PERIOD = gated(G.re("long_period"))
BRINGING_TOTAL = gated(G.re("bringing_total"))
_NEW_INCREMENT = G.re("new_increment")
_BESIDES = G.words("besides")
_OTHER_THAN = G.words("other_than")
_DEAD_BEFORE = G.re("dead_before")
_MARGIN_AFTER = Gate(G.re("margin_after"))
_LIMIT_BEFORE = Gate(G.re("limit_before"))
_FATES_BESIDES_DEATH = G.words("fates_besides_death")
_ADDED_BEFORE = gated(G.re("added_before"))
_SUPERSEDED = Gate(G.re("superseded"))
_TOLD_EARLIER = Gate(G.re("told_earlier"))
_CHANGED_BY = G.re("changed_by")
_PER_PERIOD = Gate(G.re("per_period"))
_PEAK_HEAT_ANCHORS = G.words("peak_heat_anchors")
_PER_SHARE = G.re("per_share")
_PAID_BEFORE = G.re("paid_before")
_BOUGHT_FOR = G.re("bought_for")
_MARKET_PRICE_BEFORE = G.re("market_price_before")
_AIR_HEAT = gated(G.re("air_heat"))
_HELD_TALLY = G.words("held_tally")
_TALLY_WHOLE_BEFORE = G.re("tally_whole_before")
_EARLY_COUNT = G.re("early_count")
_PART_PLACE_AFTER = G.re("part_place_after")
_SIZED_WHOLE_BEFORE = G.re("sized_whole_before")
AIR_HEAT = 0.7  # a temperature keyed as the air's heat by the words around it: a warning at most

WEAK_OWNER = 0.4
TERM = 0.8  # a prison term keyed by the words of sentencing around it: a warning at most
_LOOSE_BELOW = 10  # vague words for fewer than this ("several", "a few") are not compared
_PER_YEAR = {"hour": 8760.0, "day": 365.0, "week": 52.0, "month": 12.0, "quarter": 4.0, "year": 1.0}


def read_context(
    fig: Figure,
    measure: str,
    text: str,
    ss: int,
    se: int,
    mentions: list[Mention],
    lex: Lexicon,
    default_occurrence: str | None,
    reading: Callable[[], Reading],
    inherit: Shared | None,
    breakdown: bool,
    cast: Cast,
) -> QuantityHit | None:
    """The claim a read figure makes, with what it is said of; None: a change, not a level.
    ``cast``: the people the article names, for owners told short ("Atiku won", "he polled")."""
    verdict = verdict_count(text, ss, se, fig.start, fig.figure_end, cast, lex) if measure != "duration" else None
    if verdict is not None:  # "found guilty on four counts": the counts of a verdict, whose it is
        measure, fig.population, fig.confidence = "count", verdict.population, TERM
        fig.start, fig.parsed = verdict.start or fig.start, verdict.parsed or fig.parsed
    start, end, population = fig.start, fig.end, fig.population
    if measure == "deaths" and (manner := manner_part(reading(), start, population)) is not None:
        population = manner  # "11 drowned and 18 others were burned to death": parts of the toll by manner
    classes = lex.measure_classes
    casualty = measure in classes["casualty"]
    occurrence = None
    if casualty or measure in classes["occurrence"]:
        occurrence = occurrence_of(text, ss, se, start, lex, casualty, default_occurrence) or default_occurrence
    act = act_lasting(fig, text, ss, se, lex) if measure == "duration" else None
    term = _term(fig, text, ss, se, lex, cast) if act is None and measure == "duration" else None
    if act is None and term is None and measure == "duration":
        held_or_nearing(fig, text, ss, se, reading)
    if act is None and fig.clock_unit and fig.anchor is None:
        return None  # "after 90 hours under the rubble", "in 24 hours": a time or a period, not a length
    if act is not None:  # "24 hours of shelling", "the war lasted 44 days": how long the occurrence's act lasted
        occurrence, fig.anchor = act[0] or default_occurrence, act[1]
    measure = _held_tally(fig, measure, text, ss, lex)
    owner, also_owners = _owners(fig, measure, text, ss, se, mentions, lex, cast)
    if term is not None or verdict is not None:
        owner, end = term.person if term is not None else verdict.person if verdict else None, fig.end
    cumulative, period = _time_covered(fig, casualty, text, ss, se, lex, measure in classes["snapshot"])
    # a count true at one moment is no running total, whatever "still" or "so far" says ("five are
    # still missing" after "14 remain missing": the missing are found)
    cumulative = cumulative and measure not in classes["snapshot"]
    # an owned tally is split by place too ("lost 12 seats in Wales" is no national figure)
    placed = (
        casualty or measure in classes["snapshot"] | classes["headcount"] | classes["named_owner"] or fig.owned_noun
    )
    scope = scope_of(text, ss, se, start, end, lex, measure == "injured") if placed else None
    place = place_part(text, ss, se, start, end, lex, casualty) if placed and scope is None else None
    if place is not None and _SIZED_WHOLE_BEFORE.search(text, max(ss, start - 30), start):
        # "Twenty-five of the 26 who died were in Velm": Velm is the part's place, not the whole's
        place = None if _PART_PLACE_AFTER.match(text, end, se) else place
    if place is not None and place.startswith("part: "):
        scope, place = place[len("part: ") :], None
    country = country_in(text, ss, se, start, end, mentions, lex) if placed else None
    comparable = True
    if inherit is not None and scope is None and placed_as_whole(place, country, inherit, breakdown):
        if breakdown:  # "48 dead, including 43 in Acapulco": a part; with no place, of an unknown kind
            # ... unless it names a group of its own ("including 474 children": the children's count)
            # a part of a group the lexicon cannot count is compared only as who it was ("Of the
            # victims, 16 were Kenyan"), never as what happened to it ("Of the 16 citizens, 7 died")
            named = measure == "count" and population not in (None, "people")
            named = named or inherit.subgroup and population is not None and population == inherit.population
            comparable = (not inherit.subgroup or named) and (
                measure != inherit.measure or population != inherit.population
            )
        else:  # "Marseille, where 40,000 marched, against 26,000 ...": the same place
            scope, place, country = inherit.scope, inherit.place, inherit.country
    # whose troops, whose seats? unknown: not compared
    if measure in classes["owned"] | classes["named_owner"] and owner is None:
        fig.confidence = min(fig.confidence, WEAK_OWNER)  # whose troops? unknown: compared, but only as a note
        # whose votes? a race has several contestants, so a count nobody owns meets none of theirs;
        # a count of all of them ("117 million valid votes") is the race's, and compared
        comparable = comparable and (measure not in classes["named_owner"] or fig.population not in (None, measure))
    comparable = comparable and (owner is not None or fig.anchor != "rule" or measure != "duration")
    if fig.parsed.qualifier == "vague" and (fig.parsed.high or 0) < _LOOSE_BELOW:
        comparable = False  # "several people have died": a manner of speaking, not an estimate
    anchor, comparable = _anchor(fig, measure, comparable, act is not None, text, ss, se, lex, reading)
    comparable = comparable and (term is None or term.comparable) and (verdict is None or verdict.comparable)
    if fig.per_unit:
        scope = "each"
    if set_aside(text, ss, se, start, end):
        comparable = False  # "226 and not 310": a figure the article rejects
    if _MARGIN_AFTER.match(text, end, se):
        comparable = False  # "$3 billion above what the Street was expecting": a margin, not a level
    if told_apart(text, ss, se, start, end):
        comparable = False  # "found on Monday and others on Tuesday", "first killed two pupils": a part
    # "the previous toll ... indicated 2,012 dead": an earlier update, a figure of an earlier time
    told = _SUPERSEDED.search(text, max(ss, start - 80), start) or _TOLD_EARLIER.match(text, ss, start)
    earlier = told.start() if told and verdict is None else None  # "was previously found guilty on"
    if (
        not casualty
        and fig.unit is None
        and period is None
        and (_NEW_INCREMENT.match(text, fig.figure_end, se) or _ADDED_BEFORE.search(text, max(ss, start - 20), start))
    ):
        period = None if verdict else "one update"  # "5,000 additional soldiers": an addition
    if (
        measure in classes["rates"]
        and lex.change_direct_re.search(text, max(ss, start - 30), start)
        and not (measure == "percentage" and rate_level(text, ss, se, start, end, fig.figure_end))
    ):
        return None  # "exports fell 12 percent", "shares jumped 9%": a change, not a level (prices: a rate)
    if measure == "percentage" and rate_moved(text, ss, se, start, end):
        return None  # "the inflation number was 1% higher than a month ago": how far the rate moved
    if measure == "percentage" and told_from_the_past(text, ss, se, start, end):
        comparable = False  # "had reached 10.1% last month": last from when? not compared
    if measure == "percentage" and no_share(text, ss, start):
        comparable = False  # "$656 million $6.19 billion 843%", "plus or minus 2%": no level
    topic = None
    if measure in classes["topical"]:
        topic, scope, owner, anchor, comparable = _topic(
            fig, measure, scope, owner, anchor, comparable, text, ss, se, lex, reading, cast
        )
    if topic == "containment" and occurrence is None:  # "a second fire is 60% contained": that fire's
        occurrence = occurrence_of(text, ss, se, start, lex, False, default_occurrence) or default_occurrence
    if measure == "added" and population == "jobs":
        measure, topic = "jobs", "payrolls"  # "the number of jobs added ... -- 223,000": as "added 517,000 jobs"
    if measure == "jobs" and topic in ("laid_off", "layoffs") or measure == "laid_off" and population == "jobs":
        # "cutting 10,000 jobs", "laying off 10,000 employees" and "layoffs will increase to 18,000
        # roles" are one count
        measure, population, topic = "laid_off", "workers", None
    parsed = fig.parsed
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
        fig.unit,
        fig.stated,
        owner,
        occurrence,
        anchor,
        cumulative,
        fig.pos,
        stated_figure=fig.stated_figure,
        topic=topic,
        comparable=comparable,
        scope=scope,
        place=place,
        country=country,
        period=period,
        confidence=fig.confidence,
        also_owners=also_owners,
        direction=fig.direction,
        earlier=earlier,
        part=fig.part,
    )


def _term(fig: Figure, text: str, ss: int, se: int, lex: Lexicon, cast: Cast) -> Term | None:
    """A prison term, or a period served after one ("sentenced to 11 years", "three years of
    supervised release"): keyed by its role and whose it is, its months added to its years."""
    term = prison_term(text, ss, se, fig.start, fig.end, fig.parsed, cast, lex)
    if term is None:
        return None
    fig.anchor, fig.confidence = term.anchor, min(fig.confidence, TERM)
    if term.parsed is not None and term.end is not None:
        fig.parsed, fig.end = term.parsed, term.end
    return term


def _held_tally(fig: Figure, measure: str, text: str, ss: int, lex: Lexicon) -> str:
    """A count of something owned (seats, votes) told with no verb or one of holding or getting
    ("the Velm Party with 208 seats", "will receive 208 seats") is the tally won, as "won 208
    seats" is: 'win'; a gain or a loss stays a change, a whole ("93 of 264 seats") no one's tally.
    The figure is then read for its owner."""
    word = fold(fig.population or "")
    if measure not in _HELD_TALLY or (lex.topic_of.get(word) or lex.topic_of.get(word + "s")) not in lex.owned_topics:
        return measure
    if _TALLY_WHOLE_BEFORE.search(text, max(ss, fig.start - 30), fig.start):
        fig.owned_noun = False  # "won 212 of the 400 seats": the chamber's seats, no one's
        return measure
    fig.owned_noun = True
    return "win"


def _owners(
    fig: Figure, measure: str, text: str, ss: int, se: int, mentions: list[Mention], lex: Lexicon, cast: Cast
) -> tuple[str | None, tuple[str, ...]]:
    """Whose troops, whose seats: the owner named in the sentence, and the others that share the figure."""
    classes = lex.measure_classes
    start = fig.start
    if measure == "duration" and fig.anchor == "rule":  # a father's rule and his son's are two
        return rule_holder(fig, text, ss, se, lex, cast), ()
    if measure in classes["owned"]:
        return owner_of(text, ss, start, fig.mods, mentions, lex), ()
    if measure in classes["named_owner"] | classes["headcount"]:
        # "Labour has won 412 seats", "Amazon employs 1.6 million" (an employer, never a person)
        return named_owner(text, ss, start, lex, None if measure in classes["headcount"] else cast), ()
    if fig.population == "troops":  # "five Russian soldiers killed": only a stated owner counts
        # "U.S. soldiers" as "US soldiers": an abbreviation's full stops are no part of its name
        return next((o for w in fig.mods if (o := lex.demonyms.get(w.lower().replace(".", "")))), None), ()
    if not fig.owned_noun:
        return None, ()
    # "Reform UK won five seats": whose seats, read off the sentence
    shared = shared_owners(text, ss, start, lex, cast)  # "A, B and C each secured four seats"
    owner, also_owners = (shared[0], tuple(shared[1:])) if shared else (named_owner(text, ss, start, lex, cast), ())
    if owner is None:
        fig.confidence = min(fig.confidence, WEAK_OWNER)
    return owner, also_owners


def _time_covered(
    fig: Figure, casualty: bool, text: str, ss: int, se: int, lex: Lexicon, snapshot: bool = False
) -> tuple[bool, str | None]:
    """Whether a casualty count is a running total, and the period it is the increment of, if any."""
    start, end = fig.start, fig.end
    # a running-total word ("already", "so far") says nothing of a figure in a clause of another
    # time after it: "already the worst since 1967 when 500 died"
    cumulative = casualty and any(
        not (m.group(0).lower() == "since" and lex.superlative_since_re.search(text, max(ss, m.start() - 50), m.end()))
        and not (m.end() <= start and _OTHER_CLAUSE.search(text, m.end(), start))
        for m in lex.running_total_re.finditer(text, ss, se)
    )
    if not casualty:
        return cumulative, None
    # "27 people died in the past 24 hours", "22 died on Thursday, pushing the toll over 1,500":
    # a day's increment, not the running total
    period = None
    recent = _RECENT_PERIOD.search(text, ss, min(se, end + 60))
    if recent is None:  # "3,000 have died in mining accidents over the past 70 years"
        recent = _LONG_PERIOD.search(text, ss, min(se, end + 100))
        if recent is not None and lex.superlative_before_re.search(text, max(ss, recent.start() - 60), recent.start()):
            recent = None  # "the deadliest in the past 50 years": the record's period
    changed = _CHANGED_BY.search(text, max(ss, start - 140), start)
    if changed is not None:  # "lowered the toll by 106": a revision's size, never the toll
        period = "one revision" if changed.group("down") else "one update"
    elif recent is not None:
        period = " ".join(recent.group("period").lower().split())
    elif BRINGING_TOTAL.search(text, end, se):
        period = "one update"
    elif (added := _NEW_INCREMENT.match(text, fig.figure_end, se)) and not (
        (snapshot or _besides_the_dead(fig, text, ss))
        and fold(added.group(0)) in _BESIDES
        or fig.part
        and fold(added.group(0)) in _OTHER_THAN
    ):
        # "102 new suspected cases", "eight more bodies"; but a count true at one moment adds to
        # no total: "killing 79, with hundreds more still missing" are those missing besides the dead
        period = "one update"
    return (False, period) if period is not None else (cumulative, None)


def _besides_the_dead(fig: Figure, text: str, ss: int) -> bool:
    """A count of another fate than death after a count of the dead in its sentence ("137 dead and
    182 more injured"): its "more" means besides the dead."""
    return fig.measure in _FATES_BESIDES_DEATH and bool(_DEAD_BEFORE.search(text, max(ss, fig.start - 100), fig.start))


def _anchor(
    fig: Figure,
    measure: str,
    comparable: bool,
    of_act: bool,
    text: str,
    ss: int,
    se: int,
    lex: Lexicon,
    reading: Callable[[], Reading],
) -> tuple[str | None, bool]:
    """What a measure is taken of or at: "30 metres" of what, a storm's winds at landfall, or the
    limit it is ("the permitted 200 feet": what may be, never what was; a measure's limit is a fact
    of its own that outlets compare, a count's is not compared)."""
    classes = lex.measure_classes
    anchor, told = fig.anchor, comparable
    if measure in ("distance", "length") and (zone := zone_of(text, ss, se, fig.start, fig.end)) is not None:
        anchor = zone  # "residents within a 1-mile radius were ordered to evacuate": the zone's radius
    if measure in classes["unanchored"] and anchor is None and not of_act:
        # "30 metres" of what? the noun it modifies or is said of, if any, with a weaker key
        anchor = subject_noun(reading(), fig.start, fig.end, lex, names=True)
        anchor = lex.objects.get(anchor, anchor) if anchor is not None else None  # "vessel" is the ship
        if measure in classes["of_a_thing"] and anchor not in lex.objects:
            anchor = thing_before(reading(), fig.start, lex)  # "the plane was at an altitude of 325 feet"
        if anchor is None:
            comparable = False
        else:
            fig.confidence = min(fig.confidence, WEAK_TOPIC)
    if measure == "temperature" and anchor in _PEAK_HEAT_ANCHORS | {None} and _AIR_HEAT.search(text, ss, se):
        # "temperatures soared to 51C", "a maximum of 51C", "heat of up to 51C": the air's heat
        anchor, comparable = "temperature", True
        fig.confidence = max(fig.confidence, AIR_HEAT)
    if measure in classes["momentary"]:
        # a storm's winds change by the hour: compared at landfall, the one moment outlets share
        if _LANDFALL.search(text, ss, se):
            anchor = "landfall"
        else:
            comparable = False
    if _LIMIT_BEFORE.search(text, max(ss, fig.start - 80), fig.start):
        return ("limit", told) if fig.unit is not None else (anchor, False)
    return anchor, comparable


def _topic(
    fig: Figure,
    measure: str,
    scope: str | None,
    owner: str | None,
    anchor: str | None,
    comparable: bool,
    text: str,
    ss: int,
    se: int,
    lex: Lexicon,
    reading: Callable[[], Reading],
    cast: Cast,
) -> tuple[str | None, str | None, str | None, str | None, bool]:
    """What a share or an amount is of ("6% of its corporate workforce", "a $2 billion deal"):
    (topic, scope, owner, anchor, comparable)."""
    start, end = _restated_from(text, ss, fig.start, fig.end, lex) if measure == "money" else fig.start, fig.end
    if measure == "percentage" and (ballot := ballot_topic(text, ss, se, start, end)) is not None:
        return ballot, None, None, anchor, comparable  # "64% voted against the offer": not who voted
    # "food prices rose 99%": the rate of inflation of food; else what the share is "of"
    share = (rate_rise(text, ss, start) if measure == "percentage" else None) or share_of(text, ss, se, start, end, lex)
    if share is not None and share[1] is not None and scope is None:
        scope = share[1]  # the part of the whole the share is of
    named = topic_of_figure(text, ss, se, start, end, lex)
    if share is not None and share[0] == "inflation" and named in INDICES:
        share = None  # "the CPIH rose by 9.6%": the rate of that index, not of consumer prices
    if named is None and measure == "percentage" and earlier_month_rate(text, fig.start, fig.figure_end, se):
        named = earlier_topic(text, ss, start, lex)  # "11.1% in October, up from 10.1% in September"
    topic = "forecast" if expected_after(text, end, se) else (share[0] if share else None) or named
    if measure == "money" and _per_share_paid(text, ss, se, fig):
        topic = "share offer"  # "will pay $95 per share", "values it at $95 a share": the price paid a share
    elif measure == "money" and _MARKET_PRICE_BEFORE.search(text, max(ss, start - 40), start):
        # "a stock that closed at USD 65.39": the market's price, not the deal's value; it moves by the
        # minute, so it is not compared
        topic, comparable = "share price", False
    topic = topic or clause_topic(reading(), start, lex)
    if topic is None and measure == "money" and _BOUGHT_FOR.search(text, max(ss, start - 120), start):
        topic = "deal"  # "is acquiring Dorn for $68.7 billion in cash": the deal's value
    if topic is None:
        topic = subject_noun(reading(), start, end, lex, measure == "percentage")  # "a $2 billion deal": its value
        topic = lex.topic_of.get(fold(topic), topic) if topic else topic  # "takeover" is a deal, as a topic word
        if topic is None and measure == "jobs":  # "cutting about 10,000 jobs": what happened to them
            opened = open_count(reading(), start, fig.figure_end, lex)
            topic = opened.measure if opened is not None and opened.measure != "count" else None
        fig.confidence = min(fig.confidence, WEAK_TOPIC)
    if measure == "jobs" and topic in ("growth", "added"):
        topic = "payrolls"  # "the growth from December's 260,000 jobs", "employers added 517,000 jobs"
    if measure == "jobs" and topic == "payrolls" and scope is None:
        scope = sector_of(text, ss, start)  # "hotels added 14,800 jobs": the industry's, not the economy's
    if measure == "money":  # an award's kind and recipient, a sum sued for, a cap
        role = money_role(text, ss, se, start, end, topic, lex, kind_in_after(reading(), end))
        topic, comparable = role.topic, comparable and role.known
        owner = role.party or owner
        if role.party is None and topic not in ("share offer", "share price"):
            # a sum per share, the consensus, guidance, a year-earlier sum: each its own topic
            result = results_topic(text, ss, se, start, fig.end, fig.parsed.figure, topic)
            topic, comparable = result.topic, comparable and result.comparable
            scope = "each" if result.per_share else scope
    if topic is None:
        comparable = False
    elif topic in lex.owned_topics:
        owner = named_owner(text, ss, start, lex, cast)
        comparable = owner is not None
    elif scope is None and (local := rate_place(text, ss, start, lex)) is not None:
        scope = local  # "Scotland 59%": a region's turnout, not the country's
    if topic == "inflation" and scope is None:
        scope = component(text, ss, se, start, end)  # "65.7% for electricity": a part of the index
    if measure == "percentage" and topic is not None:  # "monthly inflation" is no annual rate
        topic = with_period(topic, rate_period(text, ss, se, start, end))
    if topic == "count_progress":
        # how far a count has got changes by the hour: compared only within one report, whose
        # claims are of one moment ("74% of ballot boxes opened" against "23.87%" in one article)
        anchor = ONE_REPORT
    elif any(lex.topic_of.get(fold(t.group(0))) == "count_progress" for t in lex.topic_re.finditer(text, ss, se)):
        comparable = False  # shares while the count goes on change by the hour: not compared
    elif topic is not None and topic.startswith("vote") and _EARLY_COUNT.search(text, ss, start):
        comparable = False  # "early projections showed Orlo ahead with 50.8 percent": the count goes on
    return topic, scope, owner, anchor, comparable


def _per_share_paid(text: str, ss: int, se: int, fig: Figure) -> bool:
    """Whether a sum is the price a buyer pays a share ("will pay $95 per share", "for $95.00 per
    Dorn share"), not the price the market set ("closing at $82.31 per share")."""
    return (
        _PER_SHARE.match(text[fig.figure_end : se]) is not None
        and _PAID_BEFORE.search(text, max(ss, fig.start - 90), fig.start) is not None
    )


def _restated_from(text: str, ss: int, start: int, end: int, lex: Lexicon) -> int:
    """Where the words of a sum start: a sum restated in brackets in another currency ("a fee of
    £106.8m (€121m)") is the sum before the bracket, and is read from there."""
    bracket = text.rfind("(", max(ss, start - 4), start)
    if bracket < 0 or not restated_sum(text, bracket, start, end):
        return start
    lo = max(ss, bracket - 30)
    before = [f for f in lex.figures(text, lo, bracket) if f.group("num") and not text[f.end() : bracket].strip()]
    return before[-1].start() if before and (before[-1].group("cur") or before[-1].group("cur2")) else start


def _times(value: float, factor: float) -> float:
    return value * factor
