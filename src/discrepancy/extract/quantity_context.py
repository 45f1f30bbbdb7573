"""The context of a figure: the part of the whole it counts (a scope, a place, a country), what a
percentage or amount is of, the occurrence it belongs to (the time it is stated for is
``figure_time.py``'s, whose it is ``owners.py``'s)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..grammar import section
from ..lexicon import Lexicon, fold
from ..normalise.entities import Mention
from ..read import Reading, lemmas
from ..read.literal_gate import gated
from .carried import carried_to_hospital
from .figure_gates import Gate
from .numbers import parse_number
from .owners import NOT_OWNER as _NOT_OWNER
from .owners import VOTE_VERB as _VOTE_VERB
from .part_bounds import PART_SPLIT as _PART_SPLIT
from .part_bounds import next_split, part_start
from .party_shares import listed_share
from .place_subjects import country_reported, past_aside, region_reported

G = section("quantity_context")

STATE_CUT = G.re("state_cut")
_PLACE_IN = G.re("place_in")
_OF_TOPIC = G.re("of_topic")
_RATE_PLACE = G.re("rate_place")
_AREA = gated(G.re("area"))
_WHERE = gated(G.re("where"))
_WORLD = Gate(G.re("world"))
_AT_SCOPE = G.re("at_scope")
_OTHER_VEHICLE = Gate(G.re("other_vehicle"))
_AMONG_GROUP = G.re("among_group")
_BOTH_VEHICLES = G.re("both_vehicles")
_IN_HOMES = G.re("in_homes")
_AT_SCOPE_AND = G.re("at_scope_and")
_PASSING_POINT = G.re("passing_point")
_PLACE_OPENING = G.re("place_opening")
_PLACE_BEFORE = gated(G.re("place_before"))
_PLACE_AFTER = G.re("place_after")
_PLACE_BRACKET = gated(G.re("place_bracket"))
_PLACE_ALONE = gated(G.re("place_alone"))
_PLACE_ITSELF = G.re("place_itself")
_FIGURE_NEXT = G.re("figure_next")
_ADJECTIVE_PLACE = G.re("adjective_place")
_ADJECTIVE_TOWN = G.re("adjective_town")
_PLACE_SUFFIX = G.re("place_suffix")
_ELSEWHERE = Gate(G.re("elsewhere"))
_OWN_EXTENT = Gate(G.re("own_extent"))
_PLACE_OF_ACT = gated(G.re("place_of_act"))
_PLACE_OWNING_TOLL = Gate(G.re("place_owning_toll"))
_PLACE_ACTING = G.re("place_acting")
_PLACES_LISTED = G.re("places_listed")
_PLACE_WITH = G.re("place_with")
_PLACE_OPENS_BRACKET = G.re("place_opens_bracket")
_COORDINATED_FIGURE = G.re("coordinated_figure")
_PLACE_HIT = gated(G.re("place_hit"))
_PLACE_REPORTED = Gate(G.re("place_reported"))
_PLACE_WITH_CLAUSE = G.re("place_with_clause")
_PLACE_RANKED = G.re("place_ranked")
_PLACE_MOST_HIT = gated(G.re("place_most_hit"))
_IN_OPENING = G.re("in_opening")
_SIZE_AFTER = G.re("size_after")
_WORD_AFTER = G.re("word_after")
_IN_BEFORE = G.re("in_before")
_TOPIC_CUT = G.re("topic_cut")
_IN_FOR = G.re("in_for")
_ARTICLE_BEFORE = G.re("article_before")
_NOUN_AFTER = G.re("noun_after")
_PRECIPITATION_AFTER = G.re("precipitation_after")
_DEGREES_AFTER = G.re("degrees_after")
_MASS_AFTER = G.re("mass_after")
_WORD_END = G.re("word_end")
_SHARE_WHOLE = G.re("share_whole")
_SHARE_PART = G.re("share_part")
_SHARE_MODIFIER = G.re("share_modifier")
_PART_NAMED = gated(G.re("part_named"))
_MODIFIER_NAME = G.re("modifier_name")
_CURRENCY_CODE_AFTER = G.re("currency_code_after")
_PLACE_ANAPHOR = gated(G.re("place_anaphor"))
_NAMED_PLACE = G.re("named_place")
_KIND_AFTER = G.re("kind_after")
_APPOSED_GAP = G.re("apposed_gap")
_APPOSED_OPENING = G.re("apposed_opening")
_APPOSED_MOST = 6  # figures a list set after a total may hold
# modifiers that name the whole of a group, not a part of it ("its total workforce")
_WHOLE_WORDS = frozenset({"total", "entire", "whole", "overall", "global", "worldwide", "all", "combined"})
_WORLD_REACH = 40  # characters either side of a figure where "worldwide" makes it the world's
_WHERE_REACH = 200  # "Nepal, where ...": read near the figure, so a run of names costs a bounded scan


def scope_of(text: str, ss: int, se: int, start: int, end: int, lex: Lexicon, hurt: bool = False) -> str | None:
    """A count for part of the whole: "...Pakistan, where 50 people died", "17 were killed at the
    base camp", "fighting in the province of Varta has killed 2,000", "In Rouen, the prefecture
    counted 14,800". Part counts are their own subject, never compared with the total. The hurt
    (``hurt``) carried to a hospital no name gives are those in hospital, however told."""
    if _WORLD.search(text, max(ss, start - _WORLD_REACH), min(se, end + _WORLD_REACH)):
        return "world"  # "350,000 measles cases were reported globally": never the story's count
    m = _WHERE.search(text, max(ss, start - _WHERE_REACH), start)
    if m:
        return m.group(1).strip().lower()
    m = _AREA.search(text, max(ss, start - 80), start)
    if m and not STATE_CUT.search(text, m.end(), start) and not _earlier_figures(text, ss, m, start, lex):
        return (m.group(1) or m.group(2)).lower()
    tail = text[end:se]
    among = _AMONG_GROUP.match(tail)
    if among:  # "25 fatalities among staff deployed for poll duty": that group's part of the toll
        return "among " + " ".join(among.group("group").lower().split())
    if _BOTH_VEHICLES.match(tail):
        return "both vehicles"  # "67 people aboard both aircraft": everyone aboard, no one vehicle's
    vehicle = _OTHER_VEHICLE.search(text, ss, start)
    if vehicle:  # "the helicopter, believed to be carrying three people": the other party's aboard
        return " ".join(vehicle.group("vehicle").lower().split())
    if hurt and carried_to_hospital(text, ss, start, tail):
        return "hospital"  # "271 were taken to various hospitals": the hurt in hospital, however told
    if _IN_HOMES.match(tail):
        return "homes"  # "four dead people in her small flat": some homes' dead
    m = _AT_SCOPE.match(tail)
    if m and _AT_SCOPE_AND.match(tail[m.end() :]):
        return None  # "killed 18 at a bowling alley and a bar": all the sites, the whole
    m = m or _PASSING_POINT.match(text, end, se)
    if m:
        return " ".join(m.group(1).lower().split())
    return None


def _earlier_figures(text: str, ss: int, area: Any, start: int, lex: Lexicon) -> bool:
    """Whether the area named before a count is an earlier figure's, in an earlier part of the
    sentence ("killed 300 people in Velm province and 120 in the city of Orvel": Velm is the 300's)."""
    lo = max([p.end() for p in _PART_SPLIT.finditer(text, ss, area.start())], default=ss)
    return lex.number_re.search(text, lo, area.start()) is not None and bool(
        _PART_SPLIT.search(text, area.end(), start)
    )


def place_part(text: str, ss: int, se: int, start: int, end: int, lex: Lexicon, casualty: bool = False) -> str | None:
    """The place a count is given for ("In Rouen, the prefecture counted 14,800", "the death toll
    in Derna", "five deaths were reported in the town of Coyuca"). Whether it is a part depends on
    the whole story: only a story that counts in two or more places has parts. Countries are left
    to ``_country_in``."""
    if _ELSEWHERE.match(text, end, se):
        return "part: elsewhere"  # "killed about 170 people elsewhere"
    itself = _PLACE_ITSELF.match(text, end, se)
    if itself:  # "89 lay dead in Hathras itself": set against the rest of the area
        return "part: " + " ".join(itself.group("place").split()).lower()
    alone = _PLACE_ALONE.search(text, ss, start)
    if alone and not _a_day(alone.group("place"), lex):  # "The state of Khartoum alone witnessed 169 deaths"
        return " ".join(alone.group("place").split()).lower()  # (but "on Thursday alone" is a day's)
    most = _PLACE_MOST_HIT.search(text, ss, start)
    if most:  # "The most affected district is Kola, with nine cases": Kola's part
        return " ".join(most.group("place").split()).lower()
    bracket = _PLACE_BRACKET.search(text, max(ss, start - 40), start)
    if bracket and text.startswith(")", end):  # "The dead are from Nairobi (17), Nakuru (3), ..."
        return " ".join(bracket.group("place").split()).lower()
    for f in _place_candidates(text, ss, se, start, end, lex, casualty):
        if f is None:
            continue
        if f.groupdict().get("part"):  # "government-controlled parts of Syria": a part, whatever else
            phrase = " ".join(f.group(0)[f.start("part") - f.start() :].split()).lower()
            return "part: " + ("elsewhere" if phrase.startswith("other ") else phrase)
        key = "next" if f.groupdict().get("next") else "place"  # "followed by Kola with 14"
        place = _PLACE_SUFFIX.sub("", " ".join(f.group(key).split()))  # "Wajima City" is Wajima
        at = f.start(key)  # "in the Parisian procession", "in the Mediterranean city": no place named
        if _ADJECTIVE_PLACE.match(text, at) or (
            text[max(ss, at - 4) : at] == "the " and _ADJECTIVE_TOWN.match(text, at)
        ):
            continue
        place = _after_modifier(place)
        if not place:
            continue  # "in Islamic State-claimed blasts", "in Wednesday's attack": a noun's modifier, no place
        if f.end("place") <= start and _PLACES_LISTED.match(text, f.end("place"), start):
            return None  # "died in the states of Kola and Dorn": the count of them all, no part
        first = place.split()[0].lower()
        if _NOT_OWNER.match(place.split()[0]) or (
            lex.dates and (first in lex.dates.months or first in lex.dates.weekdays)
        ):
            continue
        ent = lex.canonical(place)
        if ent is not None and lex.entities[ent].type in ("country", "bloc") and place.lower() not in lex.seats:
            continue  # a country; but "in Paris" is the city
        if lex.occurrence_re.search(place):
            continue  # "48 dead from Hurricane Otis": an occurrence, not a place
        if f.re is _PLACE_WITH_CLAUSE:
            return "part: " + place.lower()  # "with Kola experiencing ...": one area set against the rest
        return place.lower()
    return _place_referred(text, ss, se, start, end)


def _a_day(name: str, lex: Lexicon) -> bool:
    """Whether a capitalised name is a weekday or a month ("on Thursday alone"), no place."""
    first = name.split()[0].lower()
    return lex.dates is not None and (first in lex.dates.months or first in lex.dates.weekdays)


def _place_referred(text: str, ss: int, se: int, start: int, end: int) -> str | None:
    """The place a count told in "the region", "the province" is given for, in its part of the
    sentence ("Landslides in the region have killed 19"): the place the article last named of that
    kind before the sentence ("Kola province", "the province of Kola"); None when none is, or when
    the sentence that names it names another of the kind."""
    lo = part_start(text, ss, start)
    nxt = next_split(text, end, se)
    anaphor = _PLACE_ANAPHOR.search(text, lo, nxt.start() if nxt else se)
    if anaphor is None:
        return None
    kind = anaphor.group("kind").lower()
    named = [m for m in _NAMED_PLACE.finditer(text, 0, ss) if _kind_of(text, m) == kind]
    if not named:
        return None
    last = named[-1]
    sentence = text.rfind(".", 0, last.start())  # the sentence that names it, from its full stop before
    if any(m.start() > sentence and m.group("place") != last.group("place") for m in named[:-1]):
        return None  # "Kola province and Dorn province ... in the province": which?
    return " ".join(last.group("place").split()).lower()


def _kind_of(text: str, named: Any) -> str:
    """The kind of a place named with it: the word after it ("Kola province"), else before "of"."""
    after = _KIND_AFTER.match(text, named.end())
    return (after.group("kind") if after else named.group(0).split()[0]).lower()


def apposed_parts(text: str, whole_end: int, whole: float | None, at: int, se: int, lex: Lexicon) -> bool:
    """Whether the figure at ``at`` opens a list set after a total ending at ``whole_end`` and a
    comma that breaks it down ("killed 13 people, nine adults and four children", "15 dead, 12
    passengers and three crew"): two or more figures, each with its few words, joined by commas and
    "and", that sum to the total ``whole``."""
    if whole is None or not _APPOSED_OPENING.fullmatch(text, whole_end, at):
        return False
    total, count, last = 0.0, 0, None
    for m in lex.number_re.finditer(text, at, se):
        if count == _APPOSED_MOST or last is not None and not _APPOSED_GAP.fullmatch(text, last, m.start()):
            break
        if (count == 0 and m.start() != at) or (parsed := parse_number(m, lex)) is None:
            return False
        if parsed.qualifier != "exact" or parsed.figure is None:
            return False
        total, count, last = total + parsed.figure, count + 1, m.end()
    return count >= 2 and total == whole


def _after_modifier(place: str) -> str:
    """The place a name read before a count names once the modifiers of a noun are left out: "Velm-ruled
    Karsk" is Karsk; "Islamic State-claimed" and "Wednesday's" end as modifiers and name none ("")."""
    words = place.split()
    cut = max((i + 1 for i, w in enumerate(words) if _MODIFIER_NAME.search(w)), default=0)
    return " ".join(words[cut:])


def _listed_after(text: str, start: int, end: int, se: int, lex: Lexicon) -> bool:
    """Whether the count at ``start`` is a total its parts are listed after ("killed 5 people, 3 in
    Velm and 2 in Dorn"): their places are theirs, never the total's."""
    figure = lex.number_re.search(text, start, end)
    parsed = parse_number(figure, lex) if figure is not None else None
    at = end + len(text[end:se]) - len(text[end:se].lstrip(", "))
    return parsed is not None and apposed_parts(text, end, parsed.figure, at, se, lex)


def _place_candidates(
    text: str, ss: int, se: int, start: int, end: int, lex: Lexicon, casualty: bool = False
) -> Iterator[Any]:
    """Where a count's place may be named, nearest reading first; read one at a time, so the later
    ones are only looked for when the earlier ones name no place."""
    yield _PLACE_OPENING.match(text, ss, start)
    bracket = text.rfind("(", ss, start)
    if bracket != -1 and ")" not in text[bracket:start]:  # "80,000 in Lyon (police; 300,000 for the union)"
        yield _PLACE_OPENS_BRACKET.search(text, max(ss, bracket - 60), bracket)
    lo = part_start(text, ss, start)
    yield _PLACE_BEFORE.search(text, lo, start)
    yield _PLACE_HIT.search(text, lo, start)
    yield _PLACE_REPORTED.search(text, ss, start)  # its verb may stand before a comma: "..., totaling 19"
    yield region_reported(text, lo, start, lex)  # "Uttar Velm recorded 16 deaths": a state's
    yield _PLACE_WITH_CLAUSE.search(text, ss, start)  # "with Kola experiencing ..., leading to ... 2,500"
    yield _PLACE_OF_ACT.search(text, lo, start)
    yield _PLACE_ACTING.search(text, lo, start)  # "the West Velm government evacuated 9,000"
    yield _PLACE_OWNING_TOLL.search(text, lo, start)
    if casualty:  # "North Carolina, with at least 116 dead": a casualty count's place
        yield _PLACE_WITH.search(text, max(ss, start - 60), start)
        yield _PLACE_RANKED.search(text, lo, start)  # "Velm reported the highest with 17, followed by Kola with 14"
    nxt = next_split(text, end, se)
    yield _PLACE_AFTER.match(text, end, nxt.start() if nxt else se)
    if nxt is not None and (on := past_aside(text, nxt.start(), se)) is not None:
        after = _PART_SPLIT.search(text, on, se)  # "14 people, including 10 poll workers, died in Kola"
        yield _PLACE_AFTER.match(text, on, after.start() if after else se)
    if (
        nxt is not None
        and not _OWN_EXTENT.search(text, end, nxt.start())
        and not _listed_after(text, start, end, se, lex)
    ):
        yield _coordinated_place(text, nxt, se)


def _coordinated_place(text: str, split: Any, se: int) -> Any:
    """The place after the last of the figures coordinated with this one ("120 were killed and 340
    injured in Kola district", "64 killed, 30 missing and 800 injured in Kola County"): a place that
    ends a run of counts is each count's. The run stops at a part that does not open on a figure."""
    while split is not None:
        fig = _COORDINATED_FIGURE.match(text, split.end(), se)
        if fig is None:
            return None
        split = _PART_SPLIT.search(text, fig.end(), se)
        found = _PLACE_AFTER.match(text, fig.end(), split.start() if split else se)
        if found is not None:
            return found
    return None


def country_in(text: str, ss: int, se: int, start: int, end: int, mentions: list[Mention], lex: Lexicon) -> str | None:
    """The country a count is placed in within its part of the sentence ("90 have died in Nepal and
    50 in India's Assam state")."""
    lo = part_start(text, ss, start)
    nxt = next_split(text, end, se)
    hi = nxt.start() if nxt else se
    best = None
    opening = _IN_OPENING.match(text, ss, se)  # "In neighbouring Nepal, officials said ...": the whole sentence
    for m in mentions:
        in_part = lo <= m.start < hi or (opening is not None and ss <= m.start < opening.end())
        if not in_part or m.stance or not _IN_BEFORE.search(text, max(ss, m.start - 30), m.start):
            continue
        ent = lex.entities.get(m.name)
        if ent is None or ent.type not in ("country", "region", "city"):
            continue
        country = lex.country_of(m.name)
        if country and (best is None or abs(m.start - start) < best[0]):
            best = (abs(m.start - start), country)
    if best is None and len({lex.country_of(m.name) for m in mentions if ss <= m.start < se} - {None}) >= 2:
        return country_reported(text, lo, start, lex)  # "Kola had six deaths, while Velmia saw 16 deaths"
    return best[1] if best else None


def _topic_right(text: str, end: int, se: int, lex: Lexicon) -> Any:
    """A topic word the figure qualifies, right after it or past up to two adjectives ("a $5.4
    billion direct financial loss"), as a match of the topic pattern; None when there is none."""
    pos = end
    for _ in range(3):
        if text[pos : pos + 1] != " " or lex.topic_re is None:
            return None
        right = lex.topic_re.match(text, pos + 1, se)
        if right:
            return right
        word = _WORD_AFTER.match(text, pos, se)
        if word is None or not lemmas(word.group(1))[2]:
            return None
        pos = word.end()
    return None


def topic_of_figure(text: str, ss: int, se: int, start: int, end: int, lex: Lexicon) -> str | None:
    """What a percentage or amount is of: 'of the vote' right after, a topic word the figure
    qualifies ("a 33.7% vote share"), else the nearest topic word before the figure in its clause."""
    if lex.topic_re is None:
        return None
    of = _OF_TOPIC.match(text, end, se)
    if of:
        m = lex.topic_re.match(text, of.end(), se)
        if m:
            return lex.topic_of[" ".join(m.group(0).lower().split())]
    code = _CURRENCY_CODE_AFTER.match(text[end:se])
    end = end + code.end() if code else end  # "$68.7B USD acquisition": the code restates the currency
    right = _topic_right(text, end, se, lex)
    if right:
        return lex.topic_of[" ".join(right.group(0).lower().split())]  # "a 33.7% vote share", "a 60% turnout"
    if _ARTICLE_BEFORE.search(text, max(ss, start - 4), start) and _NOUN_AFTER.match(text, end, se):
        return None  # "proposing a 30% wage increase": of the noun it qualifies, not a topic before it
    left_start = max(ss, start - 60)
    cuts = list(_TOPIC_CUT.finditer(text[left_start:start]))
    lo = left_start + (cuts[-1].end() if cuts else 0)
    found = list(lex.topic_re.finditer(text, lo, start))
    if found:
        topic = lex.topic_of[" ".join(found[-1].group(0).lower().split())]
        # "With 96 percent of the ballots counted, Erdogan had 52.1 percent": the count's progress
        # is the opening clause's topic, not this figure's
        if not (topic == "count_progress" and "," in text[found[-1].end() : start]):
            return topic
    if _VOTE_VERB.search(text, max(ss, start - 30), start):
        return "vote"  # "Erdogan won 52.1 percent"
    if listed_share(text, ss, se, start, end):
        return "vote"  # "Following were the Dorn League with 20.8%, the Greens with 16.4%"
    m = _IN_FOR.match(text[end:se])
    if m:
        after = lex.topic_re.match(text, end + m.end(), se)
        if after:
            return lex.topic_of[" ".join(after.group(0).lower().split())]
    return None


def share_of(text: str, ss: int, se: int, start: int, end: int, lex: Lexicon) -> tuple[str, str | None] | None:
    """What a share is of, read past an owner, a size and modifiers after "of", and which part of
    it the modifiers name: "6% of the firm's 300,000-person corporate workforce" is of the workforce,
    its corporate part; "of its total workforce" is of all of it. "5% of that segment of its
    workforce" is of the part the sentence named before ("the company's corporate ranks")."""
    of = _OF_TOPIC.match(text, end, se)
    if lex.topic_re is None or of is None:
        return None
    at = of.end()
    part = _SHARE_PART.match(text, at, se)
    i = part.end() if part else at
    m = _SHARE_WHOLE.match(text, i, se)
    if m is not None:
        i = m.end()
    mods: list[str] = []
    topic = lex.topic_re.match(text, i, se)
    while topic is None and len(mods) < 3 and (mod := _SHARE_MODIFIER.match(text, i, se)) is not None:
        mods.append(mod.group(0).strip().lower())
        i = mod.end()
        topic = lex.topic_re.match(text, i, se)
    if topic is None:
        return None
    name = lex.topic_of[" ".join(topic.group(0).lower().split())]
    if part is not None:
        named = list(_PART_NAMED.finditer(text, ss, start))
        return (name, named[-1].group("part").lower()) if named else None
    if not mods or " and " in mods[-1] or mods[-1] in _WHOLE_WORDS:
        return name, None  # "its total workforce", "full- and part-time workers": the whole
    return name, mods[-1]


def clause_topic(reading: Reading, start: int, lex: Lexicon) -> str | None:
    """The topic named by the subject of the clause the figure completes, however far back:
    "Labour's vote share only increased by less than two percentage points to 34%"."""
    first = reading.index_at(start)
    vg = reading.level_verb(first) or reading.verb_before(first)
    if (
        vg is None
        or lex.topic_re is None
        or not (vg.lemma == "be" or fold(vg.lemma) in lex.link_verbs or vg.head + 1 < first)
    ):
        return None
    np = reading.clause_subject(vg.first)
    if np is None:
        return None
    toks = reading.tokens
    found = lex.topic_re.search(reading.text, toks[np.first].start, toks[np.head].end)
    return lex.topic_of[" ".join(found.group(0).lower().split())] if found else None


def rate_place(text: str, ss: int, start: int, lex: Lexicon) -> str | None:
    """The place a rate that nobody owns is given for, named first in its sentence part ("Northern
    Ireland had a turnout of 57%, Scotland 59%"). A country is the story's whole, not a part."""
    lo = part_start(text, ss, start)
    m = _RATE_PLACE.match(text, lo, start)
    if m is None:
        return None
    place = m.group("place")
    first = place.split()[0]
    known = lex.canonical(place)
    if known is not None and lex.entities[known].type not in ("region", "city"):
        return None  # a country, a party, a person: the whole or an owner, no part
    if _NOT_OWNER.match(first) or lex.topic_re and lex.topic_re.match(place):
        return None
    return place.lower()


def unit_context_ok(word: str, text: str, pos: int, se: int) -> bool:
    after = text[pos : min(se, pos + 30)].lower()
    if word == "in":
        return bool(_PRECIPITATION_AFTER.match(after))
    if word == "pounds":
        return bool(_MASS_AFTER.match(after))
    if word == "pc":  # "11.1pc": percent glued to its figure, never "3 PCs" or "PC Smith"
        return text[pos - 3 : pos - 2].isdigit()
    return bool(_DEGREES_AFTER.match(after)) or word in ("c", "f") and bool(_WORD_END.match(after))


def refine_measure(measure: str, text: str, ss: int, se: int, start: int, end: int, lex: Lexicon) -> str:
    """'5 inches of rain' is rainfall; '30,000 hectares burned' is area burned; '300 metres deep'
    is a size, never how far something fell or went (a motion), whatever fell into it."""
    contexts = lex.unit_context_res.get(measure)
    if not contexts:
        return measure
    sized = _SIZE_AFTER.match(text, end, se) is not None
    lo = max(ss, start - 50)
    window = text[lo : min(se, end + 50)].lower()
    after = end - lo  # where the figure ends in the window
    for specific, pattern in contexts:
        if sized and specific in lex.measure_classes["motion"]:
            continue
        for m in pattern.finditer(window):
            # a word after the figure that another figure follows is that one's ("winds of 120 km/h,
            # gusting up to 135 km/h": the gusts are the 135)
            if m.start() < after or not _FIGURE_NEXT.match(window, m.end()):
                return specific
    return measure


def place_of(text: str, ss: int, se: int) -> str | None:
    m = _PLACE_IN.search(text, ss, se)
    return m.group(1) if m else None
