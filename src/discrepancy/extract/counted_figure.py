"""What a figure with no unit counts, the second stage of reading a count.

A part of a group ("10 of whom were civilians"), the counted noun ("100,000 Russian troops"), the
state words that say what happened to what is counted ("killed", "on standby"), the whole a bare
figure of a breakdown belongs to, and, failing all these, the open reading of the clause.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from ..grammar import section
from ..lexicon import Lexicon, fold
from ..read import Reading, lemmas
from . import parts, wholes
from .conditions import mark_position, mark_severity
from .counted import clause_end, coordinated_noun, nearest_state, next_figure, noun_after, noun_before, state_near
from .figure import Figure, QuantityHit, Shared
from .figure_gates import Gate
from .open_counts import FAMILY_AND_NOUN, FAMILY_ONLY, RAW_VERB, doer_of_figure, kept_by_verb, open_count, own_state
from .parts import age_band, group_before, may_name_part, names_group, part_after, part_named, state_of_part

G = section("counted_figure")

_COUNTS_OTHER = G.re("counts_other")
_LOCATIVE = G.re("locative")
_SPEAKERS_AFTER = G.re("speakers_after")
_PLACE_NOUNS = G.words("place_nouns")
_WON_IN_BEFORE = G.re("won_in_before")
_CONDITION_AFTER = Gate(G.re("condition_after"))
PART_OF = G.re("part_of")
PLACES = "places"  # the measure of a count of the places an occurrence spans ("in 40 cities")
_OF_WHOM = G.re("of_whom")
_JOINT_NOUN = G.re("joint_noun")
_ESTIMATE_OF = G.re("estimate_of")
_CONFIRMING_VERB = G.re("confirming_verb")
POPULATION_QUALIFIERS = G.words("population_qualifiers")
_CONFIRMED_WRITTEN = G.words("confirmed_written")
_STATUS_OF_DEAD = G.re("status_of_the_dead")
_FOREIGN_PEOPLE = G.words("foreign_people")
_WORKFORCE_BEFORE = G.re("workforce_before")
_WORKFORCE_AFTER = G.re("workforce_after")
_HEADCOUNT_NOUN = G.words("headcount_noun")
_HEADCOUNT_BEFORE = G.re("headcount_before")
_HEADCOUNT_AFTER = G.re("headcount_after")
_SET_APART = G.re("set_apart")
_CONTAINER_OF = G.re("container_of")
_WHOLE_AFTER = G.re("whole_after")
_WHOLE_BEFORE = Gate(G.re("whole_before"))  # needs "of": most figures are skipped at once
_WHOLE_STATES = G.words("whole_states")
_SAID_OF = G.re("said_of")
_BODIES_OF = G.re("bodies_of")
_VICTIM_FATES = G.words("victim_fates")

_TOLD_REACH = 160  # characters back a count "of them" stands for may end ("... 20 people. Two of them")
_Noun = tuple[dict[str, str], int, list[str]]  # the lexicon's entry, where the noun ends, its modifiers


def read_counted(
    fig: Figure,
    text: str,
    ss: int,
    se: int,
    lex: Lexicon,
    reading: Callable[[], Reading],
    inherit: Shared | None,
    breakdown: bool,
    previous: QuantityHit | None,
) -> bool:
    """Fill in what a figure with no unit counts; False: it counts nothing this reader can name."""
    noun: _Noun | None = None
    if fig.unit is None and _SPEAKERS_AFTER.match(text, fig.end, se):
        return False  # "Two officials said 40 people died": who speak, not who died
    if fig.measure is None and not _whole_number(fig):
        return False  # "98.96 of votes", "2.4 people a household": a share or an average, no count
    # "3,000 out of 40,000 residents", "30 of the 50 dead": read once, asked twice (fig.start stays)
    whole_of_part = _WHOLE_BEFORE.search(text, max(ss, fig.start - 40), fig.start)
    if fig.measure is None:
        part = _part(reading, text, (ss, fig.start, fig.end, se), lex, inherit if breakdown else None, previous)
        if part is not None:
            (fig.measure, fig.population, fig.end), fig.part = part, True
        elif (
            not whole_of_part
            and may_name_part(text, fig.end, se)
            and (named := part_named(reading(), fig.end, lex)) is not None
        ):
            # "three other deceased are Velmish"; not "30 of the 50 dead were Velmish": the 30 are the whole
            fig.measure, fig.population, fig.end, fig.part = named.measure, named.population, named.end, True
    if fig.measure is not None or _workforce(fig, text, ss, se, lex):
        mark_severity(fig, text, ss, se)
        return True
    if PART_OF.match(text, fig.end, se):
        if _part_by_state(fig, text, se, lex, reading()) or _part_in_condition(fig, text, se, previous):
            return True
        told = _told_just_before(fig, previous, lex)
        if (state := state_of_part(reading(), fig.end, lex, told)) is not None:  # "two of the injured later died"
            fig.measure, fig.population, fig.end, fig.part = state.measure, state.population, state.end, True
            return True
        noun = wholes.things_of_whole(text, fig.end, se, lex)
        fig.of_whole = noun is not None
        if noun is None:
            return False  # "55 of 75 confirmed dead", "one of the victims": a part of a group we cannot read
    noun = noun or (
        noun_after(text, fig.end, se, lex)
        or coordinated_noun(text, fig.end, se, lex)
        or noun_before(text, ss, fig.start, lex, fig.qualified)
    )
    if noun is None and _set_apart(fig, text, ss, lex):
        return True
    thing = _take_noun(fig, noun, text, se, lex)
    if fig.of_whole:
        fig.end = fig.figure_end  # "212 of the 400 seats": the part's quote is its figure; the whole is read too
    mark_position(fig, text, ss)
    if (
        (noun is None or "measure" not in noun[0])
        and _LOCATIVE.search(text, max(ss, fig.start - 20), fig.start)
        and not (noun is not None and noun[0].get("population") in ("people", "troops", "civilians", "children"))
    ):
        if (
            noun is not None
            and noun[0].get("population") in _PLACE_NOUNS
            and not _WON_IN_BEFORE.search(text, max(ss, fig.start - 80), fig.start)
        ):
            # "protests were held in 40 cities": how many places the occurrence spans
            fig.measure, fig.population = PLACES, noun[0]["population"]
            return True
        return False  # "killed in the two countries": a place count, not a victim count
    _read_state(fig, noun, thing, text, ss, se, lex, reading)
    if fig.measure is None and _elided_noun(noun, inherit) and inherit is not None and not breakdown:
        fig.measure, fig.population = inherit.measure, inherit.population  # "..., against 1.27 million"
        fig.owned_noun = _owned_noun(inherit.population, lex)  # "Velm won 208 seats and Ora 151": Ora's
    noun_measure = noun[0].get("measure") if noun is not None else None
    if thing and fig.measure not in lex.thing_states and fig.measure not in lex.both_states:
        if fig.measure != noun_measure:
            return False  # "40 homes" only count as destroyed or damaged; "92 fires" count themselves
    unknown = _whole_or_open(fig, noun, lex, reading, inherit, breakdown)
    casualty = fig.measure in lex.measure_classes["casualty"]
    kept = fig.measure in _WHOLE_STATES  # "179 of the 181 people on board": where the whole was
    if whole_of_part and (casualty or fig.population == "workers") and fig.measure != noun_measure and not kept:
        # "3,000 out of 40,000 residents were evacuated": the state is the part's ("3 of the 26
        # survivors could walk": the noun's own measure stays the whole's); "277 of its 321 staff
        # were laid off": the whole is the size of the workforce, not any count of workers
        # "all but two of the 181 passengers and crew on board were killed": the whole is those on board
        # and "12 of the 85 people injured in the crash later died": the whole is of those injured
        fig.measure = (
            wholes.where_whole(text, fig.end, se, lex, _WHOLE_STATES)
            or wholes.fate_of_whole(reading(), fig.end, lex)
            or ("count" if casualty else "employed")
        )
    if fig.measure is None:
        return False
    if fig.measure == "deaths" and _BODIES_OF.search(text, max(ss, fig.start - 30), fig.start):
        fig.measure = "bodies"  # "flew home the remains of the 45 Velmish who died": bodies, not the toll
    if fig.population is None and not unknown:
        fig.population = "people"
    if inherit is not None and inherit.subgroup and inherit.population and fig.population == "people":
        fig.population = inherit.population  # "Of the 16 Velmish citizens, 7 died": the citizens' dead
    whole = inherit if breakdown and noun is None else None  # "23 deaths" names its own whole
    fig.population = _status_of(text, ss, se, fig.start, fig.end, fig.measure, fig.population, whole)
    band = age_band(text, fig.end) if fig.population is not None and not thing else None
    if band is not None and band[1] <= se:  # "12 people over 60", "children under 10": a part by age
        fig.population, fig.end = f"{fig.population} ({band[0]})", band[1]
    condition = _CONDITION_AFTER.match(text, fig.end, se)
    if condition is not None and fig.population is not None:
        # "one injured is critical": those in that condition, a part
        fig.population = f"{fig.population} ({condition.group('condition').lower()})"
    else:
        mark_severity(fig, text, ss, se)
    headcount = _headcount(lex)
    if (
        fig.measure == "count"
        and fig.population in _HEADCOUNT_NOUN
        and headcount is not None
        and (
            _HEADCOUNT_BEFORE.search(text, max(ss, fig.start - 30), fig.start)
            or _HEADCOUNT_AFTER.match(text, fig.end, se)
        )
    ):
        # "Amazon has 1.5 million workers": the workers an employer has are its headcount
        fig.measure, fig.owned_noun = headcount, False
        fig.confidence = max(fig.confidence, FAMILY_ONLY)  # the lexicon names the class, not the verb
    if fig.measure in lex.measure_classes["headcount"]:
        fig.population = "workers"  # "employs 1.6 million (people)": those employed are its workers
    return True


def _told_just_before(fig: Figure, previous: QuantityHit | None, lex: Lexicon) -> str | None:
    """The measure of the casualty count told just before a figure ("injured 20 people. Two of them
    later died"), which "of them" or "of whom" after the figure stands for."""
    if previous is None or previous.unit is not None or fig.start - previous.end > _TOLD_REACH:
        return None
    return previous.measure if previous.measure in lex.measure_classes["casualty"] else None


def _whole_number(fig: Figure) -> bool:
    """Things counted one by one are whole: a figure with a fraction left after its scale ("1.5
    million" is whole) counts nothing."""
    return all(v is None or v == int(v) for v in (fig.parsed.figure, fig.parsed.figure2))


def _headcount(lex: Lexicon) -> str | None:
    """The measure of an employer's headcount (the lexicon's class, of one measure), if it has one."""
    return next(iter(lex.measure_classes["headcount"]), None)


def _workforce(fig: Figure, text: str, ss: int, se: int, lex: Lexicon) -> bool:
    """A figure that sizes a workforce ("a workforce of 1.5 million", "a 300,000-person workforce"):
    the employer's headcount, of a part when a modifier names one ("corporate workforce")."""
    headcount = _headcount(lex)
    if headcount is None:
        return False
    after = _WORKFORCE_AFTER.match(text, fig.end, se)
    if after is None and not _WORKFORCE_BEFORE.search(text, max(ss, fig.start - 40), fig.start):
        return False
    fig.measure, fig.population = headcount, "workers"
    if after is not None:
        fig.end = after.end()
        if after.group("part"):
            fig.population = f"{after.group('part').lower()} workers"
    return True


def _set_apart(fig: Figure, text: str, ss: int, lex: Lexicon) -> bool:
    """A bare figure set apart after the quantity it gives, which a container names before it with
    what happened to what it counts ('the number of jobs to be shed will be higher, "just over
    18,000."'): that quantity."""
    if not _SET_APART.search(text, max(ss, fig.start - 8), fig.start):
        return False
    containers = list(_CONTAINER_OF.finditer(text, ss, fig.start))
    named = containers[-1] if containers else None  # the last container before the figure
    if named is None:
        return False
    verb = lemmas(named.group("verb").lower())[1]
    noun = named.group("noun").lower()
    spec = lex.nouns.get(fold(noun))
    # what happened to them ("to be shed"), else what the noun alone counts
    measure = (lex.family_verbs.get(fold(verb)) if verb else None) or (spec or {}).get("measure")
    if measure is None:
        return False
    lemma = lemmas(noun)[0] or noun
    fig.measure = measure
    fig.population = spec.get("population") if spec else lex.family_nouns.get(lemma, lemma)
    fig.confidence = FAMILY_AND_NOUN
    return True


def _part_by_state(fig: Figure, text: str, se: int, lex: Lexicon, reading: Reading) -> bool:
    """A part whose whole is followed by what the part did ("41,200 out of an estimated 95,000
    Veldans in the valley have fled"), or preceded by the verb whose object the part is ("killed
    179 of the 181 people on board"): the figure counts that state among the whole's group; the
    whole is the group's size, not a count of the state (``_WHOLE_BEFORE``)."""
    m = _WHOLE_AFTER.match(text, fig.end, se)
    if m is None:
        return False
    toks = reading.tokens
    i = reading.index_at(m.end())
    whole = reading.noun_phrase(i + 1) if i < len(toks) and toks[i].tag == "NUM" else None
    if whole is None:
        return False
    # "in the valley", "and crew on board", "hurt in the crash" (the whole's fate): then its verb
    j, fate = parts.verb_of_part(reading, whole.head + 1, lex)
    measure = wholes.act_of_part(reading, fig.start, lex)  # "killed 179 of the 181 people on board"
    if measure is None and j < len(toks) and toks[j].start < se:
        measure, _ = own_state(reading, toks[j].start, lex)
    spec = lex.nouns.get(fold(toks[whole.head].lower))
    if measure is None or spec and spec.get("thing") or measure in lex.thing_states:
        return False  # "two of the three bridges were destroyed": no part of things
    population = parts.joined_whole(reading, whole.head) or (spec.get("population") if spec else None)
    population = parts.fate_population(fate, measure, population or lex.family_nouns.get(whole.lemma, whole.lemma))
    if measure not in lex.measure_classes["casualty"] and population != "workers":
        return False  # what happened to a part of a people, or of a workforce ("45 of its 320 staff were laid off")
    fig.measure, fig.population = measure, population
    fig.confidence = FAMILY_AND_NOUN
    return True


def _part_in_condition(fig: Figure, text: str, se: int, previous: QuantityHit | None) -> bool:
    """ "57 people were being treated, seven of whom were in critical condition": the figure counts
    those of the count before it in that condition, a part of it."""
    of = _OF_WHOM.match(text, fig.end, se)
    condition = _CONDITION_AFTER.match(text, of.end(), se) if of is not None else None
    if condition is None or previous is None:
        return False
    fig.measure = previous.measure
    fig.population = f"{previous.population or 'people'} ({condition.group('condition').lower()})"
    return True


def _take_noun(fig: Figure, noun: _Noun | None, text: str, se: int, lex: Lexicon) -> bool:
    """Take the counted noun's measure and population; True: it names a thing ("homes"), not people."""
    if noun is None:
        return False
    spec, nend, fig.mods = noun
    population = spec.get("population")
    qualified = [w.lower() for w in fig.mods if w.lower() in POPULATION_QUALIFIERS]
    status = ("confirmed" if qualified[-1] in _CONFIRMED_WRITTEN else qualified[-1]) if qualified else None
    if status and population and (status, spec.get("measure")) != ("confirmed", "deaths"):
        population = f"{status} {population}"  # "18 confirmed cases": a part; "40 confirmed dead" is the toll
    if "foreign" in (w.lower() for w in fig.mods) and text[:nend].rsplit(None, 1)[-1].lower() in _FOREIGN_PEOPLE:
        population = "foreigner"  # "two foreign residents": foreigners, as "foreigners" reads
    fig.measure = spec.get("measure")
    fig.end = max(fig.end, nend)
    joint = _JOINT_NOUN.match(text, fig.end, se) if population else None
    if joint is not None and joint.group("mod") and fold(joint.group("mod")) in lex.number_words:
        joint = None  # "150 passengers and seven pilots": the pilots have a figure of their own
    if joint is not None:  # "10,000 soldiers and police officers": both groups together
        population = f"{population} and {lemmas(joint.group('noun').lower())[0] or joint.group('noun')}"
    fig.population = population
    return bool(spec.get("thing"))


def _read_state(
    fig: Figure,
    noun: _Noun | None,
    thing: bool,
    text: str,
    ss: int,
    se: int,
    lex: Lexicon,
    reading: Callable[[], Reading],
) -> None:
    """What happened to what is counted, from the state words near the figure ("killed", "on standby")."""
    start, end = fig.start, fig.end
    other = (
        noun is None
        and _COUNTS_OTHER.match(text, end, se)
        and not lex.state_re_any.match(text, end, se)
        and not _verb_next(reading(), end)  # "a crowd of 88,966 watched": a verb, no noun counted
    )
    # "one blaze": the figure counts a thing the lexicon does not know; the open reading says what
    state = None if other else state_near(text, ss, se, start, end, lex, things=thing)
    if state is None and noun is not None and fig.mods:  # "216 rescued individuals": between them
        state = nearest_state(text, lex, None, (fig.figure_end, end), things=thing)
    if state is not None and doer_of_figure(reading(), end, lex):
        state = None  # "two gunmen killed 12 people": the gunmen did the killing
    own_measure, own_lemma = own_state(reading(), end, lex) if state is not None or noun is not None else (None, None)
    if own_lemma is not None and state is not None:
        # "288 have died and over 800 have been reported injured": the state in the figure's own
        # clause, after it, wins over a nearer one in the clause before
        hi = next_figure(text, end, clause_end(text, end, min(se, end + 60)))
        right = nearest_state(text, lex, None, (end, hi), things=thing)
        if right is not None:
            state = (right[0], 0)
    noun_measure = noun[0].get("measure") if noun is not None else None
    if noun is not None and (by_verb := kept_by_verb(noun_measure, own_measure, own_lemma, lex)) is not None:
        fig.measure = by_verb  # "88 bodies have been identified", but "26 bodies were found" are bodies
    elif (
        own_measure is not None
        and noun is not None
        and noun_measure in lex.measure_classes["casualty"]
        and own_measure != noun_measure
    ):
        fig.measure = own_measure  # "793 injured passengers had been released": what happened to them next
    estimate = False
    if state is None and noun is None and _ESTIMATE_OF.search(text, max(ss, start - 40), start):
        # "gave a rough estimate of 35,000 to 50,000": the estimate is of what the sentence counts
        state, estimate = nearest_state(text, lex, (ss, start), None, things=False), True
    if state is not None and (noun is not None or estimate or state[1] < 45):
        if fig.population is None:
            fig.population = "people"
        # who they are (troops, protesters) gives way to what happened to them (killed, detained)
        if fig.measure is None or fig.measure in lex.measure_classes["yields_to_state"] or state[0] in ("standby",):
            fig.measure = state[0]


def _verb_next(reading: Reading, end: int) -> bool:
    """Whether the word right after a figure is a verb in the past ("88,966 watched"), no noun."""
    i = reading.index_at(end)
    return i < len(reading.tokens) and reading.tokens[i].tag == "VERB" and reading.tokens[i].lower.endswith("ed")


def _elided_noun(noun: _Noun | None, inherit: Shared | None) -> bool:
    """A figure set against a count before it shares that count's noun when it has none, or one that
    says only that it counts people ("3 million walkers, more than in January (2.5 million people)")."""
    if inherit is None or inherit.subgroup:
        return False
    return noun is None or ("measure" not in noun[0] and noun[0].get("population") == inherit.population == "people")


def _whole_or_open(
    fig: Figure,
    noun: _Noun | None,
    lex: Lexicon,
    reading: Callable[[], Reading],
    inherit: Shared | None,
    breakdown: bool,
) -> bool:
    """A figure still without a measure: a part of the breakdown it is listed in, or what the open
    reading of its clause says it counts. True: what is counted is not said ("56 containing ...")."""
    if fig.measure is None and inherit is not None and breakdown and not inherit.subgroup and inherit.measure:
        own = (
            open_count(reading(), fig.start, fig.figure_end, lex) if noun is None or "measure" not in noun[0] else None
        )
        if own is not None and own.measure != "count" and own.confidence >= FAMILY_ONLY:
            # "1,175 were admitted, and of them, 793 were discharged": the part's own state
            fig.measure, fig.confidence, fig.end = own.measure, own.confidence, max(fig.end, own.end)
        else:
            fig.measure = inherit.measure  # "killed five people, including two children": the children's deaths
            if noun is None:
                fig.population = inherit.population
    if fig.measure is not None or inherit is not None and inherit.subgroup:
        return False
    opened = open_count(reading(), fig.start, fig.figure_end, lex)
    if opened is None:
        if fig.of_whole and _owned_noun(fig.population, lex):
            fig.measure = "count"  # "led with 93 of 264 seats": a tally, read for its owner as "with 93 seats" is
        return False
    fig.measure, fig.confidence = opened.measure, opened.confidence
    fig.population = opened.population if opened.act else fig.population or opened.population
    fig.end = fig.end if fig.of_whole else max(fig.end, opened.end)
    fig.owned_noun = _owned_noun(opened.population, lex) or fig.of_whole and _owned_noun(fig.population, lex)
    return noun is None and opened.population is None and opened.confidence == RAW_VERB


def _part(
    read: Callable[[], Reading],
    text: str,
    span: tuple[int, int, int, int],
    lex: Lexicon,
    whole: Shared | None,
    previous: QuantityHit | None,
) -> tuple[str, str, int] | None:
    """A figure that counts a part of a group: (the whole's measure, the part's group, the quote's
    end). The whole is named after the figure ("of the dead"), or is the total it breaks down, or
    the count just before it ("200 people were killed, 10 of whom were civilians"), or, for a
    pronoun, the casualty count that ends the sentence before ("... killed 50 people. 30 of them
    were pilgrims"). ``span``: the sentence's start, the figure's start and end, the sentence's end."""
    ss, start, end, se = span
    of_group = bool(PART_OF.match(text, end, se))
    said_of = not of_group and whole is None and previous is not None and bool(_SAID_OF.match(text, end, se))
    if not of_group and whole is None and not said_of:
        return None  # the sentence is not tokenised for it
    reading = read()
    part = part_after(reading, end, lex, of_group, POPULATION_QUALIFIERS)
    if part is not None and not part.population:
        told = group_before(reading, start, lex)  # "Velmish nationals accounted for 30 of the dead"
        part = dataclasses.replace(part, population=told) if told else None
    if part is None:
        return None
    if said_of and previous is not None:  # "housed 196 workers; 175 are Indians": a part of that count
        told_before = previous.start < ss
        if previous.unit is not None or told_before and previous.measure not in lex.measure_classes["casualty"]:
            return None
        if not names_group(reading, part):
            return None  # "300 were wounded due to": a fate, not a group ("30 were children")
        return previous.measure, part.population, part.end
    if not of_group and whole is not None:
        own = noun_after(text, end, se, lex)
        if own is not None and own[0].get("measure") not in (None, whole.measure):
            return None  # "36 cases, including 23 deaths": the deaths are counted as deaths
    measure = part.measure or (whole.measure if whole is not None else None)
    if not measure and whole is not None and whole.subgroup:
        measure = "count"  # "Of the victims, 16 were Kenyan": who they were, counted as themselves
    if measure is None and of_group and previous is not None and previous.unit is None:
        told_before = part.refers and previous.measure in lex.measure_classes["casualty"]
        if told_before and part.victims and previous.measure not in _VICTIM_FATES:
            told_before = False  # "12 were arrested. Two of the victims ...": others, the victims
        if previous.start >= ss or told_before:
            measure = previous.measure
    population = part.population
    if measure == "cases" and population in POPULATION_QUALIFIERS:
        status = "confirmed" if population in _CONFIRMED_WRITTEN else population
        population = f"{status} cases"  # as "18 confirmed cases" reads
    return (measure, population, part.end) if measure else None


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
    if measure == "deaths" and population == "people" and (told := _STATUS_OF_DEAD.match(text, end, se)):
        status = told.group("status").lower()  # "seven deaths among the laboratory confirmed"
        return "confirmed" if status in _CONFIRMED_WRITTEN else status
    if whole is not None and whole.measure == "cases" and measure != "cases" and whole.population:
        status = whole.population.removesuffix(" cases")
        if status in POPULATION_QUALIFIERS and population == "people":
            return status
    return population


def _owned_noun(noun: str | None, lex: Lexicon) -> bool:
    """A counted noun that belongs to someone ("seats", "votes"): the lexicon's owned topics."""
    if not noun:
        return False
    word = fold(noun)
    topic = lex.topic_of.get(word) or lex.topic_of.get(word + "s")
    return topic in lex.owned_topics
