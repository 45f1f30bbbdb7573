"""Parts of a counted group, kept as subjects of their own: "two of the dead were civilians",
"200 people were killed, 10 of whom were civilians", "of them, 793 were discharged", "23 deaths, of
which five were among confirmed cases". The part is counted in the measure of its whole (deaths)
with the group it names as its population (civilians), so it never meets the whole's count. A toll
broken down by group is read however outlets tell it: "30 of those who died were Nepali nationals",
"Nepalis accounted for 30 of the dead", "three other deceased are Filipinos", "12 of the dead were
under 18"."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from ..grammar import section
from ..lexicon import Lexicon, fold
from ..read import Reading, VerbGroup
from ..read.tokens import Token
from .counted import NATIONALITY, noun_after
from .figure_gates import NEAR
from .open_counts import nominal_state, own_state

if TYPE_CHECKING:
    from .figure import Shared

_BE = frozenset({"were", "are", "was", "is", "remain", "remained"})
# one of _BE as a token of its own stands in the text so, whatever its case: part_named's gate
_BE_WORD = re.compile(r"(?i)(?<![A-Za-z])(?:" + "|".join(sorted(_BE)) + r")(?![A-Za-z])")
_REFERENCES = frozenset({"whom", "which", "them", "those", "these"})
_FOREIGNERS = "foreigner"
_OTHER = frozenset({"other", "more", "further"})
_RELATIVE = frozenset({"who", "that"})
_CLAUSE_REACH = 10  # tokens a clause naming the whole by its fate may run ("who died in the fire")
G = section("parts")

_LINK = G.re("link")
_ORIGIN_NOUNS = G.words("origin_nouns")
_GROUP_BEFORE = G.re("group_before")
_VICTIMS = G.words("victim_nouns")
_AGE_BAND = G.re("age_band")
# one word for each side of an age band, however told
_BAND_SIDES = {"below": "under", "younger than": "under", "above": "over", "older than": "over"}
_GROUP_BEFORE_REACH = 60  # characters before a figure a group told with "accounted for" may start
# words a breakdown's bracket may open on before its first figure ("(including 4", "(of whom 3")
_BRACKET_OPENING = 3
_BRACKET_CLOSED = G.re("restated_close")
_CURRENCY_SIGNS = G.words("currency_signs")
_RANKS = G.words("ranks")
_ALIVE = G.words("alive_fates")
_HURT = G.words("hurt_states")
_DONE_TO_DEAD = G.words("done_to_the_dead")
_DEAD = frozenset({"deaths", "bodies"})  # a whole of the dead: what is done to a part is done to bodies
_VICTIMS_POPULATION = frozenset({"victims"})
_PLAIN_DEAD = frozenset({"people", "victims"})  # populations that name no group: a manner may part them
_CLAUSE_OPENERS = G.words("clause_openers")
_MANNERS = G.words("manners_of_death")
_MANNER_ASIDE = G.words("manner_aside")
_MANNER_OTHERS = G.words("manner_other_parts")
_MANNER_REACH = 12  # tokens after a figure its manner of death may stand ("11 were reported to have drowned")
_BRACKET_GAP = 90  # how far a bracketed breakdown may open after its total ("36 cases in two districts (")


@dataclass(frozen=True)
class Part:
    measure: str | None  # the whole's measure when the part names it ("of the dead": deaths)
    population: str  # the group the part is ("civilians")
    end: int  # where the claim's quote ends
    refers: bool = False  # the whole stands for a casualty count told before ("of them", "of the victims")
    victims: bool = False  # ... named as its victims: a count of what befell people


def part_after(
    reading: Reading, end: int, lex: Lexicon, of_group: bool, qualifiers: frozenset[str] = frozenset()
) -> Part | None:
    """The part a figure ending at ``end`` counts, read from the words after it: "of the dead were
    civilians", "of whom were children", "of them children", "were among confirmed cases", "of
    those who died in the fire were identified as Indian nationals".
    ``of_group`` says an "of ..." phrase names the whole right after the figure."""
    toks = reading.tokens
    i, n = reading.index_at(end), len(reading.tokens)
    measure, refers, pronoun, sized = None, False, False, False
    if of_group and i < n and toks[i].lower == "of":
        i += 1
        if i < n and toks[i].lower in _REFERENCES and not _counted_after(toks, i + 1, lex):
            i += 1
            refers = pronoun = True
            if i < n and (toks[i].lower in _RELATIVE or toks[i].tag == "VERB"):
                measure, _ = own_state(reading, toks[i - 1].end, lex)  # "of those who died": the deaths
                i, refers = _past_clause(reading, i), measure is None
        else:
            sized = i + 2 < n and toks[i].lower == "the" and toks[i + 1].tag == "NUM"
            whole = reading.noun_phrase(i + 2 if sized else i)  # "30 of the 50 dead": told with its size
            if whole is None:
                return None
            # "of the dead", "of the deaths": the deaths
            measure = nominal_state(reading, whole, lex) or lex.nouns.get(fold(toks[whole.head].lower), {}).get(
                "measure"
            )
            refers = measure is None and whole.lemma in _VICTIMS  # "of the victims": of the toll told
            i = whole.head + 1
    elif not of_group and i < n and toks[i].lower == "others":
        i += 1  # "11 others are Velmish": others of the same whole
    if i < n and (link := _LINK.match(reading.text, toks[i].start)) is not None and link.end() > toks[i].start:
        i = reading.index_at(link.end())  # "were", "were identified as", "were also among"
    if i < n and (band := age_band(reading.text, toks[i].start)) is not None:
        return Part(measure, f"people ({band[0]})", band[1], refers, refers and not pronoun)  # "were under 18"
    if measure is not None and not sized and i + 1 < n and toks[i].lower == "in" and toks[i + 1].tag == "PROPN":
        return Part(measure, "people", toks[i - 1].end, refers, refers and not pronoun)  # "were in Velm": its place
    part = _group_at(reading, i, lex, measure, qualifiers)
    if part is None and (measure is not None or refers) and i > 0:
        part = Part(measure, "", toks[i - 1].end)  # "of the dead", its group told before the figure
    if part is None:
        return None
    # a whole told with its size is a claim of its own: the part's quote stops at its figure
    return dataclasses.replace(part, refers=refers, end=end if sized else part.end, victims=refers and not pronoun)


def _counted_after(toks: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """A casualty noun right after "those" or "these" ("25 of those deaths were civilians"): the
    word is a determiner of the whole, read as "of the deaths", not a pronoun for a whole told before."""
    return i < len(toks) and toks[i].tag == "NOUN" and "measure" in lex.nouns.get(fold(toks[i].lower), {})


def age_band(text: str, at: int) -> tuple[str, int] | None:
    """An age band that says who a part is ("under 18", "aged over 60", "under the age of 10"): the
    band ("under 18") and where it ends. Its figure is an age, never a count."""
    m = _AGE_BAND.match(text, at)
    if m is None:
        return None
    side = _BAND_SIDES.get(" ".join(m.group("side").lower().split()), m.group("side").lower())
    return f"{side} {m.group('age')}", m.end()


def group_before(reading: Reading, start: int, lex: Lexicon) -> str | None:
    """The group a part is when told before its figure ("Velmish nationals accounted for 30 of the
    dead", "children made up 12 of them"): its population, a nation's people or the noun's."""
    m = _GROUP_BEFORE.search(reading.text, max(reading.start, start - _GROUP_BEFORE_REACH), start)
    if m is None:
        return None
    j = reading.index_before(m.start("verb"))
    if j < 0:
        return None
    toks = reading.tokens
    if toks[j].lower in _ORIGIN_NOUNS and j > 0 and (nation := nation_alone(reading, j - 1, lex)) is not None:
        return f"{nation[0]} people"  # "Indian nationals accounted for"
    if (nation := nation_alone(reading, j, lex)) is not None:
        return f"{nation[0]} people"
    lemma = toks[j].noun
    if toks[j].tag != "NOUN" or lemma is None or lemma == toks[j].lower:
        return None  # a plural noun names the group ("children", "women"), not a singular one
    return lex.nouns.get(fold(toks[j].lower), {}).get("population") or lex.family_nouns.get(lemma, lemma)


def may_name_part(text: str, end: int, se: int) -> bool:
    """Whether ``part_named`` may find a part after a figure ending at ``end`` (its sentence ends at
    ``se``): it needs a token of ``_BE`` there, which a sentence rarely holds; one without is not
    tokenised for it. Looked for only in a sentence's rest this short: part_named reads a few tokens."""
    return se - end > NEAR or _BE_WORD.search(text, end, se) is not None


def part_named(reading: Reading, end: int, lex: Lexicon) -> Part | None:
    """A part told by a casualty noun right after its figure and the group it is ("Three other
    deceased are Velmish", "two dead were children"): that group's count of the noun's measure."""
    toks, i = reading.tokens, reading.index_at(end)
    if i < len(toks) and toks[i].lower in _OTHER:
        i += 1
    if i >= len(toks):
        return None
    measure = lex.nouns.get(fold(toks[i].lower), {}).get("measure")  # "deceased", "dead", "fatalities"
    whole = reading.noun_phrase(i) if measure is None else None
    if whole is not None:
        measure, i = nominal_state(reading, whole, lex), whole.head
    if measure not in lex.measure_classes["casualty"] or i + 1 >= len(toks):
        return None
    link = _LINK.match(reading.text, toks[i + 1].start)
    if link is None or toks[i + 1].lower not in _BE:
        return None  # "two dead among them": no group said
    part = _group_at(reading, reading.index_at(link.end()), lex, measure, frozenset())
    return part if part is not None and names_group(reading, part) else None


def names_group(reading: Reading, part: Part) -> bool:
    """Whether a part read after a bare linking verb names a group of people ("were children", "are
    Velmish", "are foreign nationals"), not a fate or a condition ("were wounded due to", "is
    critical"): a nation's people, or a plural noun."""
    if part.population.endswith(" people") or part.population == _FOREIGNERS:
        return True
    last = reading.tokens[reading.index_before(part.end)]
    return last.tag == "NOUN" and last.noun not in (None, last.lower) and part.population != "people"


def _group_at(reading: Reading, i: int, lex: Lexicon, measure: str | None, qualifiers: frozenset[str]) -> Part | None:
    """The group a part is, named from token ``i`` on."""
    toks, n = reading.tokens, len(reading.tokens)
    if i < n and toks[i].lower in qualifiers and (i + 1 == n or not toks[i + 1].lower.isalpha()):
        return Part(measure, toks[i].lower, toks[i].end)  # "(4 confirmed, 19 probable)": a bare status
    if (nation := nation_alone(reading, i, lex)) is not None:
        return Part(measure, f"{nation[0]} people", nation[1])  # "16 were Kenyan": those of one nation
    group = reading.noun_phrase(i) if i < n else None
    if group is None or toks[group.head].tag not in ("NOUN", "ADJ"):
        return None
    head = toks[group.head]
    if head.verb is not None and head.lower.endswith(("ed", "en")) and group.head == group.first:
        return None  # "793 were discharged": what happened to them, not who they are
    # the lexicon's name for the noun first, as a counted noun is named ("12 women", "were women")
    population = lex.nouns.get(fold(head.lower), {}).get("population") or lex.family_nouns.get(group.lemma, group.lemma)
    if "foreign" in group.mods and group.lemma in _ORIGIN_NOUNS:
        population = _FOREIGNERS  # "foreign nationals", "foreign citizens": as "foreigners" reads
    status = next((t.lower for t in toks[group.first : group.head + 1] if t.lower in qualifiers), None)
    if status is not None:
        population = status  # "(4 confirmed, 19 probable)", "among confirmed cases": the confirmed part
    if measure is None and nominal_state(reading, group, lex) is not None:
        return None  # "five of them injured": a state, not a group
    return Part(measure, population, toks[group.head].end)


def _past_clause(reading: Reading, i: int) -> int:
    """The token after the clause that names a whole by what befell it ("who died in the fire",
    "killed in the blast"): the first linking verb after it, within the clause."""
    toks = reading.tokens
    for j in range(i + 1, min(len(toks), i + _CLAUSE_REACH)):
        if toks[j].tag == "PUNCT":
            return j
        if toks[j].lower in _BE:
            return j
    return i


def nation_alone(reading: Reading, i: int, lex: Lexicon) -> tuple[str, int] | None:
    """The nation a word of nationality names when it stands alone as what a part was ("16 were
    Kenyan, one was British", "30 are Indians", "were Indian nationals"), not before a noun of its
    own ("were Kenyan police"): the nation's word and where the group's words end."""
    toks = reading.tokens
    if i >= len(toks):
        return None
    word = fold(toks[i].text)
    plural = toks[i].text[:1].isupper() and word.endswith("s") and word[:-1] in lex.demonyms
    if plural:
        return word[:-1], toks[i].end  # "Indians", "Filipinos": the nation's people
    if not (word in lex.demonyms or NATIONALITY.fullmatch(toks[i].text)):
        return None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.lower in _ORIGIN_NOUNS:
        return toks[i].lower, nxt.end  # "Indian nationals", "Kenyan citizens"
    return (toks[i].lower, toks[i].end) if nxt is None or nxt.tag in ("PUNCT", "CCONJ", "ADP") else None


def group_named(text: str, start: int, end: int, lex: Lexicon) -> str | None:
    """The population a group counted by its size names when it is more than people ("the 16
    Velmish citizens"): what its parts are parts of. A nation's group in a role that is no armed
    force ("the 176 Nepali workers who lived there") is named by its nation: outlets count the
    nation's dead among them as the nation's ("46 Nepalis died")."""
    size = lex.number_re.search(text, start, end)
    noun = noun_after(text, size.end(), end, lex) if size is not None and size.group("num") else None
    if noun is None or "measure" in noun[0]:
        return None  # "Of the 128 confirmed dead": a count of a fate, not a group
    population = noun[0].get("population")
    nation, _, role = (population or "").partition(" ")
    if role and role not in lex.armed_populations and (nation in lex.demonyms or NATIONALITY.fullmatch(nation.title())):
        return f"{nation} people"
    return population if population != "people" else None


class _Quoted(Protocol):
    start: int
    end: int
    measure: str


def restated_sum(text: str, opened: int, start: int, end: int | None) -> bool:
    """A bracket that holds a sum alone ("(€121m)", "(121m euros)"): the sum before it restated."""
    return (
        end is not None
        and text[opened + 1 : start].strip() in _CURRENCY_SIGNS
        and _BRACKET_CLOSED.match(text, end) is not None
    )


def bracket_whole(text: str, ss: int, start: int, hits: Sequence[_Quoted], end: int | None = None) -> int | None:
    """The index in ``hits`` of the total a bracket open before ``start`` breaks down: "23 deaths (4
    confirmed, 19 probable)", "36 cases in two districts (18 confirmed, 18 suspected)". The bracket
    must still be open and open soon after the total's quote, with no clause break between."""
    if not hits:
        return None
    opened = text.rfind("(", ss, start)
    if opened < 0 or ")" in text[opened:start]:
        return None
    inside = [h for h in hits if opened < h.start < start]
    first = min((h.start for h in inside), default=start)
    if len(text[opened + 1 : first].split()) > _BRACKET_OPENING:
        return None  # "(adjusting the figures of a report that said 90 ...)": an aside, not a breakdown
    if inside and min(inside, key=lambda h: h.start).measure == "percentage":
        return None  # "11 deaths (fatality ratio 78.6%; for one case ...)": a rate opens an aside, no parts
    for i in range(len(hits) - 1, -1, -1):
        if hits[i].end <= opened:
            gap = text[hits[i].end : opened]
            if hits[i].measure == "money" and restated_sum(text, opened, start, end):
                return None  # "a fee of £106.8m (€121m)": the sum in another currency, no part of it
            if len(gap) <= _BRACKET_GAP and not any(c in gap for c in ";:()"):
                return i
            return None
    return None


def state_of_part(reading: Reading, end: int, lex: Lexicon, told: str | None = None) -> Part | None:
    """A part told by what befell it after its whole ("Eight of the climbers were admitted to
    hospitals", "two of the injured later died", "eight of those rescued were taken to hospital",
    "74 of the 97 dead have been identified"): that state's count among the whole's group. A part
    of those a fate befell is that fate's part ("two of the injured died": `deaths|injured`), unless
    they are those left alive and the part is hurt ("of those rescued, eight were hospitalised"
    counts all the hurt). ``told``: the casualty count's measure "them" or "whom" stands for ("injured
    20 people, two of whom later died"). Never a rank ("one of the largest") nor a part of things."""
    toks, i = reading.tokens, reading.index_at(end) + 1
    if i + 1 >= len(toks) or toks[i - 1].lower != "of":
        return None
    if toks[i].lower == "those" and toks[i + 1].tag == "VERB":
        fate, _ = own_state(reading, toks[i].end, lex)  # "of those rescued (Sunday)"
        population, j, sized = "people", _past_clause(reading, i + 1), False
    elif toks[i].lower in ("them", "whom") and told is not None:
        fate, population, j, sized = told, "people", i + 1, False  # "two of them later died"
    elif toks[i].lower in ("the", "these") and (whole := _whole_of_part(reading, i, lex)) is not None:
        fate, population, j = whole
        population = joined_whole(reading, j - 1) or population  # "of the passengers and crew": people
        sized = toks[i + 1].tag == "NUM"
    else:
        return None
    j, named = verb_of_part(reading, j, lex)  # "of the 61 victims in Velm", "of the men arrested in Velm"
    fate = named or fate
    if j >= len(toks) or (vg := reading.verb_group(j)) is None or vg.negated:
        return None
    measure, _ = own_state(reading, toks[j].start, lex)
    verb = vg.lemma.split()[0]  # "bury in": bury
    if measure is None and (fate in _DEAD or population in _VICTIMS_POPULATION) and verb in _DONE_TO_DEAD:
        measure, population = f"bodies:{verb}", "people"  # "74 of the 97 dead were identified"
    elif measure is None or measure == fate or measure not in lex.measure_classes["casualty"] or sized:
        return None  # a whole told with its size is read by its own rule (`counted_figure._part_by_state`)
    elif measure in lex.thing_states:
        return None  # "two of the homes were destroyed": no part of things
    else:
        population = fate_population(fate, measure, population)
    last = max(k for k in range(vg.first, vg.head + 1) if k == vg.first or toks[k].tag == "VERB")
    return Part(measure, population, end if sized else toks[last].end)  # a sized whole keeps its own claim


def _whole_of_part(reading: Reading, i: int, lex: Lexicon) -> tuple[str | None, str, int] | None:
    """The whole named from its determiner at ``i`` ("the climbers", "the 97 dead", "the injured"):
    the fate it names if any, its population and the token after it; None for a rank or things."""
    toks = reading.tokens
    k = i + 2 if toks[i + 1].tag == "NUM" else i + 1
    spec = lex.nouns.get(fold(toks[k].lower), {}) if k < len(toks) else {}
    if "measure" in spec and toks[k].tag in ("VERB", "ADJ"):  # "the injured", "the 97 dead"
        return spec["measure"], spec.get("population", "people"), k + 1
    whole = reading.noun_phrase(k if k > i + 1 else i)
    if whole is None:
        return None
    spec = lex.nouns.get(fold(toks[whole.head].lower), {})
    if spec.get("thing") or any(
        t.lower in _RANKS or t.tag == "ADJ" and t.lower.endswith("est") for t in toks[k : whole.head + 1]
    ):
        return None  # "one of the largest towns", "two of the three sites"
    fate = nominal_state(reading, whole, lex) or spec.get("measure")
    return fate, spec.get("population") or lex.family_nouns.get(whole.lemma, whole.lemma), whole.head + 1


def verb_of_part(reading: Reading, j: int, lex: Lexicon) -> tuple[int, str | None]:
    """Where the part's own verb may start after its whole's words from token ``j`` on, past who the
    whole is (`past_whole`) and a participle that names its fate ("of the men arrested in Velm
    (later) died", "of the 85 people hurt in the crash were taken to hospital"), and that fate."""
    toks = reading.tokens
    j = past_whole(reading, j)
    if (aside := _aside_end(reading, j)) is not None:  # "of the six crew, arriving from Velm, were killed"
        return aside, own_state(reading, toks[j].end, lex)[0]
    vg = reading.verb_group(j) if j < len(toks) else None
    main = _reduced(reading, vg) if vg is not None else None
    if main is None:
        return j, None
    return main, own_state(reading, toks[j - 1].end, lex)[0]  # the participle names the whole's fate


def _aside_end(reading: Reading, j: int) -> int | None:
    """The token after a participle's aside set off by commas at token ``j`` ("of the six crew,
    arriving from Velm, were killed"), when a verb follows it; else None."""
    toks = reading.tokens
    if j + 1 >= len(toks) or toks[j].text != "," or toks[j + 1].tag != "VERB":
        return None
    for k in range(j + 2, min(len(toks), j + _CLAUSE_REACH)):
        if toks[k].tag == "PUNCT":
            return k + 1 if toks[k].text == "," and reading.verb_group(k + 1) is not None else None
    return None


def fate_population(fate: str | None, measure: str, population: str) -> str:
    """Who a part of a whole a fate befell is counted as: among that fate ("two of the injured died":
    `deaths|injured`, no count of all deaths), unless the part's state is the whole's own ("66 of the
    85 people hurt were taken to hospital": all those in hospital) or the whole is of those left
    alive and the part is hurt ("of those rescued, eight were hospitalised": all the hurt)."""
    if fate is None or fate == measure or fate in _ALIVE and measure in _HURT:
        return population
    return fate


def _reduced(reading: Reading, vg: VerbGroup) -> int | None:
    """A participle right after the whole that another verb follows in the clause ("one of the men
    arrested in Velm (later) died"): it names the whole; where the part's own verb group starts."""
    toks = reading.tokens
    if toks[vg.first].tag != "VERB":
        return None
    for k in range(vg.head + 1, len(toks)):
        if toks[k].tag == "PUNCT" or toks[k].lower in _CLAUSE_OPENERS:
            return None  # "nine of the 14 infected people died when the fever struck": "died" is the part's
        if toks[k].tag in ("VERB", "AUX"):
            return k - 1 if toks[k - 1].tag == "ADV" else k  # "later died"
    return None


def joined_whole(reading: Reading, head: int) -> str | None:
    """ "people" for a whole told as two groups joined ("179 of the 181 passengers and crew"), as the
    whole's own count reads it; else None."""
    toks = reading.tokens
    joined = head + 2 < len(toks) and toks[head + 1].lower == "and" and toks[head + 2].tag == "NOUN"
    return "people" if joined else None


def past_whole(reading: Reading, j: int) -> int:
    """The token after a whole's words that tell who it is, where its verb may start: past a place
    ("95,000 Veldans in the valley"), a group joined to it ("181 passengers and crew") and where it
    was ("on board", "aboard", "aboard the ferry")."""
    toks = reading.tokens
    for _ in range(3):
        if j + 1 < len(toks) and toks[j].lower == "and" and toks[j + 1].tag == "NOUN":
            j += 2
        elif (
            j < len(toks) and (toks[j].tag == "ADP" or toks[j].lower in _ABOARD) and (pp := reading.noun_phrase(j + 1))
        ):
            j = pp.head + 1  # "in the valley", "aboard the ferry"
        elif j < len(toks) and toks[j].lower in _ABOARD:
            j += 1
    return j


_ABOARD = frozenset({"aboard", "onboard"})


def manner_part(reading: Reading, start: int, population: str | None) -> str | None:
    """The part of the dead a count of people or victims starting at ``start`` is, by the manner of
    death it is told with (`people (drown)`), when the sentence tells another part of the dead with
    another manner ("11 were reported to have drowned and 18 others, including three children, were
    burned to death", "11 drowning victims ..., while the rest were burned to death"). None for a
    lone manner ("78 migrants drowned": the whole toll drowned) or a group of its own ("three children")."""
    if population not in _PLAIN_DEAD:
        return None
    toks = reading.tokens
    fig = next((k for k in range(reading.index_at(start), len(toks)) if toks[k].tag in ("NUM", "PRON")), None)
    own = _manner_after(reading, fig) if fig is not None else None
    if fig is None or own is None:
        return None
    for k, tok in enumerate(toks):
        if tok.verb in _MANNERS and tok.verb != toks[own].verb and _another_part(reading, k, fig):
            return f"people ({toks[own].verb})"
    return None


def _manner_after(reading: Reading, fig: int) -> int | None:
    """The token of the manner of death told of the figure at token ``fig``, within its part of the
    sentence: up to a conjunction, a semicolon or the next figure (one in an aside is passed)."""
    toks = reading.tokens
    for k in range(fig + 1, min(len(toks), fig + _MANNER_REACH)):
        tok = toks[k]
        if tok.tag == "CCONJ" or tok.text == ";" or tok.tag == "NUM" and toks[k - 1].lower not in _MANNER_ASIDE:
            return None
        if tok.verb in _MANNERS:
            return k
    return None


def _another_part(reading: Reading, k: int, fig: int) -> bool:
    """Whether the manner at token ``k`` is told of another part than the figure at ``fig``: a
    figure or "the rest", "others" before it in its part of the sentence."""
    toks = reading.tokens
    for j in range(k - 1, -1, -1):
        if j == fig or toks[j].tag == "CCONJ" or toks[j].text == ";":
            return False
        if toks[j].tag == "NUM" or toks[j].lower in _MANNER_OTHERS:
            return True
    return False


def placed_as_whole(place: str | None, country: str | None, whole: Shared, breakdown: bool) -> bool:
    """Whether a figure names no place of its own: none, or, for a part of a breakdown, only its
    whole's ("In Velmia, officials confirmed six deaths, including three who were electrocuted": the
    three are Velmia's because the six are, a part of them, never a second count of the six)."""
    return (place, country) == (None, None) or breakdown and (place, country) == (whole.place, whole.country)
