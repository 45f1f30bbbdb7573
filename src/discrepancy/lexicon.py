"""Lexicons: the knowledge the extractors use, loaded from ``rules/lexicon/*.yaml`` and compiled once.

The files are data a user can extend (``--rules DIR`` with a ``lexicon/`` folder of its own: entries
merge over the bundled ones). Each file documents its own format in its header.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

import yaml

from .phrases import CaseFree, lowered


class LexiconError(Exception):
    """A lexicon file is malformed; the message names the file."""


def default_rules_dir() -> Path:
    """The bundled rules: inside the installed package, or ``rules/`` of a source checkout."""
    packaged = Path(str(resources.files("discrepancy"))) / "_rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rules"


# libyaml's loader when PyYAML was built with it: the bundled rules load ten times faster
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_mapping(path: Path, error: type[Exception], what: str) -> dict[str, Any]:
    """A YAML file that must hold a mapping; errors name the file (and line) as ``error``."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER) or {}
    except OSError as err:
        raise error(f"{path}: cannot read: {err.strerror}") from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        raise error(f"{where}: invalid YAML: {getattr(err, 'problem', err)}") from None
    if not isinstance(data, dict):
        raise error(f"{path}: a {what} file must be a mapping")
    return data


def _load_yaml(path: Path) -> dict[str, Any]:
    from .lexicon_schema import check_lexicon_file

    data = read_mapping(path, LexiconError, "lexicon")
    check_lexicon_file(path, data, LexiconError)  # known files and keys only (lexicon_schema.py)
    _check_words(data, path, [])
    return data


def _check_words(node: object, path: Path, where: list[str]) -> None:
    """Every listed word must be text: YAML reads a bare `no` or `on` as a boolean."""
    if isinstance(node, dict):
        for k, v in node.items():
            _check_words(v, path, [*where, str(k)])
    elif isinstance(node, list):
        for item in node:
            if isinstance(item, bool) or item is None:
                key = ".".join(where)
                raise LexiconError(f'{path}: {key}: {item!r} is not a word; quote it ("no", "on")')
            _check_words(item, path, where)


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in extra.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        elif isinstance(v, list) and isinstance(out.get(k), list):
            out[k] = out[k] + [x for x in v if x not in out[k]]
        else:
            out[k] = v
    return out


@dataclass
class Entity:
    name: str
    type: str
    part_of: str | None = None
    acts_for: str | None = None


class StateInitials(NamedTuple):
    """The state patterns of one list and side that may match where a word opens on a letter
    (places in ``Lexicon.states_for``), those tried everywhere, and all of them."""

    initial: dict[str, tuple[int, ...]]
    always: tuple[int, ...]
    every: tuple[int, ...]


@dataclass(eq=False)
class DateWords:
    """The date grammar of lexicon/dates.yaml, folded and compiled (see that file's header)."""

    months: dict[str, int]  # folded name -> 1..12
    weekdays: dict[str, int]  # folded name -> 0..6
    counts: dict[str, int]
    units: dict[str, str]
    offsets: dict[str, int]
    told_from_named: frozenset[str]  # folded offsets counted from the date named before them
    directions: dict[str, int]
    day_words: dict[str, int]
    weekday_directions: dict[str, int]
    month_years: dict[str, int | str]
    anaphora: dict[str, int]
    holidays: dict[str, tuple[int, int]]  # folded name -> (month, day)
    quarters: dict[str, int]  # folded ordinal -> 1..4 ("third quarter", "Q3")
    halves: dict[str, int]  # folded ordinal -> 1..2 ("first half", "H1")
    month_re: str  # alternation of every month name, for other patterns (datelines)
    weekday_re: str
    date_re: Any
    date_scan: CaseFree  # date_re's scan, run on the lower-cased text where that finds the same
    since_re: Any
    future_re: Any
    may_cue_re: Any
    stamps: str


@dataclass
class Lexicon:
    raw: dict[str, dict[str, Any]]
    number_words: dict[str, float] = field(default_factory=dict)
    scales: dict[str, float] = field(default_factory=dict)
    vague: dict[str, tuple[float, float]] = field(default_factory=dict)
    fractions: dict[str, float] = field(default_factory=dict)  # "and a half" after a whole number
    fraction_re: Any = None  # any of them, joined by spaces or hyphens
    qualifiers: dict[str, str] = field(default_factory=dict)
    after: dict[str, str] = field(default_factory=dict)  # "150-plus", "a dozen or so": a qualifier after a figure
    article_units: list[str] = field(default_factory=list)  # "over an hour": one unit, after a qualifier
    nouns: dict[str, dict[str, str]] = field(default_factory=dict)
    units: dict[str, dict[str, Any]] = field(default_factory=dict)
    base_units: dict[str, str] = field(default_factory=dict)
    currencies: dict[str, str] = field(default_factory=dict)
    currency_prefixes: list[str] = field(default_factory=list)  # marks written before a figure ("$", "R$")
    currency_codes: frozenset[str] = frozenset()  # ISO codes, read only as written in capitals ("PKR")
    unit_contexts: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    unit_context_res: dict[str, list[tuple[str, Any]]] = field(default_factory=dict)  # compiled contexts
    requires_near_res: dict[str, Any] = field(default_factory=dict)  # event type -> compiled cue words
    measure_classes: dict[str, frozenset[str]] = field(default_factory=dict)
    topic_of: dict[str, str] = field(default_factory=dict)  # topic word -> topic
    owned_topics: set[str] = field(default_factory=set)
    topic_re: Any = None
    entities: dict[str, Entity] = field(default_factory=dict)
    alias: dict[str, str] = field(default_factory=dict)  # lowercased alias -> canonical
    seats: set[str] = field(default_factory=set)  # capitals that stand for a state: cities as places
    demonyms: dict[str, str] = field(default_factory=dict)
    given_names: dict[str, str] = field(default_factory=dict)
    # the states and provinces ISO names (lexicon_places.py), read only as a name of their own
    world_regions: frozenset[str] = frozenset()
    event_types: dict[str, dict[str, Any]] = field(default_factory=dict)
    trigger_type: dict[str, tuple[str, str]] = field(default_factory=dict)  # phrase -> (type, form)
    occurrence: dict[str, str] = field(default_factory=dict)
    recurring_occurrences: frozenset[str] = frozenset()
    harmless_occurrences: frozenset[str] = frozenset()
    hazard_occurrences: frozenset[str] = frozenset()
    hazards_brought: dict[str, str] = field(default_factory=dict)  # a hazard -> the one that brings it
    generic_occurrences: frozenset[str] = frozenset()  # words that name what the article is about
    wholes: dict[frozenset[str], str] = field(default_factory=dict)  # populations that make a whole
    speech_verbs: list[str] = field(default_factory=list)
    common_speakers: frozenset[str] = frozenset()
    modality: dict[str, list[str]] = field(default_factory=dict)
    # compiled patterns
    number_re: Any = None
    number_scan_re: Any = None  # number_re without the glued qualifier, on the standard engine
    glued_re: Any = None  # where that qualifier could be glued to a digit: number_re is needed
    noun_re: Any = None
    unit_re: Any = None
    state_re: dict[str, Any] = field(default_factory=dict)
    # state_re's patterns as (measure, position, pattern), for people (False) and for things (True)
    states_for: dict[bool, list[tuple[str, str, Any]]] = field(default_factory=dict)
    state_gate_re: Any = None
    # states_for's patterns by the letter their phrases open on, per (things, left of the figure)
    state_initials: dict[tuple[bool, bool], StateInitials] = field(default_factory=dict)
    thing_states: set[str] = field(default_factory=set)  # states of things (destroyed), not people
    both_states: set[str] = field(default_factory=set)  # states of people and things (without power)
    state_re_any: Any = None  # any state word, anchored after a figure ("five died")
    entity_re: Any = None
    trigger_re: Any = None
    occurrence_re: Any = None
    named_re: Any = None  # "the King Fire", "Hurricane Ian"
    named_words_re: Any = None  # the words one of which every match of named_re holds
    named_kind: dict[str, str] = field(default_factory=dict)
    speech_re: Any = None
    prefix_re: Any = None
    accuse_re: Any = None
    modality_re: Any = None
    # clause structure, from lexicon/patterns.yaml
    change_from_re: Any = None
    change_direct_re: Any = None
    change_by_re: Any = None
    running_total_re: Any = None
    superlative_since_re: Any = None
    superlative_before_re: Any = None
    office_re: Any = None
    place_noun_re: Any = None
    titles_re: Any = None
    label_re: Any = None
    clock_re: Any = None
    aged_re: Any = None
    dates: DateWords | None = None
    # word families of the open vocabulary, from lexicon/families.yaml
    family_verbs: dict[str, str] = field(default_factory=dict)
    family_nouns: dict[str, str] = field(default_factory=dict)
    family_events: dict[str, str] = field(default_factory=dict)
    containers: frozenset[str] = frozenset()
    exact_populations: frozenset[str] = frozenset()  # tallies never rounded ("250 seats")
    armed_populations: frozenset[str] = frozenset()  # forces counted apart from civilians
    thingless_measures: frozenset[str] = frozenset()  # a change or a win, which names no thing
    objects: dict[str, str] = field(default_factory=dict)  # what a measure is taken of, one word for each thing
    deverbal: dict[str, str] = field(default_factory=dict)  # "loss" -> "lose"
    link_verbs: frozenset[str] = frozenset()
    ignored_verbs: frozenset[str] = frozenset()
    case_free: dict[str, CaseFree] = field(default_factory=dict)  # some of the patterns, scanned case-free

    def figures(self, text: str, start: int, end: int) -> Iterator[Any]:
        """``number_re.finditer(text, start, end)``: the same matches, found by the standard
        library's engine (about three times faster) unless a qualifier may stand glued to a digit
        or a character the engines read apart stands in the span."""
        if self.glued_re.search(text, max(0, start - 1), end):
            return self.number_re.finditer(text, start, end)  # type: ignore[no-any-return]
        return self.case_free["number_scan_re"].finditer(text, start, end, lowered(text))

    def occurrences(self, text: str) -> list[Any]:
        """``list(occurrence_re.finditer(text))``, scanned case-free, and kept for the last text
        asked about: what a story is about and the one kind it names read the same scan."""
        global _OCCURRENCES
        last = _OCCURRENCES
        if last[0] is text and last[1] is self:
            return last[2]
        found = list(self.case_free["occurrence_re"].finditer(text, low=lowered(text)))
        _OCCURRENCES = (text, self, found)
        return found

    def canonical(self, name: str) -> str | None:
        return self.alias.get(fold(name))

    def root(self, name: str) -> str:
        """The actor a name acts for: Putin -> Russia; a state stays itself."""
        ent = self.entities.get(name)
        if ent is not None and ent.acts_for:
            return ent.acts_for
        return name

    def ancestors(self, name: str) -> list[str]:
        out, seen = [name], {name}
        ent = self.entities.get(name)
        while ent is not None and ent.part_of and ent.part_of not in seen:
            out.append(ent.part_of)
            seen.add(ent.part_of)
            ent = self.entities.get(ent.part_of)
        return out

    def country_of(self, name: str) -> str | None:
        """The country a place belongs to, itself when it is one; None when none is known."""
        return next(
            (a for a in self.ancestors(name) if a in self.entities and self.entities[a].type == "country"), None
        )

    def compatible(self, a: str, b: str) -> bool:
        """Two actors are compatible when one is, acts for, or belongs to the other."""
        ra, rb = self.root(a), self.root(b)
        return ra == rb or ra in self.ancestors(rb) or rb in self.ancestors(ra)


_OCCURRENCES: tuple[str, Lexicon | None, list[Any]] = ("", None, [])  # the last text's, with its lexicon


_Built = TypeVar("_Built")


def per_lexicon(build: Callable[[Lexicon], _Built]) -> Callable[[Lexicon], _Built]:
    """``build(lex)``, made once per lexicon: what a reader derives from the lexicon it is given.
    A lexicon is no dict key (it is mutable), so it is kept by its id and checked by identity (an id
    a collected lexicon had may come back for another)."""
    made: dict[int, tuple[Lexicon, _Built]] = {}

    @functools.wraps(build)
    def get(lex: Lexicon) -> _Built:
        got = made.get(id(lex))
        if got is None or got[0] is not lex:
            got = made[id(lex)] = (lex, build(lex))
        return got[1]

    return get


# the entity types that are places: a country, a region, a city, a square or site ("Maidan")
PLACE_TYPES = frozenset({"country", "region", "city", "place"})


@functools.lru_cache(maxsize=1 << 16)
def fold(s: str) -> str:
    """The key a lexicon entry is stored under: lower case, one space, straight apostrophes. Cached
    by the text: the readers fold the same words (a token's lemma, a phrase) many times an article."""
    return " ".join(s.replace("’", "'").lower().split())


def load_lexicon(rules_dirs: tuple[Path, ...] | None = None) -> Lexicon:
    dirs = rules_dirs if rules_dirs is not None else (default_rules_dir(),)
    return _load_cached(_resolved(tuple(dirs), os.getcwd()))


@functools.lru_cache(maxsize=64)
def _resolved(dirs: tuple[Path, ...], cwd: str) -> tuple[Path, ...]:
    # a worker loads the lexicon once per file it reads: resolving the folders (a system call per
    # part of each path) cost more than the cached lexicon itself
    return tuple(Path(d).resolve() for d in dirs)


@functools.lru_cache(maxsize=8)
def _load_cached(dirs: tuple[Path, ...]) -> Lexicon:
    with _collector_paused():
        return _load(dirs)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector held off while the lexicon is built: building it makes
    hundreds of thousands of objects (lemminflect's table, the phrase tries, the world's regions)
    and no cycle worth collecting, and the collections run meanwhile were a quarter of the load."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _load(dirs: tuple[Path, ...]) -> Lexicon:
    raw: dict[str, dict[str, Any]] = {}
    for d in dirs:
        lex_dir = d / "lexicon"
        if not lex_dir.is_dir():
            continue
        for f in sorted(lex_dir.glob("*.yaml")):
            raw[f.stem] = _merge(raw.get(f.stem, {}), _load_yaml(f))
    for required in ("numbers", "measures", "entities", "events", "speakers", "patterns", "dates"):
        if required not in raw:
            raise LexiconError(f"lexicon/{required}.yaml is missing from {', '.join(map(str, dirs))}")
    from .lexicon_compile import compile_lexicon  # it builds the tables defined here

    try:
        return compile_lexicon(raw)
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        raise LexiconError(f"lexicon: malformed entry ({err!r})") from None
