"""What a figure counts: the noun after or before it, the noun it shares with a coordinated figure,
and the state words around it ("killed", "on standby") that say what happened to what is counted."""

from __future__ import annotations

import re

from ..grammar import section
from ..lexicon import Lexicon, fold
from ..read import lemmas
from ..read.tokens import all_lemmas
from .figure_gates import Gate
from .quantity_context import STATE_CUT

G = section("counted")

_STOP = G.words("stop")
_TOKEN = G.re("token")
_SUSPENDED = G.re("suspended_hyphen")
_MORE_NOUN = Gate(G.re("more_noun"))
_PLURAL = G.re("plural")
_NOT_COUNTED = G.words("not_counted")
NATIONALITY = G.re("nationality")  # also a part told by its nation alone (parts.py)
_ORIGIN_NOUNS = G.words("origin_nouns")
_POSSESSIVE = G.words("possessive")
_NEXT_FIGURE = G.re("next_figure")
_COORDINATED_ACT = G.re("coordinated_act")
_PEOPLE_PLURAL = G.re("people_plural")
_COORDINATED_HEAD = G.re("coordinated_head")
_LINK_VERB = G.re("link_verb")
_PUT_AT = G.re("put_at")
_AT_AFTER = G.re("at_after")
_REVISED_TO = G.re("revised_to")
_REVISING = G.re("revising")
_SUBJECT_GAP = G.re("subject_gap")
_ASIDE_AFTER = G.re("aside_after")
_SPEAKERS_SAID = G.re("speakers_said")
_ACRONYM = G.re("acronym")
_NATION_BEFORE = G.re("nation_before")
_FROM_NATION = G.re("from_nation")
_NATION_ACCOUNTED = Gate(G.re("nation_accounted"))  # skipped where no "accounted", "made" ... stands
_SAID_BETWEEN = G.re("said_between")
_EXISTENTIAL = G.re("existential")


def noun_after(text: str, pos: int, se: int, lex: Lexicon) -> tuple[dict[str, str], int, list[str]] | None:
    """The counted noun within three modifiers after a figure: '100,000 Russian troops'. A plural
    noun the lexicon does not know ('four teachers') is its own population, so that it never
    mixes with all people; one followed by "from" a country ("658 deaths from Egypt", "seven
    pilgrims from Jordan") counts that nation's, as "Egyptian deaths" and "Jordanian pilgrims" do."""
    found = _noun_after(text, pos, se, lex)
    if found is None:
        return None
    spec, end, mods = found
    population = spec.get("population", "people")
    if spec.get("thing") or " " in population or _nation(mods, lex):
        return found  # a thing, or those of a nation already
    nation = _from_nation(text, end, se, lex) or _nation_accounted(text, pos, lex)
    if nation is None:
        return found
    return {**spec, "population": _nations(nation, population)}, end, mods


def _nation_accounted(text: str, pos: int, lex: Lexicon) -> str | None:
    """The demonym of a people whose share of a toll the figure ending at ``pos`` is ("Egyptians
    accounted for 658 deaths"), if the lexicon knows it."""
    m = _NATION_ACCOUNTED.search(text, max(0, pos - 160), pos)
    return m.group("nation").lower() if m is not None and fold(m.group("nation")) in lex.demonyms else None


def _noun_after(text: str, pos: int, se: int, lex: Lexicon) -> tuple[dict[str, str], int, list[str]] | None:
    pos = pos + (len(text[pos:se]) - len(text[pos:se].lstrip()))
    of_own = text.startswith("of ", pos)
    if of_own:
        pos += 3
    mods: list[str] = []
    ends: list[int] = []
    for _ in range(4):
        m = lex.noun_re.match(text, pos, se)
        if m:
            spec = lex.nouns[" ".join(m.group(0).lower().split())]
            if "measure" not in spec and not spec.get("thing") and (nation := _nation(mods, lex)):
                # "two Egyptian nationals" are Egyptian people, as "two Egyptians" are
                own = "people" if " ".join(m.group(0).lower().split()) in _ORIGIN_NOUNS else None
                spec = {**spec, "population": f"{nation} {own or spec.get('population', 'people')}"}
            elif (origin := _origin(mods, m.group(0))) is not None:
                spec = {**spec, "population": f"{origin} people"}  # "one Oslo resident": the town's, a part
            elif spec.get("population") == "people" and (
                people := next((w for w in mods if _PEOPLE_PLURAL.fullmatch(w)), None)
            ):
                spec = {**spec, "population": _people_of(people, lex)}  # "Three Kenyans dead": the Kenyans' deaths
            return spec, m.end(), mods
        more = _MORE_NOUN.match(text, pos, se)
        if more:  # "5,000 more soldiers": an addition, and the noun still to come
            pos = more.end() + len(text[more.end() : se]) - len(text[more.end() : se].lstrip())
            continue
        # "full- and part-time workers": one modifier, not a word and a stop
        tok = _SUSPENDED.match(text, pos, se) or _TOKEN.match(text, pos, se)
        if not tok or not tok.group(1) or tok.group(1).lower() in _STOP or not tok.group(1)[0].isalpha():
            break
        mods.append(tok.group(1))
        ends.append(tok.end())
        pos = tok.end()
        acronym = _ACRONYM.match(text, pos, se) if tok.group(1)[0].isupper() else None
        pos = acronym.end() if acronym else pos
        pos += len(text[pos:se]) - len(text[pos:se].lstrip())
    for i, token in enumerate(mods):
        w, end = _word(token, ends[i])
        if _demonym_plural(w, lex):
            return {"population": _people_of(w, lex)}, end, mods[:i]  # "1,400 Israelis": a nationality
        if _plural(w, mods[:i], i + 1 == len(mods)) and w.lower() not in _NOT_COUNTED:
            return {"population": _of_nation(mods[:i], population_of(w.lower(), lex), lex)}, end, mods[:i]
    if of_own and len(mods) > 1 and mods[0].lower() in _POSSESSIVE:
        # "four of his kin": a part of someone's own people, never the whole toll
        word = mods[1].rstrip(".")
        return {"population": population_of(word.lower(), lex)}, ends[1] - len(mods[1]) + len(word), mods[:1]
    if mods and (nation := _nation(mods[:2], lex)):
        # "two Japanese", "one French national": those of one nation, a part of any whole
        return {"population": f"{nation} people"}, ends[min(len(mods), 2) - 1], mods
    return None


def _word(token: str, end: int) -> tuple[str, int]:
    """A token without the full stop that ends its sentence ("more than 660 Egyptians."), and where
    the word ends; an abbreviation keeps its stops ("U.S.")."""
    if token.endswith(".") and "." not in token[:-1]:
        return token[:-1], end - 1
    return token, end


def _plural(word: str, before: list[str], last: bool) -> bool:
    """Whether a word is a plural that names what a figure counts. A capitalised one ("10
    Marines", "two U.S. Marines", a headline's "60 Pilgrims") only when nothing follows it among
    the modifiers (before another word it names a place: "19 Texas teachers") and nothing before it
    is lower case (after "ethnic" it names a people, whose count the open reading gives)."""
    if _PLURAL.fullmatch(word):
        return True
    if not last or not word[:1].isupper() or not word[1:].islower() or any(m[:1].islower() for m in before):
        return False
    return _PLURAL.fullmatch(word.lower()) is not None


def _demonym_plural(word: str, lex: Lexicon) -> bool:
    return word[:1].isupper() and word.endswith("s") and word[:-1].lower() in lex.demonyms


def _people_of(plural: str, lex: Lexicon) -> str:
    """The population a capitalised plural of people names, one name for one nation however told:
    "660 Egyptians", "two Egyptian nationals" and "Egyptian deaths" all count Egyptian people."""
    nation = plural[:-1]
    return f"{nation.lower()} people" if fold(nation) in lex.demonyms else plural.lower()


def _nation(mods: list[str], lex: Lexicon) -> str | None:
    """The nation a modifier names ("seven Pakistani pilgrims": "pakistani"), if any."""
    return next(
        (m.lower() for m in mods if NATIONALITY.fullmatch(m) or m[:1].isupper() and fold(m) in lex.demonyms), None
    )


def _from_nation(text: str, end: int, se: int, lex: Lexicon) -> str | None:
    """The demonym of a country named by "from" right after a counted noun ("deaths from Egypt")."""
    m = _FROM_NATION.match(text, end, se)
    country = lex.canonical(m.group(1).rstrip(".")) if m is not None else None  # "from Egypt."
    entity = lex.entities.get(country) if country is not None else None
    if entity is None or entity.type != "country":
        return None
    return next((d for d, name in lex.demonyms.items() if name == country), None)


def _origin(mods: list[str], noun: str) -> str | None:
    """The place a word of origin's modifier names ("one Oslo resident", "two Lagos natives"), if any."""
    if " ".join(noun.lower().split()) not in _ORIGIN_NOUNS:
        return None
    return next((m.lower() for m in mods if m[:1].isupper()), None)


def _of_nation(mods: list[str], population: str, lex: Lexicon) -> str:
    """The population with the nation a modifier names, if any ("seven Pakistani pilgrims")."""
    nation = _nation(mods, lex)
    return _nations(nation, population) if nation else population


def _nations(nation: str, population: str) -> str:
    """ "seven Pakistani pilgrims": those of one nation are a part of all the pilgrims counted;
    "two Egyptian nationals" are Egyptian people, as "two Egyptians" are."""
    return f"{nation} people" if population in _ORIGIN_NOUNS else f"{nation} {population}"


def coordinated_noun(text: str, pos: int, se: int, lex: Lexicon) -> tuple[dict[str, str], int, list[str]] | None:
    """The noun a figure shares with the figure after it: "18 confirmed and 18 probable cases"."""
    m = _COORDINATED_HEAD.match(text, pos, se)
    if m is None:
        return None
    noun = lex.noun_re.match(text, m.end(), se)
    if noun is None:
        return None
    return lex.nouns[" ".join(noun.group(0).lower().split())], m.end("mod"), [m.group("mod")]


def population_of(word: str, lex: Lexicon) -> str:
    """An unknown plural's population: its lemma, through the noun families ("assailants" and
    "attackers" are one population)."""
    if (joined := compound_head(word, lex)) is not None:
        return joined
    lemma = lemmas(word)[0] or word
    return lex.family_nouns.get(lemma, lemma)


_HEADS: dict[tuple[int, str], str | None] = {}  # compound_head's answers, by lexicon and word
_HEADS_BY: list[Lexicon | None] = [None]
_HEADS_MOST = 4096  # answers kept before the store is emptied


def compound_head(word: str, lex: Lexicon) -> str | None:
    """The population of a closed compound English does not know whose last part the lexicon or
    the noun families do ("railcars" are cars: vehicles), when the part before it is a word ("rail").
    Kept by word: an article's plurals recur, and each answer tries every cut of the word."""
    if len(word) < 7:
        return None
    key = (id(lex), word)
    if _HEADS_BY[0] is not lex:  # a new lexicon: the old one's answers go (it may be freed, its id reused)
        _HEADS.clear()
        _HEADS_BY[0] = lex
    elif key in _HEADS:
        return _HEADS[key]
    if len(_HEADS) >= _HEADS_MOST:
        _HEADS.clear()
    head = _HEADS[key] = _compound_head(word, lex)
    return head


def _compound_head(word: str, lex: Lexicon) -> str | None:
    if all_lemmas(word):
        return None
    for cut in range(3, len(word) - 2):
        tail = word[cut:]
        spec = lex.nouns.get(tail)
        known = str(spec["population"]) if spec and spec.get("population") else None
        known = known or lex.family_nouns.get(lemmas(tail)[0] or tail)  # "cars": the family's
        if known is not None and all_lemmas(word[:cut]):
            return known
    return None


def noun_before(
    text: str, ss: int, start: int, lex: Lexicon, qualified: bool = False
) -> tuple[dict[str, str], int, list[str]] | None:
    """'the death toll rose to 3,400', 'cases climbed to 15,400': the counted noun before a linking verb."""
    window = text[max(ss, start - 160) : start]  # a toll's subject may run long ("the death count in the ...")
    best = None
    for m in lex.noun_re.finditer(window):
        if _LINK_VERB.fullmatch(window, m.end()) or (not window[m.end() :].strip() and qualified):
            if _SAID_BETWEEN.search(window, m.end()):
                continue  # "survivors said there were around 400": the survivors speak
            if _complement(window, best, m, lex):
                continue  # "the toll from a blast targeting police rose to 83": the toll's, not the police's
            if window[m.end() : m.end() + 1] in (",", "…") and "measure" not in _entry(m, lex):
                continue  # "For the police, they were 1.2 million": an aside, not the counted noun
            best = m  # "the death toll rose to 3,400"; headlines: "quake toll tops 30,000"
        elif _AT_AFTER.fullmatch(window[m.end() :]) and _PUT_AT.search(window, 0, m.start()):
            best = m  # "put the number of refugees at 250,000"
        elif _REVISED_TO.fullmatch(window[m.end() :]) and _REVISING.search(window, max(0, m.start() - 30), m.start()):
            best = m  # "lowered the death toll to 40"
    if best is None:
        return None
    entry = _entry(best, lex)
    if entry.get("population", "people") == "people" and "measure" in entry:
        nation = _NATION_BEFORE.search(window, 0, best.start())
        if nation is not None and fold(nation.group(1)) in lex.demonyms:
            entry = {**entry, "population": f"{nation.group(1).lower()} people"}  # "Egyptian deaths rose to"
    return entry, start, []


def _complement(window: str, head: re.Match[str] | None, m: re.Match[str], lex: Lexicon) -> bool:
    """Whether ``m``, a noun that names who but not what, only qualifies a counted noun before it
    (``head``: a toll, a number of dead) rather than naming those counted ("the toll among police")."""
    if head is None or "measure" not in _entry(head, lex) or "measure" in _entry(m, lex):
        return False
    return window[head.end() : m.start()].split()[:1] not in (["among"], ["of"])


def _entry(m: re.Match[str], lex: Lexicon) -> dict[str, str]:
    return lex.nouns[" ".join(m.group(0).lower().split())]


def nearest_state(
    text: str,
    lex: Lexicon,
    left: tuple[int, int] | None,
    right: tuple[int, int] | None,
    things: bool,
    skip: str | None = None,
) -> tuple[str, int] | None:
    """The state word nearest a figure: searched in ``left`` (ending at the figure) and ``right``
    (starting after it); a word right after a figure is its own ("four were wounded")."""
    if not lex.state_initials:
        return _nearest_state_scan(text, lex, left, right, things, skip)
    entries = lex.states_for[things]
    # (distance, place in the list, side): the first of the nearest, as one pass over the list finds it
    best: tuple[int, int, int] | None = None
    if left is not None:
        for k, (_, last_end) in _state_spans(text, lex, *left, things, True).items():
            if entries[k][0] != skip and (best is None or (left[1] - last_end, k, 0) < best):
                best = (left[1] - last_end, k, 0)
    if right is not None:
        for k, (first_start, _) in _state_spans(text, lex, *right, things, False).items():
            if entries[k][0] != skip and (best is None or (first_start - right[0] - 4, k, 1) < best):
                best = (first_start - right[0] - 4, k, 1)
    return None if best is None else (entries[best[1]][0], best[0])


def _state_spans(text: str, lex: Lexicon, lo: int, hi: int, things: bool, left: bool) -> dict[int, list[int]]:
    """The state patterns of one side that match in ``text[lo:hi]`` (by place in ``states_for``),
    each with the start of its first match and the end of its last, as its own scan finds them
    (matches that do not overlap, from the left). A pattern is tried only where the gate finds a
    state word opening, and only if one of its phrases opens on that letter: a few calls, not a
    scan of the window by every pattern."""
    initials = lex.state_initials[things, left]
    entries = lex.states_for[things]
    found: dict[int, list[int]] = {}
    at = lo
    while (g := lex.state_gate_re.search(text, at, hi)) is not None:
        s = at = g.start()
        c = text[s]
        for k in initials.initial.get(c.lower(), initials.always) if c.isascii() else initials.every:
            m = entries[k][2].match(text, s, hi)
            if m is None:
                continue
            spans = found.get(k)
            if spans is None:
                found[k] = [s, m.end()]
            elif s >= spans[1]:  # the pattern's own scan goes on from the end of its last match
                spans[1] = m.end()
        at += 1
    return found


def _nearest_state_scan(
    text: str,
    lex: Lexicon,
    left: tuple[int, int] | None,
    right: tuple[int, int] | None,
    things: bool,
    skip: str | None = None,
) -> tuple[str, int] | None:
    """nearest_state by every pattern's scan of both sides: for a lexicon with no state_initials."""
    best: tuple[str, int] | None = None
    for measure, where, pat in lex.states_for[things]:
        if measure == skip:
            continue
        if left is not None and where in ("near", "before"):
            for m in pat.finditer(text, *left):
                d = left[1] - m.end()
                if best is None or d < best[1]:
                    best = (measure, d)
        if right is not None and where in ("near", "after"):
            for m in pat.finditer(text, *right):
                d = m.start() - right[0] - 4
                if best is None or d < best[1]:
                    best = (measure, d)
    return best


def state_near(
    text: str, ss: int, se: int, start: int, end: int, lex: Lexicon, things: bool = False
) -> tuple[str, int] | None:
    """The state word nearest the figure in its clause ('killed', 'on standby') and its measure;
    things (homes, buildings) are only destroyed or damaged, people are not."""
    lo, hi = max(ss, start - 70), min(se, end + 70)
    cuts = list(STATE_CUT.finditer(text, lo, start))
    if cuts:
        lo = cuts[-1].end()
    said = list(_SPEAKERS_SAID.finditer(text, lo, start))
    if said:
        lo = said[-1].end()  # "Survivors said there were 400 on board": the survivors speak
    hi = clause_end(text, end, hi)
    hi = next_figure(text, end, hi)
    if (second := _COORDINATED_ACT.search(text, end, hi)) is not None:
        hi = second.start()  # "displaced 414,000 people and killed 30": "killed" is the 30's
    # The figure is the subject of its own verb ("and 104 have been rescued", "164 people on board
    # were killed"), maybe past an aside ("50 people, most of them women, were killed"): that
    # verb's state wins over a nearer one from the clause before.
    verb_at, verb_hi = _own_verb(text, se, end, hi)
    if verb_at is not None:
        own = nearest_state(text, lex, None, (verb_at, min(verb_hi, verb_at + 30)), things, skip="on_board")
        if own is not None and own[1] <= 0:
            return own
    best = nearest_state(text, lex, (lo, start), (end, hi), things)
    if best is not None and best[0] == "on_board":
        # "killing all five people on board": what happened to them wins over where they were,
        # unless the figure opens a clause of its own ("those rescued said that there were 750 on the ship")
        near = max(lo, start - 25)
        opened = _EXISTENTIAL.search(text, near, start)
        other = None if opened else nearest_state(text, lex, (near, start), None, things, skip="on_board")
        if other is not None:
            return other
    return best


def next_figure(text: str, end: int, hi: int) -> int:
    """Where a figure set right after this one's words, with no word or mark between, begins
    ("injuring 400 people 12 confirmed dead", a headline's run): the words after it are its own."""
    m = _NEXT_FIGURE.match(text, end, hi)
    return m.end() if m is not None else hi


def clause_end(text: str, pos: int, limit: int) -> int:
    """Where the clause going on from ``pos`` ends, at ``limit`` at the latest: the first clause cut
    ("300 died, while 40 were injured")."""
    cut = STATE_CUT.search(text, pos, limit)
    return cut.start() if cut else limit


def _own_verb(text: str, se: int, end: int, hi: int) -> tuple[int | None, int]:
    """Where the verb a figure is the subject of may start, and where its clause ends: past the
    auxiliaries ("have been"), and past an aside set off by commas, which a clause cut would
    otherwise end the clause at."""
    aside = _ASIDE_AFTER.match(text, end, se)
    if aside is not None:
        end = aside.end()
        hi = clause_end(text, end, min(se, end + 70))
    gap = _SUBJECT_GAP.match(text, end, hi)
    if gap is not None and gap.end() < hi:
        return gap.end(), hi
    return (end, hi) if aside is not None else (None, hi)
