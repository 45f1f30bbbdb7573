"""Counts and measures: "more than 100,000 troops", "tens of thousands", "30 miles (48 km)".

A cheap trigger scan (the compiled number pattern) finds candidate figures; only those get the
costlier context reading, in three stages: the figure and its unit (figure.py), what a figure with
no unit counts, the noun and state words ("killed", "on standby") (counted_figure.py), and what it
is said of: the owner ("Russian troops", "NATO has put"), the occurrence ("the quake", "the war"),
the time it covers (figure_context.py). This module walks the sentences and says which figures
belong together: a total and its breakdown, a bare figure that shares the noun of the one before.
Returns plain data; the caller turns it into typed claims.
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
from ..normalise.entities import Mention
from ..read import Reading
from .counted import nearest_state, noun_after
from .counted_figure import PLACES, read_counted
from .dates import DateMention
from .event_frames import dated_other_act
from .figure import QuantityHit, Shared, read_figure, restated_end
from .figure_context import BRINGING_TOTAL, WEAK_OWNER, read_context
from .figure_gates import Gate
from .numbers import Parsed, parse_number
from .open_counts import FAMILY_AND_NOUN, NOUN_ONLY
from .parts import bracket_whole, group_named
from .persons import Cast
from .quantity_context import apposed_parts
from .rates import rate_rise
from .revisions import level_reached

__all__ = ["WEAK_OWNER", "QuantityHit", "Shared", "find_quantities"]

G = section("quantities")

_BREAKDOWN = G.re("breakdown")
_OF_THE_GROUP = G.re("of_the_group")
_SUBGROUP_COLON = G.re("subgroup_colon")
_RESIDENT_NOUNS = G.words("resident_nouns")
_POPULATION = "population"  # the measure of how many live somewhere ("home to 196 residents")
_LIST_GAP = G.re("list_gap")
_OTHERS = G.re("others")
_MORE_OTHERS = G.re("more_others")
_ELIDED_AFTER = G.re("elided_after")
_PEOPLE_AFTER = G.re("people_after")
_THEY_WERE = G.re("they_were")
_CONTRAST = G.re("contrast")
_GAPPED_NAME = G.re("gapped_name")
_COORDINATED = G.re("coordinated")
_ALL_BEFORE = Gate(G.re("all_before"))
_LEFT_ALL_DEAD = G.re("left_all")
_DEAD_AFTER_GROUP = G.re("dead_after_group")
_ELIDED_GAP = G.re("elided_gap")


def find_quantities(
    text: str,
    sentences: list[tuple[int, int]],
    dates: list[DateMention],
    mentions: list[Mention],
    lex: Lexicon,
    default_occurrence: str | None,
    reading_of: Callable[[int, int], Reading],
    filed: tuple[int, int] | None = None,
) -> list[QuantityHit]:
    """The figures of the article's sentences; none in its wire dateline (``filed``: "KARSK, Oct. 29
    (Agency) -"), whose day is no count, though it is dropped from ``dates`` as no time of a claim."""
    out: list[QuantityHit] = []
    by_start = sorted(dates, key=lambda d: (d.start, d.end))
    date_spans = [(d.start, d.end) for d in by_start]
    date_starts = [a for a, _ in date_spans]
    date_reach = list(itertools.accumulate((b for _, b in date_spans), max))  # the furthest end so far

    def in_date(pos: int) -> bool:  # some date's span holds pos: one bisection, not a scan
        if filed is not None and filed[0] <= pos < filed[1]:
            return True
        k = bisect_right(date_starts, pos)
        return k > 0 and date_reach[k - 1] > pos

    mi = 0
    prev_sentence_last: QuantityHit | None = None
    cast = Cast(text, sentences, lex)
    told = _Told()  # the running totals of the sentences before, as ``out`` lists them
    for ss, se in sentences:
        figures = list(lex.figures(text, ss, se))
        if not figures:  # no figure: most sentences, passed over before anything is read of them
            prev_sentence_last = None
            continue
        sent_mentions = []
        while mi < len(mentions) and mentions[mi].start < ss:
            mi += 1
        j = mi
        while j < len(mentions) and mentions[j].start < se:
            sent_mentions.append(mentions[j])
            j += 1
        in_sentence = by_start[bisect_left(date_starts, ss) : bisect_left(date_starts, se)]
        # "an Oct. 7 rampage by gunmen who killed 1,400": another act's toll, not the article's
        default = None if dated_other_act(text, in_sentence, lex) else default_occurrence
        reading = functools.partial(reading_of, ss, se)
        sentence = _Sentence(text, ss, se, sent_mentions, default, reading, in_date, cast)
        begin = len(out)
        sent_hits = _sentence_quantities(sentence, figures, out, prev_sentence_last, dataclasses.replace(told), lex)
        told.see(out[begin:], lex)  # the sentence's hits in their final order (a whole goes before its parts)
        prev_sentence_last = sent_hits[-1] if sent_hits else None
    return out


@dataclass
class _Sentence:
    """One sentence and what its figures are read against."""

    text: str
    ss: int
    se: int
    mentions: list[Mention]
    default_occurrence: str | None
    reading: Callable[[], Reading]
    in_date: Callable[[int], bool]
    cast: Cast  # the people the article names


@dataclass
class _Wholes:
    """Within a sentence, the wholes its bare figures may be parts of."""

    group: Shared | None  # "Of the dead, 14 were in Varne ...": the group the sentence opens on
    group_end: int
    listed: Shared | None = None  # the whole of a breakdown being listed
    last_figure: int | None = None  # where the figure before ends
    subgroup: bool = False  # "5 members: 2 died, and 3 survived": parts of a group of its own


@dataclass
class _Told:
    """The running total told last and the death toll told last, kept as hits come: a count of a
    container word takes one, and looking back over every hit for each would be quadratic in a long
    article."""

    running: QuantityHit | None = None
    deaths: QuantityHit | None = None

    def see(self, hits: list[QuantityHit], lex: Lexicon) -> None:
        for h in hits:
            if h.measure in lex.measure_classes["running"]:
                self.running = h
                if h.measure == "deaths":
                    self.deaths = h


def _sentence_quantities(
    sentence: _Sentence,
    figures: list[Any],
    out: list[QuantityHit],
    prev_sentence_last: QuantityHit | None,
    told: _Told,
    lex: Lexicon,
) -> list[QuantityHit]:
    """The claims of one sentence's figures (``figures``: its scan, ``lex.figures``), appended to
    ``out`` (and returned); ``told``: the running totals before them, advanced as they come."""
    text, ss, se = sentence.text, sentence.ss, sentence.se
    taken = ss  # a figure inside the previous claim ("30 miles (48 km)") is part of it
    sent_hits: list[QuantityHit] = []
    # the sentence's counts of something other than places ("in two districts" is where, never
    # the whole a breakdown after it splits), kept as the hits come
    counted: list[QuantityHit] = []
    wholes = _Wholes(*_group_of(text, ss, se, lex, prev_sentence_last))
    for m in figures:
        if not (m.group("num") or m.group("vague")) or m.start() < taken:
            continue
        if _change_by(lex).search(text, max(ss, m.start() - 110), m.start()) and not rate_rise(text, ss, m.start()):
            # "rose by 3,000 to 15,400": the change is not a claim, the new level is
            if not m.group("num2"):
                taken = restated_end(text, m.end(), se, lex) or taken  # nor its conversion in brackets
                continue
            m = lex.number_re.match(text, m.start("num2"), se)
            if m is None or not m.group("num"):
                continue
        else:  # "revised from 174 to 125": the level reached is the claim
            m = level_reached(text, ss, se, m, lex) or m
        inherit, breakdown = _whole_of(text, ss, m, counted, prev_sentence_last, wholes, lex)
        hit = _read(
            text,
            ss,
            se,
            m,
            sentence.in_date,
            sentence.mentions,
            lex,
            sentence.default_occurrence,
            sentence.reading,
            inherit,
            breakdown,
            counted[-1] if counted else prev_sentence_last,  # "... killed 50. 30 of them were ..."
            sentence.cast,
        )
        wholes.last_figure = m.end()
        if hit is None:
            taken = restated_end(text, m.end(), se, lex) or taken  # "(0.72 degrees Fahrenheit)" restates it
            continue
        if hit.measure == "count" and hit.population in lex.containers:
            _take_running_total(hit, told)
        if sent_hits and _MORE_OTHERS.match(text, m.end(), se) and _other_state(hit, sent_hits[-1], lex):
            # "killed 13 marines and injured 18 more": others, not an addition to a toll
            hit.period, hit.population = None, _others(hit.population, sent_hits[-1].population)
            hit.owner = hit.owner or sent_hits[-1].owner
        elif sent_hits and _OTHERS.match(text, m.end(), se) and not hit.part:
            hit.population = _others(hit.population, sent_hits[-1].population)
        elif sent_hits and hit.measure in lex.thing_states and hit.population in (None, "people"):
            # people are never damaged: "2,000 houses collapsed and 5,000 damaged" counts houses
            if sent_hits[-1].population not in (None, "people"):
                hit.population = sent_hits[-1].population
        elif sent_hits and _shares_state(text, hit, sent_hits[-1], lex):
            # "killed 19 children and two teachers": the teachers were killed too
            hit.measure, hit.confidence = sent_hits[-1].measure, FAMILY_AND_NOUN
        elif sent_hits and _elided_group(text, m.end(), hit, sent_hits[-1], lex):
            # "12 soldiers were killed and 15 wounded": the wounded are soldiers too
            hit.population, hit.owner = sent_hits[-1].population, sent_hits[-1].owner
        added = [hit, *(dataclasses.replace(hit, owner=o, also_owners=()) for o in hit.also_owners)]
        out.extend(added)
        told.see(added, lex)
        sent_hits.append(hit)
        if hit.measure != PLACES:
            counted.append(hit)
        taken = hit.end
    whole = _whole_of_groups(text, sent_hits, lex)
    if whole is not None:  # listed before its parts, as it starts where the first does
        out.insert(next(i for i in range(len(out) - 1, -1, -1) if out[i].start == whole.start), whole)
    out.extend(h for h in map(functools.partial(_all_of_group, text, se, lex), sent_hits) if h is not None)
    return sent_hits


_CHANGE_BY: tuple[Lexicon | None, Any] = (None, None)  # the last lexicon asked about and its gated pattern


def _change_by(lex: Lexicon) -> Any:
    """``lex.change_by_re``, gated on the literal its every match holds ("by"), which the 110
    characters before most figures lack; made once for the lexicon of a run."""
    global _CHANGE_BY
    kept = _CHANGE_BY  # read once: a thread may set it between two reads
    if kept[0] is not lex:
        kept = _CHANGE_BY = (lex, Gate(lex.change_by_re))
    return kept[1]


def _other_state(hit: QuantityHit, prev: QuantityHit, lex: Lexicon) -> bool:
    """Whether a casualty figure tells another fate than the casualty count before it."""
    casualty = lex.measure_classes["casualty"]
    return hit.measure in casualty and prev.measure in casualty and hit.measure != prev.measure


def _shares_state(text: str, hit: QuantityHit, prev: QuantityHit, lex: Lexicon) -> bool:
    """Whether a count of a group no word list names, with nothing said of what befell it, is joined
    by "and" to a casualty count before it ("19 children and two teachers" were killed)."""
    return (
        hit.measure == "count"
        and hit.confidence == NOUN_ONLY
        and prev.measure in lex.measure_classes["casualty"]
        and bool(_COORDINATED.fullmatch(text, prev.end, hit.start))
    )


def _elided_group(text: str, figure_end: int, hit: QuantityHit, prev: QuantityHit, lex: Lexicon) -> bool:
    """Whether a casualty count with no group of its own ("and 15 wounded", "15 were wounded") is
    joined to the count before it of what else befell an armed force ("12 soldiers were killed"),
    which outlets count apart from the civilians."""
    elided = lex.measure_classes["elided_group"]
    if hit.measure not in elided or prev.measure not in elided or hit.measure == prev.measure:
        return False
    if hit.population != "people" or prev.population not in lex.armed_populations:
        return False  # "60 Afghans were killed and 143 wounded": most likely all the wounded
    own = text[figure_end : hit.end].strip().lower()
    if own and "measure" not in lex.nouns.get(own, {"": ""}):
        return False  # "60 people wounded": a group of its own
    gap = text[prev.end : hit.start]
    if len(gap) > 60 or not _ELIDED_GAP.fullmatch(" ".join(gap.replace(",", " ,").split()) + " "):
        return False
    return all("measure" in lex.nouns[" ".join(n.group(0).lower().split())] for n in lex.noun_re.finditer(gap))


def _all_of_group(text: str, se: int, lex: Lexicon, hit: QuantityHit) -> QuantityHit | None:
    """ "the deaths of all 179 people on board": the figure counts the dead, and also how many were
    on board (a state that only follows its figure), since all of them died."""
    if not _ALL_BEFORE.search(text, max(0, hit.start - 12), hit.start):
        return None
    at = hit.end + len(text[hit.end : se]) - len(text[hit.end : se].lstrip())
    for key, pattern in lex.state_re.items():
        measure, where = key.split(":")
        if where == "after" and measure != hit.measure and pattern.match(text, at, se):
            return dataclasses.replace(hit, measure=measure, also_owners=())
    left = _LEFT_ALL_DEAD.search(text, max(0, hit.start - 30), hit.start)
    if left and hit.measure != "deaths" and _DEAD_AFTER_GROUP.match(text, hit.end, se):
        return dataclasses.replace(hit, measure="deaths", also_owners=())  # "left all 67 on board dead"
    return None


def _whole_of_groups(text: str, hits: list[QuantityHit], lex: Lexicon) -> QuantityHit | None:
    """The count of a whole that two counts joined by "and" make, when their groups together are it
    ("175 passengers and six crew members": 181 people on board); both to the unit, one measure."""
    for a, b in itertools.pairwise(hits):
        whole = lex.wholes.get(frozenset((a.population or "", b.population or "")))
        if whole is None or a.measure != b.measure or not _COORDINATED.fullmatch(text, a.end, b.start):
            continue
        if a.parsed.qualifier != "exact" or b.parsed.qualifier != "exact" or a.unit or b.unit:
            continue
        figure = a.parsed.figure + b.parsed.figure
        parsed = Parsed(figure, None, "exact", 1.0)
        return dataclasses.replace(
            b, start=a.start, pos=a.pos, parsed=parsed, population=whole, stated_figure=figure, also_owners=()
        )
    return None


def _whole_of(
    text: str,
    ss: int,
    m: Any,
    sent_hits: list[QuantityHit],
    prev_sentence_last: QuantityHit | None,
    wholes: _Wholes,
    lex: Lexicon,
) -> tuple[Shared | None, bool]:
    """What a figure takes from the claim or group it belongs to, and whether it is a part of it
    (a breakdown) rather than another estimate of the same thing."""
    inherit = _elided(text, ss, m, sent_hits[-1] if sent_hits else None, prev_sentence_last, lex)
    breakdown = bool(sent_hits and _BREAKDOWN.search(text, sent_hits[-1].end, m.start()))
    if sent_hits and not breakdown:  # "killed 13 people, nine adults and four children": a list of its parts
        prev = sent_hits[-1]
        breakdown = apposed_parts(text, prev.end, prev.parsed.figure, m.start(), len(text), lex)
    bracketed = bracket_whole(text, ss, m.start(), sent_hits, m.end()) if inherit is None and not breakdown else None
    if bracketed is not None:  # "23 deaths (4 confirmed, 19 probable)"
        prev = sent_hits[bracketed]
        inherit, breakdown = Shared(prev.measure, prev.population, prev.scope, prev.place, prev.country), True
    if breakdown and inherit is None and sent_hits:  # "3,614 evacuated, including 80 people with ..."
        prev = sent_hits[-1]
        inherit = Shared(prev.measure, prev.population, prev.scope, prev.place, prev.country)
    last_figure = wholes.last_figure
    if breakdown and inherit is not None:
        wholes.listed = inherit
    elif wholes.listed is not None and last_figure is not None:
        if _LIST_GAP.search(text[last_figure : m.start()]):  # "24 recovered, 11 ... while 25 died"
            inherit, breakdown = wholes.listed, True
        else:
            wholes.listed = None
    if inherit is None and wholes.group is not None and m.start() > wholes.group_end and not _own_count(text, m, lex):
        inherit, breakdown = wholes.group, True  # "Of the dead, 14 were in Varne and nine in ..."
    if inherit is None and (
        wholes.subgroup or last_figure is not None and _SUBGROUP_COLON.match(text, last_figure, m.start())
    ):
        # "The crew consisted of 5 members: 2 died, and 3 survived": parts of a subgroup
        inherit, breakdown, wholes.subgroup = Shared("", None, subgroup=True), True, True
    return inherit, breakdown


def _own_count(text: str, m: Any, lex: Lexicon) -> bool:
    """A figure whose noun names what it counts ("Among them, 630 were pilgrims, out of 658 deaths"):
    a whole of its own, never a part of the group its sentence opens on."""
    noun = noun_after(text, m.end(), len(text), lex)
    return noun is not None and noun[0].get("measure") is not None


def _others(own: str | None, before: str | None) -> str | None:
    """ "destroyed 62 homes and damaged 140 others": the others are of the figure before's kind; "37
    others severely injured" keep their own condition, in place of the one before ("11 drowned and
    18 others were burned to death": `people (burn)`)."""
    if own and own.endswith(")") and " (" in own:
        return (before or "people").split(" (")[0] + own[own.index(" (") :]
    return before


def _take_running_total(hit: QuantityHit, told: _Told) -> None:
    """A count of a container word takes the running total told last, deaths first ("the final
    figures now stand at 288")."""
    ref = told.deaths or told.running
    if ref is not None:
        hit.measure, hit.population = ref.measure, ref.population
        hit.occurrence = hit.occurrence or ref.occurrence


def _group_of(text: str, ss: int, se: int, lex: Lexicon, before: QuantityHit | None) -> tuple[Shared | None, int]:
    """A sentence that opens on the group it breaks down: "Of the dead, 14 were in Varne ...", or on
    a pronoun for the casualty count ``before`` it ("... killed 500 people. Among them, 120 were
    children"): a count of what befell people, so the parts keep its fate, not its size."""
    m = _OF_THE_GROUP.match(text, ss, se)
    if m is None:
        return None, ss
    if m.group("named"):
        return _named_group(text, m, lex, before)
    if m.group("them"):
        if before is None or before.unit is not None or before.measure not in lex.measure_classes["casualty"]:
            return None, ss
        return Shared(before.measure, before.population or "people"), m.end()
    noun = lex.noun_re.search(text, m.start("group"), m.end("group"))
    if noun is not None:
        spec = lex.nouns[fold(noun.group(0))]
        if "measure" in spec:
            return Shared(spec["measure"], spec.get("population") or "people"), m.end()
        if fold(noun.group(0)) in _RESIDENT_NOUNS:  # "Of the 196 residents, 175 are ...": who live there
            return Shared(_POPULATION, "people"), m.end()
    state = nearest_state(text, lex, (m.start("group"), m.end("group")), None, things=False)
    if state is None and m.group("among"):
        return None, ss  # "Among the 181 on board, 175 passengers ... lost their lives": each its own fate
    if state is None:  # "Of the 16 Russian citizens, 7 died": a part of a group the lexicon cannot count
        return Shared("", group_named(text, m.start("group"), m.end("group"), lex), subgroup=True), m.end()
    return Shared(state[0], "people"), m.end()


def _named_group(text: str, m: Any, lex: Lexicon, before: QuantityHit | None) -> tuple[Shared | None, int]:
    """ "Among the dead were two children": a group named before its verb with no comma. A group of
    a measure keeps its measure; "the victims" are the casualty count told just before, as "them" are."""
    noun = lex.noun_re.fullmatch(text, m.start("named"), m.end("named"))
    if noun is None:
        return None, m.start()
    spec = lex.nouns[fold(noun.group(0))]
    if "measure" in spec:
        return Shared(spec["measure"], spec.get("population") or "people"), m.end()
    if spec.get("population") != "victims" or before is None or before.unit is not None:
        return None, m.start()
    if before.measure not in lex.measure_classes["casualty"]:
        return None, m.start()
    return Shared(before.measure, before.population or "people"), m.end()


def _elided(
    text: str, ss: int, m: Any, before: QuantityHit | None, prev_sentence: QuantityHit | None, lex: Lexicon
) -> Shared | None:
    """The claim a bare figure shares its noun with: "2.8 million people marched, against 1.27
    million according to the ministry", "the unions counted 20,000 and the police 8,500", "A charity
    said 750 were on board. The UN estimated up to 400.", "... For the police, they were 1.2 million." Only
    counts, of a similar size."""
    bare = _ELIDED_AFTER.match(text, m.end()) is not None
    if not bare and (before is None or not _PEOPLE_AFTER.match(text, m.end())):
        return None  # "people" shares a noun only with a count it is set against in its own sentence
    ref = None
    if before is not None and before.unit is None:
        gap = text[before.end : m.start()]
        if len(gap) < 90 and (_CONTRAST.search(gap) or _GAPPED_NAME.fullmatch(gap) and _owned(before, lex)):
            ref = before  # "Velm won 208 seats, Ora 151": each name's seats
    elif bare and before is None and prev_sentence is not None and prev_sentence.unit is None:
        verb = lex.speech_re.search(text, max(ss, m.start() - 25), m.start())
        if verb is not None and not text[verb.end() : m.start()].strip():
            ref = prev_sentence
        elif _THEY_WERE.search(text, max(ss, m.start() - 40), m.start()):
            ref = prev_sentence  # "3 million marched, the union said. For the police, they were 1.2 million"
    if ref is None or ref.parsed.figure <= 0:
        return None
    ratio = (parse_number(m, lex) or ref.parsed).figure / ref.parsed.figure
    if not 0.01 <= ratio <= 100:
        return None
    if before is ref and BRINGING_TOTAL.search(text, before.end, m.start()):
        return Shared(ref.measure, ref.population)  # "..., bringing the total to 15,383": the whole
    return Shared(ref.measure, ref.population, ref.scope, ref.place, ref.country)


def _owned(hit: QuantityHit, lex: Lexicon) -> bool:
    """A count of something a name owns ("208 seats", "1.2 million votes"): a list may go on with
    other names and their figures, the verb and noun left out."""
    word = fold(hit.population or "")
    return (lex.topic_of.get(word) or lex.topic_of.get(word + "s")) in lex.owned_topics


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
    inherit: Shared | None,
    breakdown: bool,
    previous: QuantityHit | None,
    cast: Cast,
) -> QuantityHit | None:
    """One figure's claim, read in stages: the figure and its unit, what it counts, what it is said of."""
    fig = read_figure(text, ss, se, m, in_date, lex)
    if fig is None or not read_counted(fig, text, ss, se, lex, reading, inherit, breakdown, previous):
        return None
    if fig.measure is None:  # read_counted names a measure whenever it says the figure counts
        return None
    return read_context(
        fig, fig.measure, text, ss, se, mentions, lex, default_occurrence, reading, inherit, breakdown, cast
    )
