"""Compiling the lexicon files' data into the tables and patterns the extractors scan with: once per
set of rules folders (``lexicon.load_lexicon`` caches the result)."""

from __future__ import annotations

import re as _stdlib_re
from typing import Any

import regex as re

from .char_classes import engines_differ
from .entity_gate import entity_gate
from .lexicon import DateWords, Entity, Lexicon, StateInitials, fold
from .lexicon_currencies import world_currencies
from .lexicon_events import compile_events
from .lexicon_figure_forms import after_pattern, article_pattern, digit_pattern
from .lexicon_places import world_regions
from .phrases import CaseFree, compile_pattern
from .phrases import alternation as _alternation
from .read.tokens import all_lemmas


def compile_lexicon(raw: dict[str, dict[str, Any]]) -> Lexicon:
    raw = {**raw, "entities": _with_world_regions(raw["entities"])}
    lx = Lexicon(raw=raw)
    _compile_numbers(lx, raw["numbers"])
    _compile_measures(lx, raw["measures"])
    _compile_states(lx, raw["measures"]["states"])
    _compile_entities(lx, raw["entities"])
    compile_events(lx, raw["events"])
    sp = raw["speakers"]
    lx.speech_verbs = list(sp["speech_verbs"])
    lx.common_speakers = frozenset(fold(w) for w in sp.get("common_speakers") or [])
    lx.modality = {k: list(v) for k, v in sp["modality"].items()}
    _compile_patterns(lx, sp)
    _compile_structure(lx, raw["patterns"])
    _compile_families(lx, raw.get("families", {}))
    lx.dates = _compile_dates(raw["dates"])
    lx.case_free = {name: CaseFree(getattr(lx, name)) for name in _CASE_FREE}
    return lx


_MEASURE_CLASSES = (
    "casualty",
    "occurrence",
    "owned",
    "named_owner",
    "topical",
    "running",
    "snapshot",
    "unanchored",
    "momentary",
    "yields_to_state",
    "elided_group",
    "rates",
    "by_verb",
    "headcount",
    "only_rises",
    "day_to_day",
    "motion",
    "of_a_thing",
)


def _compile_numbers(lx: Lexicon, num: dict[str, Any]) -> None:
    lx.number_words = {fold(k): float(v) for k, v in num["words"].items()}
    lx.scales = {fold(k): float(v) for k, v in num["scales"].items()}
    lx.vague = {fold(k): (float(v[0]), float(v[1])) for k, v in num["vague"].items()}
    lx.qualifiers = {fold(k): str(v) for k, v in num["qualifiers"].items()}
    lx.fractions = {fold(k): float(v) for k, v in (num.get("fractions") or {}).items()}
    lx.after = {fold(str(k)): str(v) for k, v in (num.get("after") or {}).items()}
    lx.article_units = [fold(str(u)) for u in num.get("article_units") or []]


def _compile_measures(lx: Lexicon, meas: dict[str, Any]) -> None:
    lx.nouns = {fold(k): dict(v) for k, v in meas["nouns"].items()}
    lx.units = {fold(str(k)): dict(v) for k, v in meas["units"].items()}
    lx.base_units = dict(meas["base"])
    world, world_prefixes, lx.currency_codes = world_currencies(
        {fold(str(w)) for w in meas.get("currency_words_not") or []},
        {str(c) for c in meas.get("currency_codes_not") or []},
    )
    lx.currencies = {**world, **{fold(str(k)): str(v) for k, v in meas["currencies"].items()}}  # the lexicon's own win
    lx.currency_prefixes = [*(fold(str(p)) for p in meas.get("currency_prefixes") or ["$"]), *world_prefixes]
    lx.unit_contexts = {k: dict(v) for k, v in meas.get("contexts", {}).items()}
    lx.unit_context_res = {
        measure: [
            (specific, compile_pattern(rf"\b(?:{_alternation(words, fold=False)})\b"))
            for specific, words in ctx.items()
        ]
        for measure, ctx in lx.unit_contexts.items()
    }
    lx.exact_populations = frozenset(meas.get("exact_populations") or [])
    lx.armed_populations = frozenset(meas.get("armed_populations") or [])
    lx.thingless_measures = frozenset(meas.get("thingless_measures") or [])
    lx.wholes = {frozenset(parts): whole for whole, parts in (meas.get("wholes") or {}).items()}
    lx.objects = {w: canon for canon, words in (meas.get("objects") or {}).items() for w in [canon, *words]}
    lx.measure_classes = {k: frozenset(meas["classes"].get(k) or []) for k in _MEASURE_CLASSES}
    for topic, spec in (meas.get("topics") or {}).items():
        for w in spec.get("words") or []:
            lx.topic_of[fold(w)] = topic
        if spec.get("owned"):
            lx.owned_topics.add(topic)
    if lx.topic_of:
        lx.topic_re = compile_pattern(rf"(?i)(?<![\w-])(?:{_alternation(lx.topic_of)})(?![\w-])")


def _compile_states(lx: Lexicon, states: dict[str, Any]) -> None:
    state_words: dict[str, list[str]] = {}
    for measure, spec in states.items():
        if spec.get("counts") == "things":
            lx.thing_states.add(measure)
        elif spec.get("counts") == "both":
            lx.both_states.add(measure)
        for pos in ("near", "before", "after"):
            words = spec.get(pos) or []
            if words:
                lx.state_re[f"{measure}:{pos}"] = compile_pattern(
                    rf"(?<![\w-])(?:{_alternation(words)})(?![\w-])", re.I
                )
                state_words[f"{measure}:{pos}"] = words

    for things in (False, True):
        lx.states_for[things] = [
            (measure, where, pat)
            for measure, where, pat in ((*key.split(":"), pat) for key, pat in lx.state_re.items())
            if (measure in lx.thing_states) == things or measure in lx.both_states
        ]
    all_states = [w for spec in states.values() for pos in ("near", "after") for w in spec.get(pos) or []]
    # read from the start of its white space (a figure never ends in one): a long run is scanned once
    lx.state_re_any = compile_pattern(rf"(?i)(?<!\s)\s+(?:{_alternation(all_states)})(?![\w-])")
    # every state word of every position: one scan says whether a window holds any state at all
    every = [w for spec in states.values() for pos in ("near", "before", "after") for w in spec.get(pos) or []]
    lx.state_gate_re = compile_pattern(rf"(?i)(?<![\w-])(?:{_alternation(every)})(?![\w-])")
    lx.state_initials = _state_initials(lx, state_words)


def _with_world_regions(ents: dict[str, Any]) -> dict[str, Any]:
    """The entities file's entries after the world's states and provinces (``lexicon_places``): its
    own win, and ``regions_not`` names those it leaves out."""
    own = ents["entities"]
    taken = {fold(str(w)) for w in ents.get("regions_not") or []}
    for name, spec in own.items():
        spec = spec or {}
        taken.add(fold(name))
        for key in ("aliases", "seats", "demonyms"):
            taken.update(fold(str(a)) for a in spec.get(key) or [])
    countries = [
        (n, list((s or {}).get("aliases") or [])) for n, s in own.items() if (s or {}).get("type") == "country"
    ]
    regions = world_regions(countries, taken, lambda w: bool(all_lemmas(w)))
    return {**ents, "entities": {**regions, **own}}


def _compile_entities(lx: Lexicon, ents: dict[str, Any]) -> None:
    for name, spec in ents["entities"].items():
        spec = spec or {}
        lx.entities[name] = Entity(name, spec.get("type", "group"), spec.get("part_of"), spec.get("acts_for"))
        lx.alias[fold(name)] = name
        for a in [*(spec.get("aliases") or []), *(spec.get("seats") or [])]:
            lx.alias[fold(a)] = name
        lx.seats.update(fold(a) for a in spec.get("seats") or [])
        for d in spec.get("demonyms") or []:
            lx.demonyms[fold(d)] = name
    lx.given_names = dict(ents.get("given_names") or {})
    lx.world_regions = frozenset(n for n, spec in ents["entities"].items() if (spec or {}).get("world_region"))


# the scans run over every sentence, or every article, run on lower-cased text where they can
_CASE_FREE = ("number_scan_re", "speech_re", "prefix_re", "accuse_re", "occurrence_re", "trigger_re", "modality_re")


def _state_initials(lx: Lexicon, words: dict[str, list[str]]) -> dict[tuple[bool, bool], StateInitials]:
    """For each list of state patterns (people or things) and side of a figure (left: before it),
    the patterns that may match where a word opens on a given letter (by their place in
    ``states_for``), those whose phrases open on any other character (tried everywhere), and all
    of them (tried at a character that is not ASCII, where case folding is not plain lower case).
    Empty when a pattern matches the empty text: nearest_state then scans each pattern."""
    if any(pat.match("") for pat in lx.state_re.values()):
        return {}
    out: dict[tuple[bool, bool], StateInitials] = {}
    for things, entries in lx.states_for.items():
        for left in (True, False):
            by_initial: dict[str, list[int]] = {}
            always: list[int] = []
            every: list[int] = []
            for k, (measure, where, _) in enumerate(entries):
                if where not in (("near", "before") if left else ("near", "after")):
                    continue
                every.append(k)
                initials = {w.lower()[:1] for w in words[f"{measure}:{where}"] if w}
                if all(c.isascii() and c.isalnum() for c in initials):
                    for c in initials:
                        by_initial.setdefault(c, []).append(k)
                else:
                    always.append(k)
            initial = {c: tuple(ks + always) for c, ks in by_initial.items()}
            out[things, left] = StateInitials(initial, tuple(always), tuple(every))
    return out


def _words_of(table: dict[Any, list[str]]) -> dict[str, int]:
    return {fold(str(w)): int(k) for k, words in table.items() for w in words}


def _compile_dates(dt_: dict[str, Any]) -> DateWords:
    months = _words_of(dt_["months"])
    weekdays = _words_of(dt_["weekdays"])
    full_months = [words[0] for words in dt_["months"].values()]
    full_days = [words[0] for words in dt_["weekdays"].values()]
    counts = {fold(k): int(v) for k, v in dt_["counts"].items()}
    units = {fold(k): str(v) for k, v in dt_["units"].items()}
    offsets = {fold(k): int(v) for k, v in dt_["offsets"].items()}
    directions = {fold(k): int(v) for k, v in dt_["directions"].items()}
    day_words = {fold(k): int(v) for k, v in dt_["day_words"].items()}
    wd_dirs = {fold(k): int(v) for k, v in dt_["weekday_directions"].items()}
    month_years = {fold(k): (v if v == "same" else int(v)) for k, v in dt_["month_years"].items()}
    anaphora = {fold(k): int(v) for k, v in dt_["anaphora"].items()}
    holidays = {fold(k): (int(v[0]), int(v[1])) for k, v in (dt_.get("holidays") or {}).items()}
    quarters = {fold(k): int(v) for k, v in (dt_.get("quarters") or {}).items()}
    halves = {fold(k): int(v) for k, v in (dt_.get("halves") or {}).items()}

    month_names = [w for ws in dt_["months"].values() for w in ws]
    mon = rf"(?:{_alternation(month_names, fold=False)})\.?"
    # the date pattern is case-insensitive as a whole: written in lower case (its names folded, no
    # inner case-insensitive group), it reads alike and is scanned on lower-cased text (CaseFree)
    mon_low = rf"(?:{_alternation(month_names)})\.?"
    day = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:1[89][0-9][0-9]|20[0-9][0-9])"
    n = rf"(?:[0-9]+|{_alternation(counts)})"
    unit = _alternation(units)
    # A cheap gate: a date starts at a word that can begin one; the full pattern is tried only there.
    starters = (
        {w.split()[0] for table in (months, weekdays, counts, directions, day_words, wd_dirs, anaphora) for w in table}
        | {w.split()[0] for w in [*dt_["within"], *holidays, *quarters, *halves]}
        | {"q1", "q2", "q3", "q4", "h1", "h2"}
    )
    # "no one", "no-one": nobody, not a figure
    gate = rf"(?<![\w])(?!(?<=\bno[-\s])one\b)(?=[0-9]|(?:{_alternation(starters)})\b)"
    date_re = compile_pattern(
        rf"""(?x)
        {gate}
        (?:
        (?P<iso>\b(?P<iy>{year})-(?P<im>0[1-9]|1[0-2])-(?P<id>[0-3][0-9])\b)
      | (?P<hol>(?P<hname>{_alternation(holidays) or "(?!)"})(?:,?\s+(?P<hy>{year}))?(?![\w]))
      | (?P<mdy>\b(?P<m1>{mon_low})\s+(?P<d1>{day})(?:,?\s+(?P<y1>{year}))?\b)
      | (?P<dmy>\b(?P<d2>{day})\s+(?:of\s+)?(?P<m2>{mon_low})(?:,?\s+(?P<y2>{year}))?\b)
      | (?P<my>\b(?P<m3>{mon_low})(?:\s+of)?,?\s+(?P<y3>{year})\b)
      | (?P<mrel>\b(?P<m4>{_alternation(full_months)})(?:\s+(?P<mref>{_alternation(month_years)}))?\b)
      | (?P<ago>\b(?P<an>{n})\s+(?P<au>{unit})\s+(?P<adir>{_alternation(offsets)}))\b
      | (?P<inn>\b(?:{_alternation(dt_["within"])})\s+(?P<inum>{n})\s+(?P<iu>{unit})(?:'|’)?(?:\s+time)?)\b
      | (?P<rel>\b(?P<rdir>{_alternation(directions)})\s+(?P<ru>{_alternation(dt_["periods"])}))\b
      | (?P<wd>\b(?:(?P<wdir>{_alternation(wd_dirs)})\s+)?(?P<wdn>{_alternation(full_days)})\b)
      | (?P<dayword>\b(?:{_alternation(day_words)})\b)
      | (?P<qtr>\b(?:(?P<qn>{_alternation({**quarters, **halves}) or "(?!)"})[\s-]+(?P<qu>quarter|half)(?![-\w])
          | q(?P<qd>[1-4]) | h(?P<hd>[12])(?=,?\s+{year}))
          (?:,?\s+(?:of\s+)?(?:(?P<qy>{year})|(?P<qref>{_alternation(month_years)})|(?P<qthe>the\s+year)))?
          \b(?!\s+of\b))
      | (?P<that>\b(?P<tdir>{_alternation(anaphora)})\s+(?P<tu>year|month)\b)
      | (?P<year>(?<![\w,.$€£-])(?P<yy>{year})(?![\w%-]|,\d|\.\d))
        )
        """,
        re.I,
    )
    mods = _alternation(dt_["period_modifiers"])
    # "higher-than-expected", "as planned": a cue compared with plans nothing. The lookbehind (of
    # any width, in the regex module) sees the whole phrase even where a search window cuts it.
    compared = _alternation(dt_.get("compared_with") or []).replace(r"\s+", r"[\s-]+")
    not_compared = rf"(?<!\b(?:{compared}))" if compared else ""
    return DateWords(
        months=months,
        weekdays=weekdays,
        counts=counts,
        units=units,
        offsets=offsets,
        told_from_named=frozenset(fold(x) for x in dt_.get("told_from_named") or []),
        directions=directions,
        day_words=day_words,
        weekday_directions=wd_dirs,
        month_years=month_years,
        anaphora=anaphora,
        holidays=holidays,
        quarters=quarters,
        halves=halves,
        month_re=mon,
        weekday_re=_alternation([w for ws in dt_["weekdays"].values() for w in ws], fold=False),
        date_re=date_re,
        date_scan=CaseFree(date_re),
        since_re=compile_pattern(rf"(?i)\b(?:{_alternation(dt_['since'])})\s+(?:(?:{mods})\s*)?$"),
        future_re=compile_pattern(rf"(?i)\b(?:{_alternation(dt_['future_cues'])})\b{not_compared}"),
        may_cue_re=compile_pattern(rf"(?i)\b(?:{_alternation(dt_['may_cues'])})\s*$"),
        stamps=_alternation(dt_["stamps"]),
    )


def _compile_families(lx: Lexicon, fam: dict[str, Any]) -> None:
    lx.family_verbs = {fold(k): str(v) for k, v in (fam.get("verbs") or {}).items()}
    lx.family_nouns = {fold(k): str(v) for k, v in (fam.get("nouns") or {}).items()}
    for lemma, population in _noun_lemmas(lx.nouns).items():
        lx.family_nouns.setdefault(lemma, population)
    lx.family_events = {fold(k): str(v) for k, v in (fam.get("events") or {}).items()}
    lx.containers = frozenset(fold(w) for w in fam.get("containers") or [])
    lx.deverbal = {fold(k): str(v) for k, v in (fam.get("deverbal") or {}).items()}
    lx.link_verbs = frozenset(fold(w) for w in fam.get("links") or [])
    lx.ignored_verbs = frozenset(fold(w) for w in fam.get("ignore") or [])


def _noun_lemmas(nouns: dict[str, dict[str, Any]]) -> dict[str, str]:
    """The population each one-word counted noun of the measures lexicon gives its lemma, so that an
    open noun keys as its listed form does whatever its number ("one student" as "40 students":
    students; "a miner" as "miners": workers). A noun that names a measure (a toll) gives none."""
    from .read.tokens import lemmas

    found: dict[str, str] = {}
    for word, spec in nouns.items():
        if " " in word or "measure" in spec or not spec.get("population"):
            continue
        lemma = lemmas(word)[0]
        if lemma and lemma != word:
            found.setdefault(lemma, str(spec["population"]))
    return found


def _compile_structure(lx: Lexicon, pt: dict[str, Any]) -> None:
    changes = _alternation(pt["changes"])
    lx.change_from_re = compile_pattern(rf"(?i)\b(?:{changes})\b[^;]{{0,100}}\bfrom\s*$")
    lx.change_direct_re = compile_pattern(
        rf"(?i)\b(?:{changes})\s+(?:by\s+)?(?:more\s+than\s+|about\s+|nearly\s+|almost\s+)?$"
    )
    # a change word, not the end of a compound ("clean-up work carried out by 2,500 soldiers"); what
    # changed may be named at length before "by" ("lowered the toll from Sunday's bombings by 106"),
    # but a participle right before "by" names a passive's agent ("rose on flames generated by 33
    # engines"): the figure is the agent's, no change
    lx.change_by_re = compile_pattern(
        rf"(?i)(?<![\w-])(?:{changes})\s+(?:(?:[\w'’]+\s+){{0,11}}(?![\w'’]*ed\s)[\w'’]+\s+)?by\s*$"
    )
    lx.running_total_re = compile_pattern(rf"(?i)\b(?:{_alternation(pt['running_total'])})\b")
    superlative = rf"\b(?:{_alternation(pt['superlatives'])}|most\s+\w+)\b"
    lx.superlative_since_re = compile_pattern(rf"(?i){superlative}[^,;]{{0,40}}since$")
    # "the deadliest in the past 50 years": a period after a superlative dates the record
    lx.superlative_before_re = compile_pattern(rf"(?i){superlative}[^,;.]{{0,40}}$")
    lx.office_re = compile_pattern(rf"(?i)\b(?:{_alternation(pt['offices'])})\b")
    lx.place_noun_re = compile_pattern(rf"(?i)\b(?:{_alternation(pt['place_nouns'])})s?\b")
    lx.titles_re = compile_pattern(rf"^(?:(?:{_alternation(pt['titles'], fold=False)})\s+)+")
    # "ward 3", and a list of them, "wards 3, 4 and 5" (not "in two days 40 people died")
    plural = _alternation([w for w in pt["labels"] if w.isalpha() and w.lower() not in ("year", "day", "season")])
    lx.label_re = compile_pattern(rf"(?i)(?<![\w])(?:{_alternation(pt['labels'])}|(?:{plural})s)\s*$")
    # "3:15", and a dotted time joined to its half of the day ("9.15pm", where the figure read is the 9)
    clock_words = _alternation(pt["clock_words"])
    lx.clock_re = compile_pattern(rf"(?i)^\s*(?::\d\d|\.[0-5]\d\s?(?:a\.?m|p\.?m)\b|(?:{clock_words})(?![\w]))")
    lx.aged_re = compile_pattern(rf"(?i)\b(?:{_alternation(pt['age_words'])})\s*$")


def _occurrence_words(lx: Lexicon) -> str:
    """The occurrence words as one alternation; a word that is also a month's name ("march") is no
    occurrence when it dates: before a day or year ("March 22", "March 2024"), after a day ("22
    March") or after a word that opens a time ("in March", "since March", "early March")."""
    months = _words_of(lx.raw["dates"]["months"])
    both = sorted(w for w in lx.occurrence if w in months)
    rest = _alternation(w for w in lx.occurrence if w not in months)
    if not both:
        return rest
    # each look-behind has one width, so the standard library's engine (and the case-free scan) take it;
    # a day before the name dates it only after an opening word, a weekday, a comma or a bracket
    # ("on 22 March", "Friday 22 March"), not after another month ("the July 1 march")
    opening = [rf"\b{re.escape(fold(str(w)))}\s" for w in lx.raw["dates"].get("month_opening_words") or []]
    opening += ["day\\s", ",\\s", "\\("]
    days = ["", "[0-9]\\s", "[0-9][0-9]\\s", "[0-9](?:st|nd|rd|th)\\s", "[0-9][0-9](?:st|nd|rd|th)\\s"]
    before = "".join(f"(?<!{w}{d})" for w in opening for d in days)
    # the name is looked for first: the scan tries this branch at every character, and the 85
    # look-behinds tried first there were four fifths of the whole scan
    name = rf"(?:{_alternation(both)})"
    return rf"{rest}|(?={name}(?!\s+[0-9])){before}{name}"


def _compile_patterns(lx: Lexicon, sp: dict[str, Any]) -> None:
    words = _alternation(lx.number_words)
    # Scale words follow a space ("1.2 million"); abbreviations stick to the digits ("$4bn", "10k").
    scales = _alternation(s for s in lx.scales if len(s) > 2)
    abbrevs = _alternation(s for s in lx.scales if len(s) <= 2)
    vague = _alternation(lx.vague)
    quals = _alternation(lx.qualifiers)
    tens = _alternation(w for w, v in lx.number_words.items() if v in (20, 30, 40, 50, 60, 70, 80, 90))
    units = _alternation(w for w, v in lx.number_words.items() if v in range(1, 10) and " " not in w)
    # not inside "COVID-19" or "2014-2022", but "magnitude-7.8" is a figure
    free = rf"(?:(?<=magnitude-)|(?<![\w.,/:-])|(?<=\b(?:{_alternation(lx.qualifiers)})))"
    # the same without the qualifier glued to its digits ("about5,000"): a fixed-width look-behind,
    # so the standard library's engine takes it (see ``Lexicon.figures``)
    free_unglued = r"(?:(?<=magnitude-)|(?<![\w.,/:-]))"
    digit = digit_pattern(lx, free)
    wordnum = rf"(?:(?:{tens})-(?:{units})|{words})"
    # "three and a half", "four-and-a-half": a fraction written after the whole number is part of it
    fraction = "|".join(r"[\s-]+".join(map(_stdlib_re.escape, f.split())) for f in lx.fractions) or "(?!)"
    # a run of spaces read from its start: linear on any text (tests/test_patterns_adversarial.py)
    lx.fraction_re = _stdlib_re.compile(rf"(?<![\s-])[\s-]+(?:{fraction})\b", _stdlib_re.I)
    # two-letter abbreviations may stand after a space ("$1.5 bn", "Rs 3,000 cr"); "4 m" is a length
    spaced = _alternation(s for s in lx.scales if len(s) == 2)
    one = rf"(?:{digit}|{wordnum})(?:[\s-]+(?:{fraction})\b)?(?:(?:\s+|-)(?:{scales})\b)*(?:(?<=[0-9])\s?(?:{spaced})\b|(?<=[0-9])(?:{abbrevs})\b)?"
    # the second figure of a range follows a hyphen ("100-300", "100-to-300"), so no lookbehind
    digit2 = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?(?![0-9,][0-9])|[0-9]+(?:\.[0-9]+)?"
    two = (
        rf"(?:{digit2}|{wordnum})(?:(?:\s+|-)(?:{scales})\b)*(?:(?<=[0-9])\s?(?:{spaced})\b|(?<=[0-9])(?:{abbrevs})\b)?"
    )
    post = after_pattern(lx, wordnum)
    article = article_pattern(lx)
    # A cheap gate first: matching starts only at a word that can begin a figure, which makes
    # the scan several times faster than trying the full pattern at every position.
    starts = {w.split()[0] for w in [*lx.number_words, *lx.vague, *lx.qualifiers, "between", "from", "us", "an"]}
    prefixes = lx.currency_prefixes
    cur = rf"(?:{_alternation(prefixes)})"
    symbols = "".join(re.escape(p) for p in prefixes if len(p) == 1)
    words = _alternation(p for p in prefixes if len(p) > 1)
    # a qualifier glued to its figure in copied text ("about5,000") still opens it
    # "no one", "no-one": nobody, not a figure
    gate = (
        rf"(?<![\w])(?!(?<=\bno[-\s])one\b)(?=[0-9]|[{symbols}]|(?:{_alternation(starts)})(?:\b|(?=[0-9]))|(?:{words}))"
    )
    glued = _alternation(u for u in lx.units if len(u) > 0)
    number = rf"""(?ix)
        {gate}
        (?:(?P<between>between|from)\s+)?
        (?:(?P<qual>{quals})(?:\s+|(?<=[~≈])|(?=[0-9])))?
        (?P<cur>{cur})?\s?
        (?:
            # a vague magnitude may take scales ("several hundred thousand", "a few dozen")
            (?P<vague>{vague})(?P<vscale>(?:(?:\s+|-)(?:{scales})\b)*)(?:\s+of)?
          | (?P<num>{one}|{article})
            (?:\s*(?:-to-|-\s+to\s|-|–|—|to|and)\s*(?P<cur2>{cur})?(?P<num2>{two})|{post})?
        )
        (?:(?![\w])|(?<=[0-9])(?=(?:{glued})(?![\w])))
        """  # the last line: a unit glued to its figure ("90kmh", "44.1C")
    lx.number_re = compile_pattern(number)
    # The qualifier look-behind has variable width, so the whole pattern runs on the slower
    # ``regex`` module. It can only hold where a digit follows the last letter of a qualifier, so a
    # sentence with no such pair (and no character the two engines read apart) is scanned by the
    # standard library's engine without it.
    lx.number_scan_re = _stdlib_re.compile(number.replace(free, free_unglued))
    ends = {c for q in lx.qualifiers if q for c in (q[-1], q[-1].lower(), q[-1].upper())}
    lx.glued_re = _stdlib_re.compile(rf"[{''.join(map(_stdlib_re.escape, sorted(ends)))}][0-9]|{engines_differ()}")
    lx.noun_re = compile_pattern(rf"(?i)(?:{_alternation(lx.nouns)})(?![\w-])")
    unit_words = _alternation(list(lx.units) + list(lx.currencies))
    lx.unit_re = compile_pattern(rf"(?i)(?:{unit_words})(?![\w])")
    upper = [a for a in _aliases(lx) if a[:1].isupper() or a[:1].isdigit()]
    lower = [a for a in _aliases(lx) if not (a[:1].isupper() or a[:1].isdigit())]
    demonyms = [d.title() for d in lx.demonyms]
    # gate: a name starts with a capital or a digit, or with the first word of a lower-case alias
    gate = entity_gate({a.split()[0] for a in lower})
    lx.entity_re = compile_pattern(
        rf"(?<![\w-]){gate}"
        rf"(?:(?P<up>{_alternation(upper + demonyms, fold=False)})|(?i:(?P<low>{_alternation(lower)})))(?![\w-])"
    )
    lx.trigger_re = compile_pattern(rf"(?i)(?<![\w-])(?:{_alternation(lx.trigger_type)})(?![\w-])")
    # "the fire agency", "a crash barrier": a word that names an institution or a thing is no occurrence
    modifies = _alternation(lx.raw["events"].get("occurrence_modifies") or ["-"])
    # "opened fire": a word before it that makes an idiom of it (one fixed look-behind each)
    idioms = "".join(rf"(?<!\b{re.escape(w)}\s)" for w in lx.raw["events"].get("occurrence_idioms") or [])
    # "storm-related deaths": a word hyphened after it that tells what it caused still names it
    related = _alternation(lx.raw["events"].get("occurrence_related") or ["-"])
    lx.occurrence_re = compile_pattern(
        rf"(?i)(?<![\w-]){idioms}(?:{_occurrence_words(lx)})(?:(?![\w-])|(?=-(?:{related})(?![\w-])))"
        rf"(?!\s+(?:{modifies})(?![\w-]))"
    )
    lx.speech_re = compile_pattern(rf"(?i)(?<![\w-])(?:{_alternation(lx.speech_verbs)})(?![\w-])")
    lx.prefix_re = compile_pattern(rf"(?i)(?<![\w-])(?:{_alternation(sp['prefixes'])})\s+")
    lx.accuse_re = compile_pattern(rf"(?i)(?<![\w-])(?:{_alternation(sp['accuse'])})(?![\w-])")
    # the word start is tested once, not once per kind: the same matches, 40% faster
    lx.modality_re = compile_pattern(
        r"(?<![\w-])(?:"
        + "|".join(rf"(?P<{kind}>(?:{_alternation(cues)})(?![\w-]))" for kind, cues in lx.modality.items())
        + ")",
        re.I,
    )


def _aliases(lx: Lexicon) -> list[str]:
    raw_ents = lx.raw["entities"]["entities"]
    out: list[str] = []
    for name, spec in raw_ents.items():
        out.append(name)
        out.extend((spec or {}).get("aliases") or [])
        out.extend((spec or {}).get("seats") or [])
    return out
